package org.hubcycle.delivery.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.hubcycle.delivery.internal.DeliveryTerms.Mark;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    /** A hub's chargeable marks (late cancellations, no-shows) on sessions between two dates, by date. */
    @Query(
            value =
                    "select new org.hubcycle.delivery.domain.ChargeableMark(m, s) from AttendanceMark m, Session s where m.sessionId = s.id and s.hubId = :hubId and s.date between :from and :to "
                            + "and m.mark in :marks order by s.date, s.id, m.id",
            countQuery =
                    "select count(m) from AttendanceMark m, Session s where m.sessionId = s.id and s.hubId = :hubId "
                            + "and s.date between :from and :to and m.mark in :marks")
    Page<ChargeableMark> chargeable(
            long hubId, LocalDate from, LocalDate to, Collection<Mark> marks, Pageable pageable);

    /** Marks taken per session. */
    @Query(
            "select new org.hubcycle.delivery.domain.SessionMarkCount(m.sessionId, count(m)) from AttendanceMark m where m.sessionId in :sessionIds group by m.sessionId")
    List<SessionMarkCount> countBySession(Collection<Long> sessionIds);
}
