package org.hubcycle.impact.domain;

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
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/**
 * A participant's own story of what changed for them and their pupils through a work group, with what
 * they allow the hub to do with it. It keeps the participant's id, not their name: the name is read from
 * their place when, and only when, they allowed it to be shown.
 */
@Entity
@Table(name = "impact_story")
@Filter(name = HubScope.FILTER)
public class ImpactStory extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(name = "work_group_id", nullable = false)
    private long workGroupId;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(nullable = false, length = 4000)
    private String story;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Consent consent;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected ImpactStory() {}

    public ImpactStory(
            long hubId,
            AcademicYear year,
            long workGroupId,
            long participantId,
            String story,
            Consent consent,
            Instant at) {
        super(hubId);
        this.academicYear = year.startYear();
        this.workGroupId = workGroupId;
        this.participantId = participantId;
        tell(story, consent, at);
    }

    public void tell(String story, Consent consent, Instant at) {
        this.story = story;
        this.consent = consent;
        this.updatedAt = at;
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

    public long getParticipantId() {
        return participantId;
    }

    public String getStory() {
        return story;
    }

    public Consent getConsent() {
        return consent;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
