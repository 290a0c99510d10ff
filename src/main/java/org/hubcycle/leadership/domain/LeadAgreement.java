package org.hubcycle.leadership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;

/**
 * What a hub agreed to pay one of a work group's leads for leading it: a number of days (in halves) at a
 * day rate, paid to whoever invoices the hub for them (usually their school), and, once paid, how much,
 * when and with what reference. The hub may pay less than it agreed (a session not held), never more.
 */
@Entity
@Table(name = "lead_agreement")
@Filter(name = HubScope.FILTER)
public class LeadAgreement extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(name = "work_group_id", nullable = false)
    private long workGroupId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "half_days", nullable = false)
    private int halfDays;

    @Column(name = "day_rate_pence", nullable = false)
    private int dayRatePence;

    @Column(nullable = false, length = 200)
    private String payee;

    @Column(length = 1000)
    private String note;

    @Column(name = "agreed_at", nullable = false)
    private Instant agreedAt;

    @Column(name = "agreed_by", nullable = false, length = 254)
    private String agreedBy;

    @Column(name = "paid_pence")
    private Integer paidPence;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "payment_reference", length = 100)
    private String paymentReference;

    @Column(name = "paid_by", length = 254)
    private String paidBy;

    @Version
    private int version;

    protected LeadAgreement() {}

    public LeadAgreement(long hubId, AcademicYear year, long workGroupId, long personId) {
        super(hubId);
        this.academicYear = year.startYear();
        this.workGroupId = workGroupId;
        this.personId = personId;
    }

    /** The terms agreed (or agreed again); they cannot fall below what has already been paid. */
    public void agree(int halfDays, int dayRatePence, String payee, String note, Instant at, String by) {
        long total = totalPence(halfDays, dayRatePence);
        if (paidPence != null && total < paidPence) {
            throw new Refused("days", "payments.agreement.belowPaid");
        }
        this.halfDays = halfDays;
        this.dayRatePence = dayRatePence;
        this.payee = payee;
        this.note = note;
        this.agreedAt = at;
        this.agreedBy = by;
    }

    /** The payment made (or corrected): at most what was agreed. */
    public void pay(int pence, LocalDate on, String reference, String by) {
        if (pence > totalPence()) {
            throw new Refused("amount", "payments.payment.overAgreed");
        }
        this.paidPence = pence;
        this.paidOn = on;
        this.paymentReference = reference;
        this.paidBy = by;
    }

    /** The work group and lead it is for, as one key. */
    public String place() {
        return place(workGroupId, personId);
    }

    public static String place(long workGroupId, long personId) {
        return workGroupId + "/" + personId;
    }

    public long totalPence() {
        return totalPence(halfDays, dayRatePence);
    }

    /** Half days at a day rate, in pence: an odd number of half days pays half a day's rate, rounded down. */
    public static long totalPence(int halfDays, int dayRatePence) {
        return (long) halfDays * dayRatePence / 2;
    }

    public boolean paid() {
        return paidOn != null;
    }

    public Long getId() {
        return id;
    }

    public AcademicYear getAcademicYear() {
        return new AcademicYear(academicYear);
    }

    public long getWorkGroupId() {
        return workGroupId;
    }

    public long getPersonId() {
        return personId;
    }

    public int getHalfDays() {
        return halfDays;
    }

    public int getDayRatePence() {
        return dayRatePence;
    }

    public String getPayee() {
        return payee;
    }

    public String getNote() {
        return note;
    }

    public Integer getPaidPence() {
        return paidPence;
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
