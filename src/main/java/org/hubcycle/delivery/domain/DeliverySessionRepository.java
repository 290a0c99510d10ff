package org.hubcycle.delivery.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Sessions; the hub filter applies. */
public interface DeliverySessionRepository extends JpaRepository<Session, Long> {

    List<Session> findByWorkGroupIdOrderBySequence(long workGroupId);

    List<Session> findByWorkGroupIdInOrderByDateAscSequenceAsc(Collection<Long> workGroupIds);

    /** The groups' session dates, earliest first, without loading the sessions. */
    @org.springframework.data.jpa.repository.Query(
            "select new org.hubcycle.delivery.domain.SessionDate(s.workGroupId, s.date) from Session s"
                    + " where s.workGroupId in :workGroupIds order by s.date, s.sequence")
    List<SessionDate> datesOf(Collection<Long> workGroupIds);

    List<Session> findByDateBetweenAndRemindedAtIsNullOrderByDate(LocalDate from, LocalDate to);

    /** The ids of a hub's sessions between two days. */
    @org.springframework.data.jpa.repository.Query(
            "select s.id from Session s where s.hubId = :hubId and s.date between :from and :to")
    List<Long> idsOf(long hubId, LocalDate from, LocalDate to);

    /** A hub's sessions between two days, in the order they meet. */
    List<Session> findByHubIdAndDateBetweenOrderByDateAscStartTimeAscIdAsc(long hubId, LocalDate from, LocalDate to);

    Optional<Session> findFirstByWorkGroupIdAndDateGreaterThanEqualOrderByDateAsc(long workGroupId, LocalDate from);

    Optional<Session> findFirstByWorkGroupIdOrderByDateDesc(long workGroupId);

    @org.springframework.data.jpa.repository.Query(
            "select count(m) from AttendanceMark m where m.sessionId = :sessionId")
    long marksOf(long sessionId);
}
