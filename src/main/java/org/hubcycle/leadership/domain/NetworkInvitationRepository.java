package org.hubcycle.leadership.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Invitations to network meetings; the hub filter applies. */
public interface NetworkInvitationRepository extends JpaRepository<NetworkInvitation, Long> {

    List<NetworkInvitation> findByMeetingIdOrderByIdAsc(long meetingId);

    List<NetworkInvitation> findByLlmeIdOrderByIdDesc(long llmeId);

    long countByLlmeId(long llmeId);

    /** The LLME's invitations to meetings after the day, not yet answered: the ones leaving the register withdraws. */
    @Query(
            "select i from NetworkInvitation i where i.llmeId = :llmeId and i.attendance = org.hubcycle.leadership.internal.LeadershipTerms.Attendance.INVITED"
                    + " and i.meetingId in (select m.id from NetworkMeeting m where m.date > :day)")
    List<NetworkInvitation> unansweredAfter(long llmeId, LocalDate day);

    /** Invitations per meeting and attendance, for the meetings list. */
    @Query(
            "select new org.hubcycle.leadership.domain.AttendanceCount(i.meetingId, i.attendance, count(i)) from NetworkInvitation i where i.meetingId in :meetingIds group by i.meetingId, i.attendance")
    List<AttendanceCount> countsByMeeting(List<Long> meetingIds);
}
