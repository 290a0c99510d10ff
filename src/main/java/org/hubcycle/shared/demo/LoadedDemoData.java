package org.hubcycle.shared.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.hubcycle.shared.AcademicYear;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which academic year's demo data, from which modules, was found complete: one row read on a second
 * start instead of every module's own checks, which would build most repositories before the
 * application is ready (issue 14 point 5). A new year, or a module with demo data of its own, is not
 * recorded yet, so the modules are asked again.
 */
@Component
@ConditionalOnProperty(name = "hubcycle.demo.enabled", havingValue = "true")
class LoadedDemoData {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoadedDemoData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean contains(String modules) {
        Integer rows = jdbc.queryForObject(
                "select count(*) from demo_data_loaded where academic_year = ? and modules = ?",
                Integer.class,
                thisYear(),
                modules);
        return rows != null && rows > 0;
    }

    void record(String modules) {
        jdbc.update(
                "insert into demo_data_loaded (academic_year, modules, loaded_at) values (?, ?, ?)",
                thisYear(),
                modules,
                Timestamp.from(clock.instant()));
    }

    private String thisYear() {
        return AcademicYear.containing(LocalDate.now(clock)).slug();
    }
}
