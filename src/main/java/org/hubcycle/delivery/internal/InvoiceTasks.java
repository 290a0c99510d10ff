package org.hubcycle.delivery.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubTasks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Invoices to schools on the hub's home page (ADR 0034): those raised and not yet paid, late once any is past
 * its due date; linked to the year of the oldest.
 */
@Component
class InvoiceTasks implements HubTasks {

    private final JdbcTemplate jdbc;

    InvoiceTasks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> tasks(long hubId, LocalDate today) {
        Task unpaid = jdbc.queryForObject(
                "select count(*), min(academic_year), min(due_on) from school_invoice where hub_id = ? and status = 'RAISED'",
                (rs, i) -> {
                    long count = rs.getLong(1);
                    Date due = rs.getDate(3);
                    AcademicYear year = count == 0 ? AcademicYear.containing(today) : new AcademicYear(rs.getInt(2));
                    return new Task(
                            27,
                            "home.task.invoices",
                            count,
                            "/delivery/charges/" + year.slug() + "/invoices",
                            due != null && due.toLocalDate().isBefore(today));
                },
                hubId);
        return List.of(unpaid);
    }
}
