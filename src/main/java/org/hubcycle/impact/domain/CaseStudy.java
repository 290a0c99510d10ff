package org.hubcycle.impact.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/**
 * The story of a hub's work in a year with a school or a group of schools (a cluster, a trust), in one of
 * the impact review's settings: where they started, what the hub did, what changed and the evidence of it,
 * and whether the schools agreed to it being shared beyond the hub. It belongs with the year's review.
 */
@Entity
@Table(name = "impact_case_study")
@Filter(name = HubScope.FILTER)
public class CaseStudy extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Setting setting;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(name = "starting_point", nullable = false, length = 4000)
    private String startingPoint;

    @Column(nullable = false, length = 4000)
    private String approach;

    @Column(nullable = false, length = 4000)
    private String outcome;

    @Column(nullable = false, length = 4000)
    private String evidence;

    @Column(nullable = false)
    private boolean agreed;

    @ElementCollection
    @CollectionTable(name = "impact_case_study_school", joinColumns = @JoinColumn(name = "case_study_id"))
    @Column(name = "school_urn", nullable = false)
    private Set<Integer> schools = new HashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Version
    private int version;

    /** What a case study says; the schools by URN. */
    public record Words(
            Setting setting,
            String title,
            Collection<Integer> schools,
            String startingPoint,
            String approach,
            String outcome,
            String evidence,
            boolean agreed) {}

    protected CaseStudy() {}

    public CaseStudy(long hubId, AcademicYear year, Words words, Instant at, String by) {
        super(hubId);
        this.academicYear = year.startYear();
        write(words, at, by);
    }

    public void write(Words words, Instant at, String by) {
        this.setting = words.setting();
        this.title = words.title();
        this.schools.clear();
        this.schools.addAll(words.schools());
        this.startingPoint = words.startingPoint();
        this.approach = words.approach();
        this.outcome = words.outcome();
        this.evidence = words.evidence();
        this.agreed = words.agreed();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Words words() {
        return new Words(
                setting, title, schools.stream().sorted().toList(), startingPoint, approach, outcome, evidence, agreed);
    }

    public Long getId() {
        return id;
    }

    public AcademicYear getAcademicYear() {
        return new AcademicYear(academicYear);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public int getVersion() {
        return version;
    }
}
