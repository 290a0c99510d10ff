package org.hubcycle.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** A survey a work group opened from a version of its project's plan, open between two dates. */
@Entity
@Table(name = "evaluation_survey")
@Filter(name = HubScope.FILTER)
public class Survey extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "work_group_id", nullable = false)
    private Long workGroupId;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "local_plan_id")
    private Long localPlanId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SurveyKind kind;

    @Column(name = "session_sequence", nullable = false)
    private int sessionSequence;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "opened_by", nullable = false, length = 254)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected Survey() {}

    public Survey(
            long hubId,
            long workGroupId,
            long projectId,
            AcademicYear year,
            long planId,
            SurveyKind kind,
            int sessionSequence,
            LocalDate opensOn,
            LocalDate closesOn,
            String openedBy,
            Instant openedAt) {
        super(hubId);
        this.workGroupId = workGroupId;
        this.projectId = projectId;
        this.academicYear = year.startYear();
        this.planId = planId;
        this.kind = kind;
        this.sessionSequence = kind == SurveyKind.SESSION ? sessionSequence : 0;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** Whether answers are taken on this day. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Closes the survey before its date: it ended the day before {@code today}. */
    public void closeEarly(LocalDate today) {
        if (today.isAfter(closesOn)) {
            throw new IllegalStateException("Already closed");
        }
        this.closesOn = today.minusDays(1);
    }

    public Long getId() {
        return id;
    }

    public Long getWorkGroupId() {
        return workGroupId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public AcademicYear getAcademicYear() {
        return new AcademicYear(academicYear);
    }

    public Long getPlanId() {
        return planId;
    }

    /** The version of the hub's local questions the survey asks after the national ones, if any. */
    public Long getLocalPlanId() {
        return localPlanId;
    }

    /** The survey asks this version of its hub's local questions too. */
    public void alsoAsks(EvaluationPlan local) {
        this.localPlanId = local.getId();
    }

    /** The plan versions whose questions the survey asks: the national one, then any local one. */
    public java.util.List<Long> planIds() {
        return localPlanId == null ? java.util.List.of(planId) : java.util.List.of(planId, localPlanId);
    }

    public SurveyKind getKind() {
        return kind;
    }

    public int getSessionSequence() {
        return sessionSequence;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }
}
