package org.hubcycle.catalogue.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectRepository extends JpaRepository<Project, Long> {

    @EntityGraph(attributePaths = "outcomes")
    Optional<Project> findByCode(String code);

    Page<Project> findByAcademicYearOrderByCode(int academicYear, Pageable pageable);

    List<Project> findByIdIn(Collection<Long> ids);

    boolean existsByCode(String code);
}
