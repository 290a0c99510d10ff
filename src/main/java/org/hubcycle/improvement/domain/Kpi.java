package org.hubcycle.improvement.domain;

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
import java.util.Objects;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** A project's key performance indicator: what is measured, from what baseline, to what target, and where it stands. */
@Entity
@Table(name = "improvement_kpi")
@Filter(name = HubScope.FILTER)
public class Kpi extends HubOwned {

    /** A KPI as written: its rating and progress as last reviewed. */
    public record Words(String measure, String baseline, String target, Rating rating, String progress) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(nullable = false, length = 300)
    private String measure;

    @Column(nullable = false, length = 200)
    private String baseline;

    @Column(nullable = false, length = 200)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Rating rating;

    @Column(length = 2000)
    private String progress;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Version
    private int version;

    protected Kpi() {}

    public Kpi(long hubId, long projectId, Words words, LocalDate on) {
        super(hubId);
        this.projectId = projectId;
        write(words, on);
    }

    /** Writes it again; the day it was last reviewed moves on only when its rating or progress changed. */
    public void write(Words words, LocalDate on) {
        boolean reviewed = words.rating() != rating || !Objects.equals(words.progress(), progress);
        this.measure = words.measure();
        this.baseline = words.baseline();
        this.target = words.target();
        this.rating = words.rating();
        this.progress = words.progress();
        if (reviewed) {
            this.reviewedOn = on;
        }
    }

    public Words words() {
        return new Words(measure, baseline, target, rating, progress);
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public int getVersion() {
        return version;
    }
}
