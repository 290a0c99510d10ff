package org.hubcycle.delivery.domain;

import java.util.Collection;
import java.util.List;
import org.hubcycle.delivery.internal.DeliveryTerms.Mark;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Register marks; the hub filter applies. */
public interface AttendanceMarkRepository extends JpaRepository<AttendanceMark, Long> {

    List<AttendanceMark> findBySessionId(long sessionId);

    List<AttendanceMark> findBySessionIdIn(Collection<Long> sessionIds);

    /** These participants' marks on these sessions. */
    List<AttendanceMark> findBySessionIdInAndParticipantIdIn(
            Collection<Long> sessionIds, Collection<Long> participantIds);

    boolean existsBySessionIdAndParticipantId(long sessionId, long participantId);

    /** The marks of these kinds (late cancellations, no-shows) on these sessions. */
    List<AttendanceMark> findBySessionIdInAndMarkIn(Collection<Long> sessionIds, Collection<Mark> marks);

    /** Marks taken per session. */
    @Query(
            "select new org.hubcycle.delivery.domain.SessionMarkCount(m.sessionId, count(m)) from AttendanceMark m where m.sessionId in :sessionIds group by m.sessionId")
    List<SessionMarkCount> countBySession(Collection<Long> sessionIds);
}
