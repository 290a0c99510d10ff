package org.hubcycle.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;

/** A question of an evaluation plan: how it is answered, which outcome area it evidences, and which surveys ask it. */
@Entity
@Table(name = "evaluation_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private QuestionKind kind;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(length = 500)
    private String hint;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_area", length = 30)
    private OutcomeArea outcomeArea;

    @Column(length = 2000)
    private String options;

    @Column(name = "in_baseline", nullable = false)
    private boolean inBaseline;

    @Column(name = "in_session", nullable = false)
    private boolean inSession;

    @Column(name = "in_final", nullable = false)
    private boolean inFinal;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "asks_consent", nullable = false)
    private boolean asksConsent;

    protected Question() {}

    public Question(
            int position,
            QuestionKind kind,
            String text,
            String hint,
            OutcomeArea outcomeArea,
            List<String> options,
            Set<SurveyKind> surveys,
            boolean required,
            boolean asksConsent) {
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.hint = hint;
        this.outcomeArea = outcomeArea;
        this.options = options.isEmpty() ? null : String.join("\n", options);
        this.inBaseline = surveys.contains(SurveyKind.BASELINE);
        this.inSession = surveys.contains(SurveyKind.SESSION);
        this.inFinal = surveys.contains(SurveyKind.FINAL);
        this.required = required;
        this.asksConsent = asksConsent && kind == QuestionKind.TEXT;
    }

    /** The same question for another version of its plan. */
    public Question copy() {
        return new Question(position, kind, text, hint, outcomeArea, getOptions(), getSurveys(), required, asksConsent);
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getHint() {
        return hint;
    }

    public OutcomeArea getOutcomeArea() {
        return outcomeArea;
    }

    public List<String> getOptions() {
        return options == null ? List.of() : Arrays.asList(options.split("\n"));
    }

    public Set<SurveyKind> getSurveys() {
        Set<SurveyKind> in = EnumSet.noneOf(SurveyKind.class);
        if (inBaseline) {
            in.add(SurveyKind.BASELINE);
        }
        if (inSession) {
            in.add(SurveyKind.SESSION);
        }
        if (inFinal) {
            in.add(SurveyKind.FINAL);
        }
        return in;
    }

    public boolean askedIn(SurveyKind survey) {
        return switch (survey) {
            case BASELINE -> inBaseline;
            case SESSION -> inSession;
            case FINAL -> inFinal;
        };
    }

    /** An agreement statement asked at the start and at the end: its two answers make a pre/post pair. */
    public boolean paired() {
        return kind == QuestionKind.AGREEMENT && inBaseline && inFinal;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isAsksConsent() {
        return asksConsent;
    }
}
