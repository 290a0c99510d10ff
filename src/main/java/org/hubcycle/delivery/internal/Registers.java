package org.hubcycle.delivery.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubTasks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Registers not taken: this academic year's sessions of a hub that have been held (before today), have
 * no attendance mark yet, and belong to a work group where a school holds a place (a session with nobody
 * to mark has no register to take). A task on the hub's home page, overdue once a session is a week past.
 * And the sessions meeting today, whose registers open today.
 */
@Component
public class Registers implements HubTasks {

    /** A register is overdue this many days after its session. */
    static final int DAYS_TO_TAKE = 7;

    /** A session held without a register: which work group, which session and when. */
    public record Missing(long sessionId, long workGroupId, int sequence, LocalDate date) {}

    /** A session meeting today: which work group, which session, when it starts, and how many are marked. */
    public record Today(long sessionId, long workGroupId, int sequence, LocalTime start, int marked) {}

    private final JdbcTemplate jdbc;
    private final Seats seats;

    Registers(JdbcTemplate jdbc, Seats seats) {
        this.jdbc = jdbc;
        this.seats = seats;
    }

    /** The hub's sessions held this year without a register, the oldest first. */
    public List<Missing> missing(long hubId, LocalDate today) {
        List<Missing> held = jdbc.query(
                "select s.id, s.work_group_id, s.sequence, s.session_date from delivery_session s"
                        + " where s.hub_id = ? and s.session_date between ? and ?"
                        + " and not exists (select 1 from attendance_mark m where m.session_id = s.id)"
                        + " order by s.session_date, s.work_group_id, s.sequence",
                (rs, i) -> new Missing(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getDate(4).toLocalDate()),
                hubId,
                Date.valueOf(AcademicYear.containing(today).firstDay()),
                Date.valueOf(today.minusDays(1)));
        Set<Long> withPlaces = seats.withPlacesHeld(
                held.stream().map(Missing::workGroupId).distinct().toList());
        return held.stream().filter(m -> withPlaces.contains(m.workGroupId())).toList();
    }

    /** The hub's sessions meeting today, by start time, with how many of their participants are marked so far. */
    public List<Today> today(long hubId, LocalDate today) {
        return jdbc.query(
                "select s.id, s.work_group_id, s.sequence, s.start_time,"
                        + " (select count(*) from attendance_mark m where m.session_id = s.id)"
                        + " from delivery_session s where s.hub_id = ? and s.session_date = ?"
                        + " order by s.start_time, s.work_group_id, s.sequence",
                (rs, i) -> new Today(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getTime(4) == null ? null : rs.getTime(4).toLocalTime(),
                        rs.getInt(5)),
                hubId,
                Date.valueOf(today));
    }

    @Override
    public List<Task> tasks(long hubId, LocalDate today) {
        List<Missing> missing = missing(hubId, today);
        return List.of(new Task(
                30,
                "home.task.registers",
                missing.size(),
                "/delivery/registers",
                !missing.isEmpty() && missing.get(0).date().isBefore(today.minusDays(DAYS_TO_TAKE))));
    }
}
