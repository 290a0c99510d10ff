package org.hubcycle.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DemoDataIdempotenceTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    List<DemoData> modules;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aSecondStartChangesNothing() {
        Map<String, Object> before = counts();
        assertThat(before.get("hubs")).isEqualTo(2L);
        loader.run(new DefaultApplicationArguments());
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from demo_data_loaded where academic_year = ? and modules = ?",
                        Long.class,
                        AcademicYear.containing(LocalDate.now(clock)).slug(),
                        loader.names()))
                .isEqualTo(1L);
    }

    @Test
    void eachModuleAskedAgainChangesNothing() {
        Map<String, Object> before = counts();
        HubScope.asSystem(() -> modules.forEach(DemoData::load));
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Object> counts() {
        return jdbc.queryForMap(
                "select (select count(*) from hub where slug in ('demo-maths-hub', 'northfield-maths-hub')) as hubs, "
                        + "(select count(*) from app_user where email like '%@hubcycle.test' and email not like '%-%') as users, "
                        + "(select max(id) from app_user) as last_user, "
                        + "(select count(*) from project) as projects, "
                        + "(select count(*) from work_group) as work_groups, "
                        + "(select count(*) from llme) as llmes, "
                        + "(select count(*) from enrolment) as enrolments, "
                        + "(select count(*) from delivery_session) as sessions, "
                        + "(select count(*) from evaluation_plan) as plans");
    }
}
