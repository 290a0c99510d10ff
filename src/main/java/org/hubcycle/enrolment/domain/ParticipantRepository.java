package org.hubcycle.enrolment.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Participants; the hub filter applies. */
public interface ParticipantRepository extends JpaRepository<Participant, Long> {

    List<Participant> findByEnrolmentIdInOrderByEnrolmentIdAscPositionAsc(Collection<Long> enrolmentIds);

    List<Participant> findByEmail(String email);
}
