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
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/**
 * A risk to a project's implementation, anticipated with its schools (seed 003), and how it is mitigated;
 * closed once it has passed. It is kept, not deleted, so the final report shows what was foreseen.
 */
@Entity
@Table(name = "improvement_risk")
@Filter(name = HubScope.FILTER)
public class Risk extends HubOwned {

    public record Words(String description, Level likelihood, Level impact, String mitigation, boolean closed) {

        /** Likelihood times impact, 1 to 9: the register lists the highest first. */
        public int score() {
            return likelihood.score() * impact.score();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(nullable = false, length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private Level likelihood;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private Level impact;

    @Column(nullable = false, length = 2000)
    private String mitigation;

    @Column(nullable = false)
    private boolean closed;

    @Version
    private int version;

    protected Risk() {}

    public Risk(long hubId, long projectId, Words words) {
        super(hubId);
        this.projectId = projectId;
        write(words);
    }

    public void write(Words words) {
        this.description = words.description();
        this.likelihood = words.likelihood();
        this.impact = words.impact();
        this.mitigation = words.mitigation();
        this.closed = words.closed();
    }

    public Words words() {
        return new Words(description, likelihood, impact, mitigation, closed);
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getVersion() {
        return version;
    }
}
