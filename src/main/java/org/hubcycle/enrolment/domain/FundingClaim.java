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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.annotations.Filter;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;

/**
 * A school's claim on one entitlement of its place's funding (ADR 0027): what it asks for and what the
 * money paid for; then the hub's decision (approved, perhaps for less, or returned with a note) and its
 * payment. Owned by the place's hub.
 */
@Entity
@Table(name = "funding_claim")
@Filter(name = HubScope.FILTER)
public class FundingClaim extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Column(name = "work_group_id", nullable = false)
    private Long workGroupId;

    @Column(name = "school_urn", nullable = false)
    private Integer schoolUrn;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(nullable = false, length = 2000)
    private String entitlement;

    @Column(name = "claimed_pence", nullable = false)
    private int claimedPence;

    @Column(nullable = false, length = 2000)
    private String details;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ClaimStatus status;

    @Column(name = "approved_pence")
    private Integer approvedPence;

    @Column(length = 1000)
    private String note;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 254)
    private String submittedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "payment_reference", length = 100)
    private String paymentReference;

    @Version
    private int version;

    protected FundingClaim() {}

    public FundingClaim(Enrolment place, String entitlement, int pence, String details, String by, Instant now) {
        super(place.getHubId());
        this.enrolmentId = place.getId();
        this.workGroupId = place.getWorkGroupId();
        this.schoolUrn = place.getSchoolUrn();
        this.academicYear = place.getAcademicYear().startYear();
        this.entitlement = entitlement;
        submit(pence, details, by, now);
    }

    /** Sends it (again, after it was returned) with the amount and words given. */
    public void resubmit(int pence, String details, String by, Instant now) {
        if (status != ClaimStatus.RETURNED) {
            throw new Refused("amount", "claim.notReturned");
        }
        submit(pence, details, by, now);
    }

    private void submit(int pence, String details, String by, Instant now) {
        this.claimedPence = pence;
        this.details = details;
        this.submittedBy = by;
        this.submittedAt = now;
        this.status = ClaimStatus.SUBMITTED;
    }

    /** The hub approves it, for the amount asked or less; less needs the note saying why. */
    public void approve(int pence, String why, String by, Instant now) {
        undecided();
        if (pence <= 0 || pence > claimedPence) {
            throw new Refused("approved", "claim.approved.range", Funding.pounds(claimedPence));
        }
        if (pence < claimedPence && why == null) {
            throw new Refused("note", "claim.approved.why");
        }
        decided(by, now);
        this.approvedPence = pence;
        this.note = why;
        this.status = ClaimStatus.APPROVED;
    }

    /** The hub sends it back to the school, saying what to change. */
    public void giveBack(String what, String by, Instant now) {
        undecided();
        if (what == null) {
            throw new Refused("returnNote", "claim.return.why");
        }
        decided(by, now);
        this.note = what;
        this.status = ClaimStatus.RETURNED;
    }

    private void undecided() {
        if (status != ClaimStatus.SUBMITTED) {
            throw new Refused(null, "claim.decided", status.label().toLowerCase(Locale.UK));
        }
    }

    private void decided(String by, Instant now) {
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /** The hub paid it, on a day no later than today, with its own reference if it has one. */
    public void paid(LocalDate on, String reference, LocalDate today) {
        if (status != ClaimStatus.APPROVED) {
            throw new Refused(null, "claim.notApproved", status.label().toLowerCase(Locale.UK));
        }
        if (on.isAfter(today)) {
            throw new Refused("paidDay", "claim.paid.future");
        }
        this.paidOn = on;
        this.paymentReference = reference;
        this.status = ClaimStatus.PAID;
    }

    /** The school contact who sent it now uses another email address: the hub's decisions reach them there. */
    public void senderChangedEmail(String newEmail) {
        this.submittedBy = newEmail;
    }

    /** What it takes of its entitlement: the amount asked while it waits, the amount approved once decided, nothing while returned. */
    public int counted() {
        return switch (status) {
            case SUBMITTED -> claimedPence;
            case APPROVED, PAID -> approvedPence;
            case RETURNED -> 0;
        };
    }

    public Long getId() {
        return id;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public Long getWorkGroupId() {
        return workGroupId;
    }

    public Integer getSchoolUrn() {
        return schoolUrn;
    }

    public AcademicYear getAcademicYear() {
        return new AcademicYear(academicYear);
    }

    public String getEntitlement() {
        return entitlement;
    }

    public int getClaimedPence() {
        return claimedPence;
    }

    public String getDetails() {
        return details;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public Integer getApprovedPence() {
        return approvedPence;
    }

    public String getNote() {
        return note;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public int getVersion() {
        return version;
    }
}
