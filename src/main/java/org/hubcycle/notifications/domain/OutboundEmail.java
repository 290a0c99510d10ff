package org.hubcycle.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/**
 * An email in the outbox: who it is for, what it says, why it was written, and how its sending went.
 * It is queued in the transaction of the action that caused it; a sender claims it, sends it, and
 * records the outcome (see ADR 0009).
 */
@Entity
@Table(name = "outbound_email")
@Filter(name = HubScope.FILTER)
public class OutboundEmail extends HubOwned {

    /** The longest error kept from a failed attempt. */
    static final int MAX_ERROR = 1000;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EmailStatus status;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "private_link", nullable = false)
    private boolean privateLink;

    protected OutboundEmail() {}

    public OutboundEmail(
            Long hubId,
            String recipient,
            String subject,
            String body,
            String kind,
            boolean privateLink,
            Instant queuedAt) {
        super(hubId);
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.kind = kind;
        this.privateLink = privateLink;
        this.status = EmailStatus.QUEUED;
        this.queuedAt = queuedAt;
        this.nextAttemptAt = queuedAt;
    }

    /** The transport took it. */
    public void sent(Instant now) {
        requireSending();
        this.status = EmailStatus.SENT;
        this.sentAt = now;
        this.lastError = null;
    }

    /**
     * An attempt failed: try again after {@code retryAfter}, or give up when the failure is permanent
     * or the attempts are used up.
     */
    public void failed(String error, boolean permanent, int maxAttempts, Duration retryAfter, Instant now) {
        requireSending();
        this.lastError =
                error == null ? "Unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (permanent || attempts >= maxAttempts) {
            this.status = EmailStatus.FAILED;
            this.nextAttemptAt = null;
        } else {
            this.status = EmailStatus.QUEUED;
            this.nextAttemptAt = now.plus(retryAfter);
        }
    }

    /** Queues a failed or sent email again, at once, with a fresh count of attempts. */
    public void resend(Instant now) {
        if (status == EmailStatus.SENDING) {
            throw new IllegalStateException("The email is being sent now");
        }
        this.status = EmailStatus.QUEUED;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.sentAt = null;
    }

    private void requireSending() {
        if (status != EmailStatus.SENDING) {
            throw new IllegalStateException("Email " + id + " is " + status + ", not being sent");
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getKind() {
        return kind;
    }

    public EmailStatus getStatus() {
        return status;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public boolean isPrivateLink() {
        return privateLink;
    }
}
