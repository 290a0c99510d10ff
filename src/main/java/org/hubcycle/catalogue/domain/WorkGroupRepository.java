package org.hubcycle.catalogue.domain;

import java.util.Collection;
import java.util.List;

import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** A hub's work groups: the hub filter limits hub users to their own. */
public interface WorkGroupRepository extends JpaRepository<WorkGroup, Long> {

    List<WorkGroup> findByHubIdAndAcademicYearAndStatusInOrderByName(Long hubId, int academicYear, Collection<WorkGroupStatus> statuses);

    long countByHubIdAndAcademicYear(Long hubId, int academicYear);
}
