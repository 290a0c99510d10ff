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

/** A participant's word, before a session, that they cannot come to it, with an optional note for its leads. */
@Entity
@Table(name = "session_apology")
@Filter(name = HubScope.FILTER)
public class SessionApology extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    @Column(length = 500)
    private String note;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected SessionApology() {}

    public SessionApology(long hubId, long sessionId, long participantId, String note, Instant at) {
        super(hubId);
        this.sessionId = sessionId;
        this.participantId = participantId;
        this.note = note;
        this.sentAt = at;
    }

    /** Changes the note; when the apology was sent stays as it was. */
    public void reword(String note) {
        this.note = note;
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

    public Instant getSentAt() {
        return sentAt;
    }
}
