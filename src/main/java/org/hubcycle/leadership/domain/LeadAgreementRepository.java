package org.hubcycle.leadership.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** What hubs agreed to pay their work groups' leads; the hub filter applies. */
public interface LeadAgreementRepository extends JpaRepository<LeadAgreement, Long> {

    List<LeadAgreement> findByHubIdAndAcademicYear(long hubId, int academicYear);

    Optional<LeadAgreement> findByWorkGroupIdAndPersonId(long workGroupId, long personId);

    List<LeadAgreement> findByPersonIdIn(Collection<Long> personIds);

    /** The people with pay agreed for a year after the one given (its first year), or not yet paid. */
    @Query("select distinct a.personId from LeadAgreement a where a.academicYear > :year or a.paidOn is null")
    Set<Long> payeesAfter(int year);
}
