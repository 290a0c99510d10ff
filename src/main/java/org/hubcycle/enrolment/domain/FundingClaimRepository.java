package org.hubcycle.enrolment.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Funding claims: the hub filter limits hub users to their own hub's. */
public interface FundingClaimRepository extends JpaRepository<FundingClaim, Long> {

    List<FundingClaim> findByEnrolmentIdOrderBySubmittedAtAscIdAsc(long enrolmentId);

    Page<FundingClaim> findByHubIdAndAcademicYearAndStatusInOrderBySubmittedAtAscIdAsc(
            long hubId, int academicYear, Collection<ClaimStatus> statuses, Pageable pageable);

    List<FundingClaim> findByHubIdAndAcademicYearOrderBySubmittedAtAscIdAsc(long hubId, int academicYear);

    List<FundingClaim> findBySubmittedBy(String submittedBy);

    /** A hub's year of claims by status: how many, the pounds asked for and the pounds approved (pence). */
    @Query("select new org.hubcycle.enrolment.domain.ClaimTotal(c.hubId, c.status, count(c), sum(c.claimedPence),"
            + " sum(coalesce(c.approvedPence, 0))) from FundingClaim c"
            + " where c.hubId = :hubId and c.academicYear = :academicYear group by c.hubId, c.status")
    List<ClaimTotal> totals(long hubId, int academicYear);

    /** Every hub's year of claims (of the hubs the scope sees) by status, the same way. */
    @Query("select new org.hubcycle.enrolment.domain.ClaimTotal(c.hubId, c.status, count(c), sum(c.claimedPence),"
            + " sum(coalesce(c.approvedPence, 0))) from FundingClaim c"
            + " where c.academicYear = :academicYear group by c.hubId, c.status")
    List<ClaimTotal> totalsByHub(int academicYear);
}
