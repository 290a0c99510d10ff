package org.hubcycle.evaluation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of a project's evaluation plan: its questions, in order. Surveys are opened from a
 * version; once one of them has a response the version is frozen, and a change makes the next one. The
 * national plan has no hub; a hub's local questions for the project are a plan of the hub's own.
 */
@Entity
@Table(name = "evaluation_plan")
public class EvaluationPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "hub_id")
    private Long hubId;

    @Column(nullable = false)
    private int version;

    @Column(name = "contacts_at_baseline", nullable = false)
    private boolean contactsAtBaseline;

    @Column(name = "contacts_at_final", nullable = false)
    private boolean contactsAtFinal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected EvaluationPlan() {}

    public EvaluationPlan(long projectId, int version, Instant createdAt, String createdBy) {
        this(projectId, null, version, createdAt, createdBy);
    }

    /** A version of the national plan (hub null) or of a hub's local questions. */
    public EvaluationPlan(long projectId, Long hubId, int version, Instant createdAt, String createdBy) {
        this.projectId = projectId;
        this.hubId = hubId;
        this.version = version;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The next version, with copies of this one's questions. */
    public EvaluationPlan next(Instant at, String by) {
        EvaluationPlan next = new EvaluationPlan(projectId, hubId, version + 1, at, by);
        questions.forEach(q -> next.questions.add(q.copy()));
        next.contactsAtBaseline = contactsAtBaseline;
        next.contactsAtFinal = contactsAtFinal;
        return next;
    }

    /** Adds a question at the end. */
    public Question add(Question question) {
        question.moveTo(questions.size() + 1);
        questions.add(question);
        return question;
    }

    /** Puts a question in place of the one at the given position. */
    public void replace(int position, Question question) {
        int index = indexOf(position);
        question.moveTo(position);
        questions.set(index, question);
    }

    /** Removes the question at a position and closes the gap. */
    public void remove(int position) {
        questions.remove(indexOf(position));
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).moveTo(i + 1);
        }
    }

    public Optional<Question> at(int position) {
        return questions.stream().filter(q -> q.getPosition() == position).findFirst();
    }

    private int indexOf(int position) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).getPosition() == position) {
                return i;
            }
        }
        throw new IllegalArgumentException("No question at " + position);
    }

    /** Which surveys also invite each school's contact (its maths lead or headteacher): baseline, final or both. */
    public void inviteContactsTo(java.util.Set<SurveyKind> kinds) {
        contactsAtBaseline = kinds.contains(SurveyKind.BASELINE);
        contactsAtFinal = kinds.contains(SurveyKind.FINAL);
    }

    /** Whether a survey of this kind invites each school's contact as well as the participants. */
    public boolean invitesContacts(SurveyKind kind) {
        return switch (kind) {
            case BASELINE -> contactsAtBaseline;
            case FINAL -> contactsAtFinal;
            case SESSION -> false;
        };
    }

    /** The questions a survey of this kind asks, in order. */
    public List<Question> questionsFor(SurveyKind kind) {
        return questions.stream().filter(q -> q.askedIn(kind)).toList();
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    /** The hub whose local questions these are; null for the national plan. */
    public Long getHubId() {
        return hubId;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Question> getQuestions() {
        return List.copyOf(questions);
    }
}
