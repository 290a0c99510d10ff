package org.hubcycle.notifications.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** An email waiting in the outbox: who it is for, what it says, and why it was written. */
@Entity
@Table(name = "outbound_email")
@Filter(name = HubScope.FILTER)
public class OutboundEmail extends HubOwned {

    /** Every email is queued; sending is a separate step (see ADR 0006). */
    public static final String QUEUED = "QUEUED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 254)
    private String recipient;
    @Column(nullable = false, length = 200)
    private String subject;
    @Column(nullable = false, length = 8000)
    private String body;
    @Column(nullable = false, length = 60)
    private String kind;
    @Column(nullable = false, length = 10)
    private String status;
    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    protected OutboundEmail() {
    }

    public OutboundEmail(Long hubId, String recipient, String subject, String body, String kind, Instant queuedAt) {
        super(hubId);
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.kind = kind;
        this.status = QUEUED;
        this.queuedAt = queuedAt;
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getKind() { return kind; }
    public String getStatus() { return status; }
    public Instant getQueuedAt() { return queuedAt; }
}
