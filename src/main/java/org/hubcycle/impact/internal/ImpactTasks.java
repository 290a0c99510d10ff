package org.hubcycle.impact.internal;

import java.time.LocalDate;
import java.util.List;
import org.hubcycle.impact.domain.AnnualReportRepository;
import org.hubcycle.impact.domain.ImpactReviewRepository;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubTasks;
import org.hubcycle.shared.ReportStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Impact's part of the hub's home page: the review of the last complete year, until it has reached the
 * national centre (not started, a draft, or returned to change); then, once the national centre has
 * accepted it, the year's annual report until it is published.
 */
@Component
class ImpactTasks implements HubTasks {

    private final ImpactReviewRepository reviews;
    private final AnnualReportRepository reports;

    ImpactTasks(ImpactReviewRepository reviews, AnnualReportRepository reports) {
        this.reviews = reviews;
        this.reports = reports;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasks(long hubId, LocalDate today) {
        AcademicYear last = AcademicYear.containing(today).previous();
        ReportStatus review = reviews.statusOf(hubId, last.startYear()).orElse(null);
        boolean received = review != null && review.received();
        boolean toPublish = review == ReportStatus.ACCEPTED
                && !reports.publishedYears(hubId).contains(last.startYear());
        return List.of(
                new Task(60, "home.task.impact", received ? 0 : 1, "/impact", false),
                new Task(61, "home.task.annualReport", toPublish ? 1 : 0, "/impact/annual-report", false));
    }
}
