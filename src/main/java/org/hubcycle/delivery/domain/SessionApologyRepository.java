package org.hubcycle.delivery.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Apologies sent before sessions; the hub filter applies. */
public interface SessionApologyRepository extends JpaRepository<SessionApology, Long> {

    List<SessionApology> findBySessionIdIn(Collection<Long> sessionIds);

    /** These participants' apologies for these sessions. */
    List<SessionApology> findBySessionIdInAndParticipantIdIn(
            Collection<Long> sessionIds, Collection<Long> participantIds);

    /** Every apology for a session, when it moves and they no longer stand. */
    List<SessionApology> findBySessionId(long sessionId);

    Optional<SessionApology> findBySessionIdAndParticipantId(long sessionId, long participantId);

    /** Clears the notes of apologies for sessions on or before this day (every hub's); returns how many. */
    @Modifying
    @Query(value = """
                    update session_apology set note = null
                    where note is not null
                      and session_id in (select s.id from delivery_session s where s.session_date <= :lastDay)
                    """, nativeQuery = true)
    int clearNotesUpTo(LocalDate lastDay);

    /** Clears the notes these participants sent with their apologies. */
    @Modifying
    @Query(
            value = "update session_apology set note = null where participant_id in (:participantIds)",
            nativeQuery = true)
    int clearNotesOf(Collection<Long> participantIds);
}
