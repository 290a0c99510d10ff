package org.hubcycle.enrolment.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Participants; the hub filter applies. */
public interface ParticipantRepository extends JpaRepository<Participant, Long> {

    /** The participants the schools name now: none that someone else has replaced. */
    List<Participant> findByEnrolmentIdInAndReplacedAtIsNullOrderByEnrolmentIdAscPositionAsc(
            Collection<Long> enrolmentIds);

    /** Every participant with this email, replaced or not. */
    List<Participant> findByEmail(String email);

    /** The places this email holds now. */
    List<Participant> findByEmailAndReplacedAtIsNull(String email);

    /**
     * Erases the name, email address, job title and TRN of every participant of a work group of this academic year
     * or before (every hub's) not erased yet; returns how many. Their rows, places and marks stay.
     */
    @Modifying
    @Query(value = """
                    update participant set full_name = :name, email = '', job_title = '', trn = null,
                        erased_on = :today, version = version + 1
                    where erased_on is null
                      and enrolment_id in (select e.id from enrolment e where e.academic_year <= :lastYear)
                    """, nativeQuery = true)
    int eraseUpTo(int lastYear, LocalDate today, String name);
}
