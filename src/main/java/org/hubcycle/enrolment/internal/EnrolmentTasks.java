package org.hubcycle.enrolment.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubTasks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Applications waiting for the hub's decision (applied, or found not eligible and not yet overridden or
 * declined) for this year's work groups and later ones; overdue when one has waited two weeks.
 */
@Component
class EnrolmentTasks implements HubTasks {

    /** An application waits at most this long for a decision before it is overdue. */
    static final int DAYS_TO_DECIDE = 14;

    private final JdbcTemplate jdbc;

    EnrolmentTasks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> tasks(long hubId, LocalDate today) {
        AcademicYear year = AcademicYear.containing(today);
        return jdbc.query(
                "select count(*), min(academic_year), min(applied_at) from enrolment"
                        + " where hub_id = ? and academic_year >= ? and status in ('APPLIED', 'INELIGIBLE')",
                (rs, i) -> {
                    long count = rs.getLong(1);
                    int first = rs.getInt(2);
                    var oldest = rs.getTimestamp(3);
                    return new Task(
                            20,
                            "home.task.applications",
                            count,
                            "/enrolment/" + (count == 0 ? year : new AcademicYear(first)).slug(),
                            oldest != null
                                    && oldest.toInstant()
                                            .isBefore(today.minusDays(DAYS_TO_DECIDE)
                                                    .atStartOfDay()
                                                    .toInstant(ZoneOffset.UTC)));
                },
                hubId,
                year.startYear());
    }
}
