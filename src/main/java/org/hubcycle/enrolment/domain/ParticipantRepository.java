package org.hubcycle.enrolment.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Participants; the hub filter applies. */
public interface ParticipantRepository extends JpaRepository<Participant, Long> {

    /** The participants the schools name now: none that someone else has replaced. */
    List<Participant> findByEnrolmentIdInAndReplacedAtIsNullOrderByEnrolmentIdAscPositionAsc(
            Collection<Long> enrolmentIds);

    /** Every participant with this email, replaced or not. */
    List<Participant> findByEmail(String email);

    /** The places this email holds now. */
    List<Participant> findByEmailAndReplacedAtIsNull(String email);
}
