package org.hubcycle.delivery.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubTasks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Registers not taken: this academic year's sessions of a hub that have been held (before today) and
 * have no attendance mark yet. A task on the hub's home page, overdue once a session is a week past.
 */
@Component
public class Registers implements HubTasks {

    /** A register is overdue this many days after its session. */
    static final int DAYS_TO_TAKE = 7;

    /** A session held without a register: which work group, which session and when. */
    public record Missing(long sessionId, long workGroupId, int sequence, LocalDate date) {}

    private static final String MISSING =
            " from delivery_session s where s.hub_id = ? and s.session_date between ? and ?"
                    + " and not exists (select 1 from attendance_mark m where m.session_id = s.id)";

    private final JdbcTemplate jdbc;

    Registers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The hub's sessions held this year without a register, the oldest first. */
    public List<Missing> missing(long hubId, LocalDate today) {
        return jdbc.query(
                "select s.id, s.work_group_id, s.sequence, s.session_date" + MISSING
                        + " order by s.session_date, s.work_group_id, s.sequence",
                (rs, i) -> new Missing(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getDate(4).toLocalDate()),
                hubId,
                Date.valueOf(AcademicYear.containing(today).firstDay()),
                Date.valueOf(today.minusDays(1)));
    }

    @Override
    public List<Task> tasks(long hubId, LocalDate today) {
        return jdbc.query(
                "select count(*), min(s.session_date)" + MISSING,
                (rs, i) -> {
                    Date oldest = rs.getDate(2);
                    return new Task(
                            30,
                            "home.task.registers",
                            rs.getLong(1),
                            "/delivery/registers",
                            oldest != null && oldest.toLocalDate().isBefore(today.minusDays(DAYS_TO_TAKE)));
                },
                hubId,
                Date.valueOf(AcademicYear.containing(today).firstDay()),
                Date.valueOf(today.minusDays(1)));
    }
}
