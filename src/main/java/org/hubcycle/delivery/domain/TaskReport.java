package org.hubcycle.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** A participant's report back on a session's gap task. */
@Entity
@Table(name = "task_report")
@Filter(name = HubScope.FILTER)
public class TaskReport extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    @Column(nullable = false, length = 2000)
    private String note;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected TaskReport() {}

    public TaskReport(long hubId, long sessionId, long participantId, String note, Instant at) {
        super(hubId);
        this.sessionId = sessionId;
        this.participantId = participantId;
        this.note = note;
        this.reportedAt = at;
    }

    public void revise(String note, Instant at) {
        this.note = note;
        this.reportedAt = at;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public String getNote() {
        return note;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
