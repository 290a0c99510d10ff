package org.hubcycle.leadership.domain;

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
import org.hubcycle.leadership.internal.LeadershipTerms.Capacity;
import org.hubcycle.leadership.internal.LeadershipTerms.EoiStatus;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** An LLME's expression of interest in leading, co-leading or taking part in one work group of a round. */
@Entity
@Table(name = "expression_of_interest")
@Filter(name = HubScope.FILTER)
public class Expression extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "work_group_id", nullable = false)
    private Long workGroupId;

    @Column(name = "llme_id", nullable = false)
    private Long llmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Capacity capacity;

    @Column(nullable = false, length = 4000)
    private String experience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EoiStatus status;

    @Column(name = "decision_message", length = 2000)
    private String decisionMessage;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Expression() {}

    public Expression(
            long hubId,
            long roundId,
            long workGroupId,
            long llmeId,
            Capacity capacity,
            String experience,
            Instant now) {
        super(hubId);
        this.roundId = roundId;
        this.workGroupId = workGroupId;
        this.llmeId = llmeId;
        this.capacity = capacity;
        this.experience = experience;
        this.status = EoiStatus.SUBMITTED;
        this.submittedAt = now;
    }

    /** The LLME changes what they offer; a withdrawn expression is submitted afresh. */
    public void revise(Capacity capacity, String experience, Instant now) {
        if (status.closed() && status != EoiStatus.WITHDRAWN) {
            throw new IllegalStateException("The hub has decided on this expression of interest");
        }
        if (status == EoiStatus.WITHDRAWN) {
            this.status = EoiStatus.SUBMITTED;
        }
        this.capacity = capacity;
        this.experience = experience;
        this.submittedAt = now;
    }

    public void withdraw() {
        if (status.closed()) {
            throw new IllegalStateException(
                    "This expression of interest is already " + status.label().toLowerCase());
        }
        this.status = EoiStatus.WITHDRAWN;
    }

    /** The hub's decision, with the message the LLME will read. */
    public void decide(EoiStatus outcome, String message, Instant now) {
        this.status = outcome;
        this.decisionMessage = message;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getWorkGroupId() {
        return workGroupId;
    }

    public Long getLlmeId() {
        return llmeId;
    }

    public Capacity getCapacity() {
        return capacity;
    }

    public String getExperience() {
        return experience;
    }

    public EoiStatus getStatus() {
        return status;
    }

    public String getDecisionMessage() {
        return decisionMessage;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
