package org.hubcycle.directory.gias;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Every GIAS file imported, refused ones included: who imported it, when, and what it did. */
@Component
public class ImportHistory {

    /** How many past imports the import page lists. */
    static final int SHOWN = 20;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ImportHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One past import, as the import page lists it. */
    public record PastImport(
            Instant at,
            String by,
            String file,
            String kind,
            int created,
            int updated,
            int unchanged,
            int closed,
            long skipped,
            String refusal) {

        public boolean isRefused() {
            return refusal != null;
        }
    }

    void record(ImportReport report) {
        jdbc.update(
                "insert into gias_import (imported_at, imported_by, file_name, kind, created, updated, unchanged, closed, "
                        + "skipped, refusal, millis) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()),
                currentUser(),
                report.file() == null ? "(no name)" : abbreviate(report.file(), 255),
                report.kind(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.closed(),
                report.skippedTotal(),
                abbreviate(report.refusal(), 1000),
                report.millis());
    }

    /** The latest imports, newest first. */
    public List<PastImport> recent() {
        return jdbc.query(
                "select imported_at, imported_by, file_name, kind, created, updated, unchanged, closed, skipped, refusal "
                        + "from gias_import order by imported_at desc, id desc fetch first " + SHOWN + " rows only",
                (rs, row) -> new PastImport(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getLong(9),
                        rs.getString(10)));
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "command line" : abbreviate(authentication.getName(), 254);
    }

    private static String abbreviate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
