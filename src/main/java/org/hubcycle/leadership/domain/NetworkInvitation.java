package org.hubcycle.leadership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hubcycle.leadership.internal.LeadershipTerms.Attendance;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** An LLME invited to a network meeting, and whether they came. */
@Entity
@Table(name = "network_invitation")
@Filter(name = HubScope.FILTER)
public class NetworkInvitation extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "llme_id", nullable = false)
    private Long llmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Attendance attendance;

    protected NetworkInvitation() {}

    public NetworkInvitation(long hubId, long meetingId, long llmeId) {
        super(hubId);
        this.meetingId = meetingId;
        this.llmeId = llmeId;
        this.attendance = Attendance.INVITED;
    }

    public void record(Attendance attendance) {
        this.attendance = attendance;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getLlmeId() {
        return llmeId;
    }

    public Attendance getAttendance() {
        return attendance;
    }
}
