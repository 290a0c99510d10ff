package org.hubcycle.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/**
 * One respondent's invitation to a survey: who it was emailed to, how often they were reminded,
 * the answers they saved so far, and whether they have submitted. Their submitted response carries
 * only the pair key, never this invitation.
 */
@Entity
@Table(name = "evaluation_invitation")
@Filter(name = HubScope.FILTER)
public class SurveyInvitation extends HubOwned {

    /** A respondent is reminded at most this many times. */
    public static final int MAX_REMINDERS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "participant_id")
    private Long participantId;

    @Column(length = 254)
    private String email;

    @Column(name = "pair_key", nullable = false, length = 36)
    private String pairKey;

    @Column(nullable = false)
    private int reminders;

    @Column(name = "last_sent_at", nullable = false)
    private Instant lastSentAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "evaluation_draft", joinColumns = @JoinColumn(name = "invitation_id"))
    @MapKeyColumn(name = "question_id")
    private Map<Long, Answer> draft = new HashMap<>();

    protected SurveyInvitation() {}

    public SurveyInvitation(
            long hubId, long surveyId, Long participantId, String email, String pairKey, Instant sentAt) {
        super(hubId);
        this.surveyId = surveyId;
        this.participantId = participantId;
        this.email = email;
        this.pairKey = pairKey;
        this.lastSentAt = sentAt;
    }

    /** Saves answers to finish later; an empty answer clears the question's. */
    public void save(Map<Long, Answer> answers) {
        answers.forEach((question, answer) -> {
            if (answer == null || answer.value().isBlank()) {
                draft.remove(question);
            } else {
                draft.put(question, answer);
            }
        });
    }

    /** Marks the invitation answered; its draft is cleared, the response now holds the answers. */
    public void submitted(Instant at) {
        if (submittedAt != null) {
            throw new IllegalStateException("Already submitted");
        }
        this.submittedAt = at;
        draft.clear();
    }

    public void reminded(Instant at) {
        this.reminders++;
        this.lastSentAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public String getEmail() {
        return email;
    }

    public String getPairKey() {
        return pairKey;
    }

    public int getReminders() {
        return reminders;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Map<Long, Answer> getDraft() {
        return Map.copyOf(draft);
    }
}
