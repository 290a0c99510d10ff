package org.hubcycle.improvement.internal;

import java.time.Instant;
import java.util.List;
import org.hubcycle.improvement.domain.ImprovementProject.Plan;
import org.hubcycle.improvement.domain.ImprovementProject.Report;
import org.hubcycle.shared.ReportStatus;

/** A project as its pages show it. */
public record ProjectView(
        long id,
        long hubId,
        String hubName,
        Plan plan,
        List<Named> schools,
        List<Named> leaders,
        ReportStatus status,
        Report report,
        String returnComment,
        Instant submittedAt,
        String figures,
        int version) {

    /** A school or person of the project, with the name the directory has for them. */
    public record Named(long id, String name) {}

    /** Whether its plan, KPIs, risks and visits may still change: its report has not reached the national centre. */
    public boolean open() {
        return status.editable();
    }

    public boolean leads(Long personId) {
        return personId != null && plan.leaders().contains(personId);
    }
}
