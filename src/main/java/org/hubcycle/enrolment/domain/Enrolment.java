package org.hubcycle.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.annotations.Filter;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;

/**
 * A school's place (or hope of one) in a work group: its status, the eligibility decision made
 * when it applied with the reason, any override, and how it ended. Owned by the work group's hub.
 */
@Entity
@Table(name = "enrolment")
@Filter(name = HubScope.FILTER)
public class Enrolment extends HubOwned {

    /** Who withdrew a school. */
    public enum WithdrawnBy {
        SCHOOL,
        HUB
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "work_group_id", nullable = false)
    private Long workGroupId;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(name = "project_family", length = 100)
    private String projectFamily;

    @Column(name = "school_urn", nullable = false)
    private Integer schoolUrn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentStatus status;

    @Column(precision = 5, scale = 2)
    private BigDecimal priority;

    @Column(nullable = false)
    private boolean eligible;

    @Column(name = "reason_code", nullable = false, length = 40)
    private String reasonCode;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "override_reason", length = 1000)
    private String overrideReason;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "applied_by", nullable = false, length = 254)
    private String appliedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawn_by", length = 10)
    private WithdrawnBy withdrawnBy;

    @Column(name = "withdrawal_reason", length = 1000)
    private String withdrawalReason;

    @Column(name = "late_withdrawal", nullable = false)
    private boolean lateWithdrawal;
    /** Two people moving the same application at once: the second is told it changed (optimistic locking). */
    @Version
    private long version;

    protected Enrolment() {}

    public Enrolment(
            long hubId,
            long workGroupId,
            AcademicYear year,
            String projectFamily,
            int schoolUrn,
            BigDecimal priority,
            boolean eligible,
            String reasonCode,
            String reason,
            String appliedBy,
            Instant now) {
        super(hubId);
        this.workGroupId = workGroupId;
        this.academicYear = year.startYear();
        this.projectFamily = projectFamily;
        this.schoolUrn = schoolUrn;
        this.priority = priority;
        this.eligible = eligible;
        this.reasonCode = reasonCode;
        this.reason = reason;
        this.appliedBy = appliedBy;
        this.appliedAt = now;
        this.status = EnrolmentStatus.APPLIED;
    }

    /**
     * Moves to another status if the lifecycle allows it; refuses otherwise. A school found not
     * eligible is placed only after the hub has overridden the decision.
     */
    public void moveTo(EnrolmentStatus next, Instant now) {
        if (!status.next().contains(next)) {
            throw new Refused(
                    null,
                    "enrolment.move.notAllowed",
                    status.label().toLowerCase(Locale.UK),
                    next.label().toLowerCase(Locale.UK));
        }
        if (status == EnrolmentStatus.INELIGIBLE
                && !eligible
                && (next == EnrolmentStatus.ACCEPTED
                        || next == EnrolmentStatus.WAITLISTED
                        || next == EnrolmentStatus.APPLIED)) {
            throw new Refused(null, "enrolment.accept.ineligible");
        }
        this.status = next;
        this.decidedAt = now;
    }

    /** The hub declines the application, with the message the school is sent. */
    public void decline(String message, LocalDate on, Instant now) {
        moveTo(EnrolmentStatus.DECLINED, now);
        this.withdrawnBy = WithdrawnBy.HUB;
        this.withdrawalReason = message;
        this.withdrawnOn = on;
    }

    /** The hub decides the school may take part although the rule said not, and records why. */
    public void override(String why) {
        this.eligible = true;
        this.overrideReason = why;
    }

    public void withdraw(WithdrawnBy by, String why, LocalDate on, boolean late, Instant now) {
        moveTo(EnrolmentStatus.WITHDRAWN, now);
        this.withdrawnBy = by;
        this.withdrawalReason = why;
        this.withdrawnOn = on;
        this.lateWithdrawal = late;
    }

    public Long getId() {
        return id;
    }

    public Long getWorkGroupId() {
        return workGroupId;
    }

    public AcademicYear getAcademicYear() {
        return new AcademicYear(academicYear);
    }

    public String getProjectFamily() {
        return projectFamily;
    }

    public Integer getSchoolUrn() {
        return schoolUrn;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public BigDecimal getPriority() {
        return priority;
    }

    public boolean isEligible() {
        return eligible;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getReason() {
        return reason;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    /** The school contact who applied now uses another email address. */
    public void applicantChangedEmail(String newEmail) {
        this.appliedBy = newEmail;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public WithdrawnBy getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public boolean isLateWithdrawal() {
        return lateWithdrawal;
    }
}
