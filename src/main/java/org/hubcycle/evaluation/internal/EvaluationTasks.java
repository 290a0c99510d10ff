package org.hubcycle.evaluation.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.evaluation.internal.ProgressReports.Cell;
import org.hubcycle.evaluation.internal.ProgressReports.GroupReports;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubTasks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation's part of the hub's home page: termly reports due in the next two weeks or late (this year's
 * and last year's, as the reports page counts them), and surveys open now that close within a week.
 */
@Component
class EvaluationTasks implements HubTasks {

    /** How far ahead a report due, or a survey closing, is shown. */
    static final int REPORTS_AHEAD = 14;

    static final int SURVEYS_AHEAD = 7;

    private final HubOffers offers;
    private final ProgressReports reports;
    private final JdbcTemplate jdbc;

    EvaluationTasks(HubOffers offers, ProgressReports reports, JdbcTemplate jdbc) {
        this.offers = offers;
        this.reports = reports;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasks(long hubId, LocalDate today) {
        AcademicYear year = AcademicYear.containing(today);
        long late = 0;
        long dueSoon = 0;
        AcademicYear firstLate = null;
        for (AcademicYear y : List.of(year.previous(), year)) {
            for (GroupReports g : reports.overview(offers.briefs(hubId, y))) {
                if (g.group().cancelled()) {
                    continue;
                }
                for (Cell cell : g.terms().values()) {
                    boolean received = cell.status() != null && cell.status().received();
                    if (cell.late()) {
                        late++;
                        firstLate = firstLate == null ? y : firstLate;
                    } else if (!received && !cell.due().isAfter(today.plusDays(REPORTS_AHEAD))) {
                        dueSoon++;
                    }
                }
            }
        }
        Long closing = jdbc.queryForObject(
                "select count(*) from evaluation_survey where hub_id = ? and opens_on <= ? and closes_on between ? and ?",
                Long.class,
                hubId,
                Date.valueOf(today),
                Date.valueOf(today),
                Date.valueOf(today.plusDays(SURVEYS_AHEAD)));
        return List.of(
                new Task(40, "home.task.surveys", closing, "/evaluation?year=" + year.slug(), false),
                new Task(
                        50,
                        "home.task.reports",
                        late + dueSoon,
                        "/evaluation/reports?year=" + (firstLate == null ? year : firstLate).slug(),
                        late > 0));
    }
}
