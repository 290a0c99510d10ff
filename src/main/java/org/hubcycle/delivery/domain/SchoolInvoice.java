package org.hubcycle.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.OptimisticLock;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/**
 * A hub's invoice to a school for its charges in a year: numbered in the hub's sequence for the year, with the
 * school's name and address as they were when it was raised, and its lines ({@link SchoolInvoiceLine}). It is
 * raised, then paid or cancelled.
 */
@Entity
@Table(name = "school_invoice")
@Filter(name = HubScope.FILTER)
public class SchoolInvoice extends HubOwned {

    public enum Status {
        RAISED,
        PAID,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "academic_year", nullable = false)
    private Integer academicYear;

    @Column(name = "sequence_number", nullable = false)
    private Integer sequenceNumber;

    @Column(name = "school_urn", nullable = false)
    private Integer schoolUrn;

    @Column(name = "school_name", nullable = false, length = 200)
    private String schoolName;

    @Column(name = "school_address", length = 500)
    private String schoolAddress;

    @Column(name = "total_pence", nullable = false)
    private Long totalPence;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "raised_by", nullable = false, length = 254)
    private String raisedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "payment_reference", length = 100)
    private String paymentReference;

    @Column(name = "cancelled_reason", length = 1000)
    private String cancelledReason;

    /** Not a change anyone makes on the invoice's page: a reminder sent leaves a form opened before it valid. */
    @Column(name = "reminded_on")
    @OptimisticLock(excluded = true)
    private LocalDate remindedOn;

    @Version
    private long version;

    protected SchoolInvoice() {}

    public SchoolInvoice(
            long hubId,
            AcademicYear year,
            int sequenceNumber,
            int schoolUrn,
            String schoolName,
            String schoolAddress,
            long totalPence,
            LocalDate raisedOn,
            LocalDate dueOn,
            String raisedBy) {
        super(hubId);
        this.academicYear = year.startYear();
        this.sequenceNumber = sequenceNumber;
        this.schoolUrn = schoolUrn;
        this.schoolName = schoolName;
        this.schoolAddress = schoolAddress;
        this.totalPence = totalPence;
        this.raisedOn = raisedOn;
        this.dueOn = dueOn;
        this.raisedBy = raisedBy;
        this.status = Status.RAISED;
    }

    /** The invoice's number as printed: the year's two short years and its place in the hub's sequence, e.g. 2526-0007. */
    public static String number(AcademicYear year, int sequenceNumber) {
        return String.format("%02d%02d-%04d", year.startYear() % 100, (year.startYear() + 1) % 100, sequenceNumber);
    }

    public String number() {
        return number(getYear(), sequenceNumber);
    }

    public void paid(LocalDate on, String reference) {
        this.status = Status.PAID;
        this.paidOn = on;
        this.paymentReference = reference;
    }

    /** The school was reminded that the invoice is past its due date. */
    public void reminded(LocalDate on) {
        this.remindedOn = on;
    }

    public void cancel(String reason) {
        this.status = Status.CANCELLED;
        this.cancelledReason = reason;
    }

    public Long getId() {
        return id;
    }

    public AcademicYear getYear() {
        return new AcademicYear(academicYear);
    }

    public Integer getSchoolUrn() {
        return schoolUrn;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getSchoolAddress() {
        return schoolAddress;
    }

    public Long getTotalPence() {
        return totalPence;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public String getCancelledReason() {
        return cancelledReason;
    }

    public long getVersion() {
        return version;
    }
}
