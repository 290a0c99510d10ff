package org.hubcycle.leadership.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Invitations to network meetings; the hub filter applies. */
public interface NetworkInvitationRepository extends JpaRepository<NetworkInvitation, Long> {

    List<NetworkInvitation> findByMeetingIdOrderByIdAsc(long meetingId);

    List<NetworkInvitation> findByLlmeIdOrderByIdDesc(long llmeId);

    long countByLlmeId(long llmeId);

    /** Invitations per meeting and attendance, for the meetings list. */
    @Query(
            "select new org.hubcycle.leadership.domain.AttendanceCount(i.meetingId, i.attendance, count(i)) from NetworkInvitation i where i.meetingId in :meetingIds group by i.meetingId, i.attendance")
    List<AttendanceCount> countsByMeeting(List<Long> meetingIds);
}
