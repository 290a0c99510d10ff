package org.hubcycle.improvement.internal;

import java.time.LocalDate;
import java.util.List;
import org.hubcycle.improvement.domain.ImprovementProjectRepository;
import org.hubcycle.shared.HubTasks;
import org.hubcycle.shared.ReportStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement's part of the hub's home page: the final monitoring reports of projects that have ended and
 * have not reached the national centre; late a month after the project's end.
 */
@Component
class ImprovementTasks implements HubTasks {

    /** Days after a project's end by which its final report is expected. */
    static final int DUE_DAYS = 30;

    private final ImprovementProjectRepository projects;

    ImprovementTasks(ImprovementProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasks(long hubId, LocalDate today) {
        List<ReportStatus> open = List.of(ReportStatus.DRAFT, ReportStatus.RETURNED);
        long due = projects.countByHubIdAndEndsOnBeforeAndStatusIn(hubId, today, open);
        boolean late =
                due > 0 && projects.countByHubIdAndEndsOnBeforeAndStatusIn(hubId, today.minusDays(DUE_DAYS), open) > 0;
        return List.of(new Task(70, "home.task.improvement", due, "/improvement", late));
    }
}
