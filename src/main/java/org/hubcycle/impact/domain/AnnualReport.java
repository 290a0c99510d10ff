package org.hubcycle.impact.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import org.hubcycle.shared.Refused;

/**
 * A hub's annual report of a year: its public account of the year. The report's body is the impact review
 * the national centre accepted; the hub adds a foreword, what it plans next, and the participants' stories
 * it quotes, then publishes it for anyone to read, or takes it down again.
 */
@Entity
@Table(name = "impact_annual_report")
@Filter(name = HubScope.FILTER)
public class AnnualReport extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(length = 4000)
    private String foreword;

    @Column(name = "looking_ahead", length = 4000)
    private String lookingAhead;

    @ElementCollection
    @CollectionTable(name = "impact_annual_report_story", joinColumns = @JoinColumn(name = "annual_report_id"))
    @Column(name = "story_id", nullable = false)
    private Set<Long> storyIds = new HashSet<>();

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 254)
    private String publishedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Version
    private int version;

    protected AnnualReport() {}

    public AnnualReport(long hubId, AcademicYear year, Instant at, String by) {
        super(hubId);
        this.academicYear = year.startYear();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** The hub's own words and the stories it quotes; a published report changes where it stands. */
    public void write(String foreword, String lookingAhead, Collection<Long> storyIds, Instant at, String by) {
        this.foreword = foreword;
        this.lookingAhead = lookingAhead;
        this.storyIds.clear();
        this.storyIds.addAll(storyIds);
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** Published for anyone to read: it needs the hub's foreword. */
    public void publish(Instant at, String by) {
        if (foreword == null) {
            throw new Refused("foreword", "impact.annual.publish.noForeword");
        }
        this.publishedAt = at;
        this.publishedBy = by;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** Taken down: no longer public, and the hub's to change and publish again. */
    public void withdraw(Instant at, String by) {
        this.publishedAt = null;
        this.publishedBy = null;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public boolean published() {
        return publishedAt != null;
    }

    public Long getId() {
        return id;
    }

    public AcademicYear getAcademicYear() {
        return new AcademicYear(academicYear);
    }

    public String getForeword() {
        return foreword;
    }

    public String getLookingAhead() {
        return lookingAhead;
    }

    public Set<Long> getStoryIds() {
        return Set.copyOf(storyIds);
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public int getVersion() {
        return version;
    }
}
