package org.hubcycle.delivery.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Register marks; the hub filter applies. */
public interface AttendanceMarkRepository extends JpaRepository<AttendanceMark, Long> {

    List<AttendanceMark> findBySessionId(long sessionId);

    List<AttendanceMark> findBySessionIdIn(Collection<Long> sessionIds);

    /** Marks taken per session: [sessionId, count]. */
    @Query("select m.sessionId, count(m) from AttendanceMark m where m.sessionId in :sessionIds group by m.sessionId")
    List<Object[]> countBySession(Collection<Long> sessionIds);
}
