package org.hubcycle.catalogue.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** A hub's work groups: the hub filter limits hub users to their own. */
public interface WorkGroupRepository extends JpaRepository<WorkGroup, Long> {

    List<WorkGroup> findByHubIdAndAcademicYearAndStatusInOrderByName(
            Long hubId, int academicYear, Collection<WorkGroupStatus> statuses);

    /** The ids alone of a hub's work groups in a year with these statuses, by name. */
    @Query("select g.id from WorkGroup g where g.hubId = :hubId and g.academicYear = :academicYear"
            + " and g.status in :statuses order by g.name")
    List<Long> idsOf(Long hubId, int academicYear, Collection<WorkGroupStatus> statuses);

    List<WorkGroup> findByAcademicYearAndStatusNot(int academicYear, WorkGroupStatus status);

    long countByHubIdAndAcademicYear(Long hubId, int academicYear);

    /** A project's work groups in every hub the scope sees, by hub and name. */
    List<WorkGroup> findByProjectIdAndStatusNotOrderByHubIdAscNameAsc(long projectId, WorkGroupStatus status);

    /** Work groups led or co-led by any of the given people, newest year first. */
    @Query(
            "select g from WorkGroup g where g.leadPersonId in :people or g.coLeadPersonId in :people order by g.academicYear desc, g.name")
    List<WorkGroup> ledBy(Collection<Long> people);

    /** Loads a work group to change its leads, locking its row so two commissions cannot take the same place. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from WorkGroup g where g.id = :id")
    Optional<WorkGroup> findForUpdate(long id);
}
