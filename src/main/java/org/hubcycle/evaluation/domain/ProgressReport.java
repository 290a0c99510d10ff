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
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.Reviewed;
import org.hubcycle.shared.Term;

/**
 * A work group lead's termly progress report: the lead's progress against the evaluation criteria,
 * issues and next steps, reviewed by the hub lead as every {@link Reviewed} report is.
 */
@Entity
@Table(name = "progress_report")
@Filter(name = HubScope.FILTER)
public class ProgressReport extends Reviewed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "work_group_id", nullable = false)
    private Long workGroupId;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private Term term;

    @Column(length = 4000)
    private String progress;

    @Column(length = 4000)
    private String issues;

    @Column(name = "next_steps", length = 4000)
    private String nextSteps;

    protected ProgressReport() {}

    public ProgressReport(long hubId, long workGroupId, AcademicYear year, Term term, Instant at, String by) {
        super(hubId, at, by);
        this.workGroupId = workGroupId;
        this.academicYear = year.startYear();
        this.term = term;
    }

    /** The lead saves their narrative; refused once the report has reached the hub lead. */
    public void write(String progress, String issues, String nextSteps, Instant at, String by) {
        edited(at, by);
        this.progress = progress;
        this.issues = issues;
        this.nextSteps = nextSteps;
    }

    /** The lead submits it, with the figures as they stand now. */
    public void submit(String figures, Instant at, String by) {
        if (progress == null || progress.isBlank()) {
            throw new Refused("progress", "evaluation.report.progress.blank");
        }
        if (nextSteps == null || nextSteps.isBlank()) {
            throw new Refused("nextSteps", "evaluation.report.nextSteps.blank");
        }
        submitted(figures, at, by);
    }

    public Long getId() {
        return id;
    }

    public Long getWorkGroupId() {
        return workGroupId;
    }

    public AcademicYear getAcademicYear() {
        return new AcademicYear(academicYear);
    }

    public Term getTerm() {
        return term;
    }

    public String getProgress() {
        return progress;
    }

    public String getIssues() {
        return issues;
    }

    public String getNextSteps() {
        return nextSteps;
    }
}
