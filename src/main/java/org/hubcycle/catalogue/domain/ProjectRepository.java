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

    @org.springframework.data.jpa.repository.Query(
            "select new org.hubcycle.catalogue.domain.CodedProject(p.id, p.code) from Project p where p.id in :ids")
    List<CodedProject> codesOf(Collection<Long> ids);

    boolean existsByCode(String code);

    @org.springframework.data.jpa.repository.Query(
            "select distinct p.family from Project p where p.family is not null order by p.family")
    List<String> distinctFamilies();

    /** Next year's continuations of projects: those that name one of them as what they continue. */
    List<Project> findByContinuesFromIdInAndAcademicYear(Collection<Long> previousIds, int academicYear);
}
