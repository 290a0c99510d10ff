package org.hubcycle.impact.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Hubs' annual reports; the hub filter applies. */
public interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

    @EntityGraph(attributePaths = "storyIds")
    Optional<AnnualReport> findByHubIdAndAcademicYear(long hubId, int academicYear);

    /** The years a hub has published a report of, latest first. */
    @Query("select r.academicYear from AnnualReport r where r.hubId = :hubId and r.publishedAt is not null"
            + " order by r.academicYear desc")
    List<Integer> publishedYears(long hubId);

    /** The hubs that have published their report of a year: the national centre's list. */
    @Query("select r.hubId from AnnualReport r where r.academicYear = :year and r.publishedAt is not null")
    List<Long> publishedHubs(int year);
}
