package org.hubcycle.leadership.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.shared.HubTasks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Rounds of expressions of interest closing in the next two weeks: time to chase LLMEs for leads. */
@Component
class LeadershipTasks implements HubTasks {

    /** A round is closing when its deadline is this close. */
    static final int CLOSING_DAYS = 14;

    private final JdbcTemplate jdbc;

    LeadershipTasks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> tasks(long hubId, LocalDate today) {
        Long count = jdbc.queryForObject(
                "select count(*) from eoi_round where hub_id = ? and deadline between ? and ?",
                Long.class,
                hubId,
                Date.valueOf(today),
                Date.valueOf(today.plusDays(CLOSING_DAYS)));
        return List.of(new Task(10, "home.task.rounds", count, "/llmes/rounds", false));
    }
}
