package org.hubcycle.impact.domain;

import java.util.List;
import java.util.Optional;
import org.hubcycle.shared.ReportStatus;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Hubs' impact reviews; the hub filter applies. */
public interface ImpactReviewRepository extends JpaRepository<ImpactReview, Long> {

    @EntityGraph(attributePaths = {"statements", "themes"})
    Optional<ImpactReview> findByHubIdAndAcademicYear(long hubId, int academicYear);

    /** Where a hub's review of a year stands, if it has one: for its home page's tasks. */
    @Query("select r.status from ImpactReview r where r.hubId = :hubId and r.academicYear = :year")
    Optional<ReportStatus> statusOf(long hubId, int year);

    /** A year's reviews, without their words: the national centre's list. */
    List<ImpactReview> findByAcademicYear(int academicYear);
}
