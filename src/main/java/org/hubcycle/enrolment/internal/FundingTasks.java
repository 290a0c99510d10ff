package org.hubcycle.enrolment.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubTasks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Funding claims on the hub's home page (ADR 0027): claims waiting for a decision, late after two weeks;
 * approved claims waiting to be paid, late a month after their approval. Each links to the year of its
 * oldest.
 */
@Component
class FundingTasks implements HubTasks {

    static final int DAYS_TO_DECIDE = 14;
    static final int DAYS_TO_PAY = 30;

    private final JdbcTemplate jdbc;

    FundingTasks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> tasks(long hubId, LocalDate today) {
        return List.of(
                task(hubId, today, "SUBMITTED", "submitted_at", DAYS_TO_DECIDE, 25, "home.task.claims"),
                task(hubId, today, "APPROVED", "decided_at", DAYS_TO_PAY, 26, "home.task.payments"));
    }

    private Task task(long hubId, LocalDate today, String status, String since, int days, int order, String message) {
        return jdbc.queryForObject(
                "select count(*), min(academic_year), min(" + since + ") from funding_claim"
                        + " where hub_id = ? and status = ?",
                (rs, i) -> {
                    long count = rs.getLong(1);
                    Timestamp oldest = rs.getTimestamp(3);
                    AcademicYear year = count == 0 ? AcademicYear.containing(today) : new AcademicYear(rs.getInt(2));
                    return new Task(
                            order,
                            message,
                            count,
                            "/funding/" + year.slug() + "?status=" + status,
                            oldest != null
                                    && oldest.toInstant()
                                            .isBefore(today.minusDays(days)
                                                    .atStartOfDay()
                                                    .toInstant(ZoneOffset.UTC)));
                },
                hubId,
                status);
    }
}
