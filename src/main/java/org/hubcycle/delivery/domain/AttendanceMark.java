package org.hubcycle.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;
import org.hubcycle.delivery.internal.DeliveryTerms.Mark;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** A participant's mark on a session's register, and who last set it. */
@Entity
@Table(name = "attendance_mark")
@Filter(name = HubScope.FILTER)
public class AttendanceMark extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Mark mark;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "marked_by", nullable = false, length = 254)
    private String markedBy;

    protected AttendanceMark() {}

    public AttendanceMark(long hubId, long sessionId, long participantId, Mark mark, Instant at, String by) {
        super(hubId);
        this.sessionId = sessionId;
        this.participantId = participantId;
        this.mark = mark;
        this.markedAt = at;
        this.markedBy = by;
    }

    /** Changes the mark; true if it was different. */
    public boolean change(Mark mark, Instant at, String by) {
        if (this.mark == mark) {
            return false;
        }
        this.mark = mark;
        this.markedAt = at;
        this.markedBy = by;
        return true;
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public Mark getMark() {
        return mark;
    }
}
