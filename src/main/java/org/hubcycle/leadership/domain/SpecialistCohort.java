package org.hubcycle.leadership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Phase;

/** A hub's Mastery Specialists of one phase who began training in the same year, like Primary cohort 3. */
@Entity
@Table(name = "specialist_cohort")
@Filter(name = HubScope.FILTER)
public class SpecialistCohort extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Phase phase;

    @Column(name = "cohort_number", nullable = false)
    private int number;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    protected SpecialistCohort() {}

    public SpecialistCohort(long hubId, Phase phase, int number, AcademicYear start) {
        super(hubId);
        this.phase = phase;
        this.number = number;
        this.startYear = start.startYear();
    }

    public Long getId() {
        return id;
    }

    public Phase getPhase() {
        return phase;
    }

    public int getNumber() {
        return number;
    }

    public AcademicYear getStart() {
        return new AcademicYear(startYear);
    }
}
