package org.hubcycle.leadership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.leadership.internal.LeadershipTerms.SpecialistStatus;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** A role an LLME holds from one academic year, until another or still. */
@Entity
@Table(name = "llme_role")
@Filter(name = HubScope.FILTER)
public class LlmeRole extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "llme_id", nullable = false)
    private Long llmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private RoleType role;

    @Column(name = "from_year", nullable = false)
    private int fromYear;

    @Column(name = "to_year")
    private Integer toYear;

    @Column(name = "cohort_id")
    private Long cohortId;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private SpecialistStatus status;

    @Column(length = 200)
    private String detail;

    @Column(name = "accredited_on")
    private LocalDate accreditedOn;

    protected LlmeRole() {}

    public LlmeRole(
            long hubId,
            long llmeId,
            RoleType role,
            AcademicYear from,
            AcademicYear to,
            Long cohortId,
            SpecialistStatus status,
            String detail,
            LocalDate accreditedOn) {
        super(hubId);
        this.llmeId = llmeId;
        this.role = role;
        this.fromYear = from.startYear();
        this.toYear = to == null ? null : to.startYear();
        this.cohortId = cohortId;
        this.status = status;
        this.detail = detail;
        this.accreditedOn = accreditedOn;
    }

    /** True when the role is held in the given year. */
    public boolean heldIn(AcademicYear year) {
        return fromYear <= year.startYear() && (toYear == null || toYear >= year.startYear());
    }

    /** A trainee specialist becomes an active one. */
    public void activate() {
        this.status = SpecialistStatus.ACTIVE;
    }

    /** The role ends with the given year (it was last held then). */
    public void endWith(AcademicYear year) {
        this.toYear = year.startYear();
    }

    public Long getId() {
        return id;
    }

    public Long getLlmeId() {
        return llmeId;
    }

    public RoleType getRole() {
        return role;
    }

    public AcademicYear getFrom() {
        return new AcademicYear(fromYear);
    }

    public AcademicYear getTo() {
        return toYear == null ? null : new AcademicYear(toYear);
    }

    public Long getCohortId() {
        return cohortId;
    }

    public SpecialistStatus getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public LocalDate getAccreditedOn() {
        return accreditedOn;
    }
}
