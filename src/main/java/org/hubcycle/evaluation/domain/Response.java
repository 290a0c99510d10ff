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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** A submitted response: its survey, the respondent's pair key and the answers by question; nothing that names them. */
@Entity
@Table(name = "evaluation_response")
@Filter(name = HubScope.FILTER)
public class Response extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "pair_key", nullable = false, length = 36)
    private String pairKey;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @ElementCollection
    @CollectionTable(name = "evaluation_answer", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "question_id")
    private Map<Long, Answer> answers = new HashMap<>();

    protected Response() {}

    public Response(long hubId, long surveyId, String pairKey, LocalDate submittedOn, Map<Long, Answer> answers) {
        super(hubId);
        this.surveyId = surveyId;
        this.pairKey = pairKey;
        this.submittedOn = submittedOn;
        this.answers.putAll(answers);
    }

    public Long getId() {
        return id;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public String getPairKey() {
        return pairKey;
    }

    public Map<Long, Answer> getAnswers() {
        return Map.copyOf(answers);
    }
}
