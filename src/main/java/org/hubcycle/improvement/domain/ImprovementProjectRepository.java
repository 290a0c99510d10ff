package org.hubcycle.improvement.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.hubcycle.shared.ReportStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Improvement projects; the hub filter applies. */
public interface ImprovementProjectRepository extends JpaRepository<ImprovementProject, Long> {

    @EntityGraph(attributePaths = {"schools", "leaders"})
    Optional<ImprovementProject> findWithPlanById(long id);

    /** The projects the scope sees (a hub's own, or every hub's), the latest first. */
    Page<ImprovementProject> findAllByOrderByStartsOnDescIdDesc(Pageable pageable);

    /** A hub's projects that ended before a day with their report in one of these states: its home page's task. */
    long countByHubIdAndEndsOnBeforeAndStatusIn(long hubId, LocalDate day, Collection<ReportStatus> statuses);

    /** The projects whose report is in a state (of those the scope sees), the latest first. */
    Page<ImprovementProject> findByStatusOrderByStartsOnDescIdDesc(ReportStatus status, Pageable pageable);

    long countByStatus(ReportStatus status);

    /** One hub's projects, the latest first. */
    Page<ImprovementProject> findByHubIdOrderByStartsOnDescIdDesc(long hubId, Pageable pageable);

    /** The projects a leader works on, the latest first. */
    @Query("select p from ImprovementProject p where :personId member of p.leaders order by p.startsOn desc, p.id desc")
    Page<ImprovementProject> findByLeader(long personId, Pageable pageable);

    /** How many projects a person is a leader of, with the latest and the last day any of them runs to, in one query. */
    @Query("select new org.hubcycle.improvement.domain.Led(count(*) over (), p.id, p.title, max(p.endsOn) over ())"
            + " from ImprovementProject p where :personId member of p.leaders"
            + " order by p.startsOn desc, p.id desc limit 1")
    Optional<Led> ledBy(long personId);

    /** The leaders of projects that run past the day given. */
    @Query("select distinct l from ImprovementProject p join p.leaders l where p.endsOn > :day")
    Set<Long> leadersAfter(LocalDate day);
}
