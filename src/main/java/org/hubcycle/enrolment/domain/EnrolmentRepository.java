package org.hubcycle.enrolment.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Enrolments; the hub filter applies. */
public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    boolean existsByWorkGroupIdAndSchoolUrn(long workGroupId, int schoolUrn);

    boolean existsByWorkGroupIdAndStatus(long workGroupId, EnrolmentStatus status);

    Optional<Enrolment> findByWorkGroupIdAndSchoolUrn(long workGroupId, int schoolUrn);

    Page<Enrolment> findByWorkGroupIdAndStatusInOrderByAppliedAtAscIdAsc(
            long workGroupId, Collection<EnrolmentStatus> statuses, Pageable pageable);

    List<Enrolment> findByWorkGroupIdOrderByAppliedAtAscIdAsc(long workGroupId);

    List<Enrolment> findByWorkGroupIdAndStatusInOrderByAppliedAtAscIdAsc(
            long workGroupId, Collection<EnrolmentStatus> statuses);

    List<Enrolment> findByWorkGroupIdAndStatusIn(long workGroupId, Collection<EnrolmentStatus> statuses);

    /** The waiting list of a work group: the highest priority first, then the earliest application. */
    @Query("select e from Enrolment e where e.workGroupId = :workGroupId and e.status = :status "
            + "order by e.priority desc nulls last, e.appliedAt, e.id")
    List<Enrolment> queue(long workGroupId, EnrolmentStatus status);

    List<Enrolment> findBySchoolUrnInOrderByAcademicYearDescAppliedAtDesc(Collection<Integer> urns);

    /** The hubs whose work groups a school applied to in a year. */
    @Query("select distinct e.hubId from Enrolment e where e.schoolUrn = :urn and e.academicYear = :year")
    List<Long> hubsOfSchool(int urn, int year);

    /** Who applied for the school to a hub's work groups in a year: the addresses the hub writes to about it. */
    @Query("select distinct e.appliedBy from Enrolment e where e.hubId = :hubId and e.schoolUrn = :urn"
            + " and e.academicYear = :year")
    List<String> appliedBy(long hubId, int urn, int year);

    Page<Enrolment> findBySchoolUrnOrderByAppliedAtDescIdDesc(int urn, Pageable pageable);

    /** Every school with an enrolment of this status in the year, in the scope's hubs. */
    @Query("select distinct e.schoolUrn from Enrolment e where e.academicYear = :year and e.status = :status")
    List<Integer> schoolsWith(int year, EnrolmentStatus status);

    /** Counts per work group and status in the years from {@code first} to {@code last}, in a hub (null: every hub the scope sees). */
    @Query("select new org.hubcycle.enrolment.domain.StatusCount(e.workGroupId, e.status, count(e)) from Enrolment e"
            + " where e.academicYear between :first and :last and (:hubId is null or e.hubId = :hubId)"
            + " group by e.workGroupId, e.status")
    List<StatusCount> countsByWorkGroup(Long hubId, int first, int last);

    /** Participants of the places held per work group of a year (a hub's, or every hub's the scope sees when null): [work group id, count]. */
    @Query("select e.workGroupId, count(p) from Participant p, Enrolment e where p.enrolmentId = e.id"
            + " and p.replacedAt is null and e.academicYear = :year and (:hubId is null or e.hubId = :hubId) and e.status in :holding"
            + " group by e.workGroupId")
    List<Object[]> participantsByWorkGroup(Long hubId, int year, Collection<EnrolmentStatus> holding);

    /** Which of these work groups have an enrolment of these statuses. */
    @Query(
            "select distinct e.workGroupId from Enrolment e where e.workGroupId in :workGroupIds and e.status in :statuses")
    List<Long> workGroupsWith(Collection<Long> workGroupIds, Collection<EnrolmentStatus> statuses);

    /** A year's enrolments of these statuses, in a hub (null: every hub the scope sees): [id, school URN, work group id, status]. */
    @Query("select e.id, e.schoolUrn, e.workGroupId, e.status from Enrolment e where e.academicYear = :year"
            + " and (:hubId is null or e.hubId = :hubId) and e.status in :statuses order by e.workGroupId, e.id")
    List<Object[]> listed(Long hubId, int year, Collection<EnrolmentStatus> statuses);

    /** Enrolments of a year per hub and status, in the scope's hubs: [hub id, status, count]. */
    @Query(
            "select e.hubId, e.status, count(e) from Enrolment e where e.academicYear = :year group by e.hubId, e.status")
    List<Object[]> countsByHub(int year);

    /** Schools of a hub that completed a work group in the year: the hub's engaged schools. */
    @Query(
            "select count(distinct e.schoolUrn) from Enrolment e where e.hubId = :hubId and e.academicYear = :year and e.status = :completed")
    long countEngaged(long hubId, int year, EnrolmentStatus completed);

    /** Counts per work group and status in a hub's year. */
    @Query(
            "select new org.hubcycle.enrolment.domain.StatusCount(e.workGroupId, e.status, count(e)) from Enrolment e where e.hubId = :hubId and e.academicYear = :year "
                    + "group by e.workGroupId, e.status")
    List<StatusCount> countsByWorkGroup(long hubId, int year);

    /** One work group's counts per status, by its own index rather than its hub's whole year. */
    @Query("select new org.hubcycle.enrolment.domain.StatusCount(e.workGroupId, e.status, count(e)) from Enrolment e"
            + " where e.workGroupId = :workGroupId group by e.workGroupId, e.status")
    List<StatusCount> countsOfWorkGroup(long workGroupId);

    /** Per work group of a hub's year, places held and late withdrawals: what funding and charges are counted from. */
    @Query("select new org.hubcycle.enrolment.domain.FundedCount(e.workGroupId,"
            + " sum(case when e.status in :holding then 1 else 0 end),"
            + " sum(case when e.lateWithdrawal = true then 1 else 0 end))"
            + " from Enrolment e where e.hubId = :hubId and e.academicYear = :year"
            + " and (e.status in :holding or e.lateWithdrawal = true) group by e.workGroupId")
    List<FundedCount> funded(long hubId, int year, Collection<EnrolmentStatus> holding);

    List<Enrolment> findByAppliedBy(String appliedBy);

    /** A place, locked until the transaction ends: its funding claims are checked against their ceiling one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Enrolment e where e.id = :id")
    Optional<Enrolment> findForUpdate(long id);
}
