package org.hubcycle.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** A named business action: who did what, when, to what, and why. Never changed once written. */
@Entity
@Table(name = "audit_event")
@Filter(name = HubScope.FILTER)
public class AuditEvent extends HubOwned {

    private static final String SEPARATOR = "\u001f";

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

    /** The detail as written before details were worded on reading (V19); only old events have it. */
    @Column(length = 2000, updatable = false)
    private String detail;

    @Column(name = "detail_code", length = 120, updatable = false)
    private String detailCode;

    /** The detail message's arguments, joined by the unit separator, which no one types. */
    @Column(name = "detail_facts", length = 2000, updatable = false)
    private String detailFacts;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt,
            String type,
            String actor,
            Long hubId,
            String subject,
            String detailCode,
            List<String> facts) {
        super(hubId);
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = truncate(actor, 254);
        this.subject = truncate(subject, 254);
        this.detailCode = detailCode;
        this.detailFacts = facts.isEmpty()
                ? null
                : truncate(
                        facts.stream().map(f -> f.replace(SEPARATOR, " ")).collect(Collectors.joining(SEPARATOR)),
                        2000);
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

    /** The detail as written, for events older than worded details; {@code null} for the rest. */
    public String getDetail() {
        return detail;
    }

    /** The message that words the detail, or {@code null} for an event older than worded details. */
    public String getDetailCode() {
        return detailCode;
    }

    public List<String> getDetailFacts() {
        return detailFacts == null ? List.of() : List.of(detailFacts.split(SEPARATOR, -1));
    }
}
