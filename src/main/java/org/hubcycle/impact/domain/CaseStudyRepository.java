package org.hubcycle.impact.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Hubs' case studies; the hub filter applies. */
public interface CaseStudyRepository extends JpaRepository<CaseStudy, Long> {

    @EntityGraph(attributePaths = "schools")
    List<CaseStudy> findByHubIdAndAcademicYearOrderById(long hubId, int academicYear);

    @EntityGraph(attributePaths = "schools")
    Optional<CaseStudy> findWithSchoolsById(long id);
}
