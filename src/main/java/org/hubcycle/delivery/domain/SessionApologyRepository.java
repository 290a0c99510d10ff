package org.hubcycle.delivery.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Apologies sent before sessions; the hub filter applies. */
public interface SessionApologyRepository extends JpaRepository<SessionApology, Long> {

    List<SessionApology> findBySessionIdIn(Collection<Long> sessionIds);

    /** These participants' apologies for these sessions. */
    List<SessionApology> findBySessionIdInAndParticipantIdIn(
            Collection<Long> sessionIds, Collection<Long> participantIds);

    /** Every apology for a session, when it moves and they no longer stand. */
    List<SessionApology> findBySessionId(long sessionId);

    Optional<SessionApology> findBySessionIdAndParticipantId(long sessionId, long participantId);
}
