package org.hubcycle.catalogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Labelled;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.Refused;

/** A hub's proposal for a local innovation work group, and the national centre's decision on it. */
@Entity
@Table(name = "innovation_proposal")
@Filter(name = HubScope.FILTER)
public class InnovationProposal extends HubOwned {

    public enum Status implements Labelled {
        SUBMITTED,
        APPROVED,
        DECLINED
    }

    /** One line of the costing. */
    @Embeddable
    public record CostLine(
            @Column(name = "position") int position,
            @Column(name = "description", length = 200) String description,
            @Column(name = "amount_pence") int amountPence) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 100)
    private String phases;

    @Column(nullable = false, length = 8000)
    private String rationale;

    @Column(nullable = false, length = 4000)
    private String objectives;

    @Column(nullable = false, length = 4000)
    private String schedule;

    @Column(nullable = false, length = 4000)
    private String evaluation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    /** Goes up with every change saved: a decision or revision made on an older reading is refused. */
    @Version
    private long version;

    @Column(name = "submitted_by", nullable = false, length = 254)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = 2000)
    private String decisionComment;

    @Column(name = "project_id")
    private Long projectId;

    @ElementCollection
    @CollectionTable(name = "innovation_cost_line", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderBy("position")
    private List<CostLine> costs = new ArrayList<>();

    protected InnovationProposal() {}

    public InnovationProposal(
            long hubId,
            AcademicYear year,
            String title,
            Set<Phase> phases,
            String rationale,
            String objectives,
            String schedule,
            String evaluation,
            List<CostLine> costs,
            String submittedBy,
            Instant submittedAt) {
        super(hubId);
        this.academicYear = year.startYear();
        this.title = title;
        this.phases = phases.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.rationale = rationale;
        this.objectives = objectives;
        this.schedule = schedule;
        this.evaluation = evaluation;
        this.costs = new ArrayList<>(costs);
        this.status = Status.SUBMITTED;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    /** Records the national centre's decision; only a submitted proposal can be decided. */
    public void decide(boolean approved, String comment, String by, Instant at, Long projectId) {
        if (status != Status.SUBMITTED) {
            throw new Refused(
                    "decision", "innovation.decide.already", status.name().toLowerCase(java.util.Locale.UK));
        }
        this.status = approved ? Status.APPROVED : Status.DECLINED;
        this.decisionComment = comment;
        this.decidedBy = by;
        this.decidedAt = at;
        this.projectId = projectId;
    }

    /**
     * The hub changes a proposal that is waiting for a decision or was declined, and submits it again;
     * an approved one has become a project and is changed there.
     */
    public void revise(
            String title,
            Set<Phase> phases,
            String rationale,
            String objectives,
            String schedule,
            String evaluation,
            List<CostLine> costs,
            String by,
            Instant at) {
        if (status == Status.APPROVED) {
            throw new Refused("title", "innovation.revise.approved");
        }
        this.title = title;
        this.phases = phases.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.rationale = rationale;
        this.objectives = objectives;
        this.schedule = schedule;
        this.evaluation = evaluation;
        this.costs.clear();
        this.costs.addAll(costs);
        this.status = Status.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public int totalPence() {
        return costs.stream().mapToInt(CostLine::amountPence).sum();
    }

    public Long getId() {
        return id;
    }

    public AcademicYear getAcademicYear() {
        return new AcademicYear(academicYear);
    }

    public String getTitle() {
        return title;
    }

    public Set<Phase> getPhases() {
        return Arrays.stream(phases.split(","))
                .map(Phase::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Phase.class)));
    }

    public String getRationale() {
        return rationale;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getSchedule() {
        return schedule;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public Status getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public Long getProjectId() {
        return projectId;
    }

    public List<CostLine> getCosts() {
        return List.copyOf(costs);
    }

    public long getVersion() {
        return version;
    }
}
