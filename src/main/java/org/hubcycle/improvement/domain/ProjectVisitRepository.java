package org.hubcycle.improvement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Projects' Records of Visits; the hub filter applies. */
public interface ProjectVisitRepository extends JpaRepository<ProjectVisit, Long> {

    /** A project's visits, the latest first. */
    List<ProjectVisit> findByProjectIdOrderByDateDescIdDesc(long projectId);

    /** How many visits a person recorded, with the latest's project and day, in one query. */
    @Query(
            "select new org.hubcycle.improvement.domain.Latest(count(*) over (), v.projectId, cast(null as String), v.date)"
                    + " from ProjectVisit v where v.visitorPersonId = :personId order by v.date desc, v.id desc limit 1")
    Optional<Latest> visitsBy(long personId);

    /** The people who recorded a visit after the day given. */
    @Query("select distinct v.visitorPersonId from ProjectVisit v where v.date > :day")
    Set<Long> visitorsAfter(LocalDate day);
}
