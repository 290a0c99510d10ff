package org.hubcycle.impact.internal;

import java.time.LocalDate;
import java.util.List;
import org.hubcycle.impact.domain.ImpactReviewRepository;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubTasks;
import org.hubcycle.shared.ReportStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Impact's part of the hub's home page: the review of the last complete year, until it has reached the
 * national centre (not started, a draft, or returned to change).
 */
@Component
class ImpactTasks implements HubTasks {

    private final ImpactReviewRepository reviews;

    ImpactTasks(ImpactReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasks(long hubId, LocalDate today) {
        AcademicYear last = AcademicYear.containing(today).previous();
        boolean received = reviews.statusOf(hubId, last.startYear())
                .map(ReportStatus::received)
                .orElse(false);
        return List.of(new Task(60, "home.task.impact", received ? 0 : 1, "/impact", false));
    }
}
