package org.hubcycle.leadership.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** What hubs agreed to pay their work groups' leads; the hub filter applies. */
public interface LeadAgreementRepository extends JpaRepository<LeadAgreement, Long> {

    List<LeadAgreement> findByHubIdAndAcademicYear(long hubId, int academicYear);

    Optional<LeadAgreement> findByWorkGroupIdAndPersonId(long workGroupId, long personId);

    List<LeadAgreement> findByPersonIdIn(Collection<Long> personIds);
}
