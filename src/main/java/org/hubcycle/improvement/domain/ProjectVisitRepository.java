package org.hubcycle.improvement.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Projects' Records of Visits; the hub filter applies. */
public interface ProjectVisitRepository extends JpaRepository<ProjectVisit, Long> {

    /** A project's visits, the latest first. */
    List<ProjectVisit> findByProjectIdOrderByDateDescIdDesc(long projectId);

    Page<ProjectVisit> findByProjectIdOrderByDateDescIdDesc(long projectId, Pageable pageable);

    long countByVisitorPersonId(long personId);

    /** The latest visit a person recorded. */
    Optional<ProjectVisit> findFirstByVisitorPersonIdOrderByDateDescIdDesc(long personId);
}
