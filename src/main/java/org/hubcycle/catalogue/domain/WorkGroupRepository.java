package org.hubcycle.catalogue.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** The terms of the work groups of these ids that the scope sees, with their projects', in one query. */
    @Query("select new org.hubcycle.catalogue.domain.TermsRow(g.id, g.hubId, g.name, g.academicYear, g.status,"
            + " g.capacitySchools, g.placesPerSchool, g.rolesRequired, g.applicationDeadline, g.startMonth,"
            + " g.costPence, g.noShowChargePence, p.id, p.code, p.title, p.family, p.eligibility, p.allocation,"
            + " p.funding, p.completionSessions, p.noShowBasis)"
            + " from WorkGroup g join Project p on p.id = g.projectId where g.id in :ids")
    List<TermsRow> termsOf(Collection<Long> ids);

    List<WorkGroup> findByAcademicYearAndStatusNot(int academicYear, WorkGroupStatus status);

    long countByHubIdAndAcademicYear(Long hubId, int academicYear);

    /** A project's work groups in every hub the scope sees, by hub and name. */
    List<WorkGroup> findByProjectIdAndStatusNotOrderByHubIdAscNameAsc(long projectId, WorkGroupStatus status);

    /** Work groups led or co-led by any of the given people, newest year first. */
    @Query(
            "select g from WorkGroup g where g.leadPersonId in :people or g.coLeadPersonId in :people order by g.academicYear desc, g.name")
    List<WorkGroup> ledBy(Collection<Long> people);

    /** The people leading or co-leading a work group of a year after the one given (its first year). */
    @Query(
            "select g.leadPersonId from WorkGroup g where g.academicYear > :year and g.leadPersonId is not null"
                    + " union select g.coLeadPersonId from WorkGroup g where g.academicYear > :year and g.coLeadPersonId is not null")
    Set<Long> leadingAfter(int year);

    /** Loads a work group to change its leads, locking its row so two commissions cannot take the same place. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from WorkGroup g where g.id = :id")
    Optional<WorkGroup> findForUpdate(long id);
}
