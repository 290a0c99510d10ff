package org.hubcycle.access.domain;

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

/** A named business action: who did what, when, to what, and why. Never changed once written. */
@Entity
@Table(name = "audit_event")
@Filter(name = HubScope.FILTER)
public class AuditEvent extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 80, updatable = false)
    private String type;

    @Column(nullable = false, length = 254, updatable = false)
    private String actor;

    @Column(length = 254, updatable = false)
    private String subject;

    @Column(length = 2000, updatable = false)
    private String detail;

    protected AuditEvent() {}

    public AuditEvent(Instant occurredAt, String type, String actor, Long hubId, String subject, String detail) {
        super(hubId);
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = truncate(actor, 254);
        this.subject = truncate(subject, 254);
        this.detail = truncate(detail, 2000);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
