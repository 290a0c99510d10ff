package org.hubcycle.shared.national;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a national share's rows in batches, with ids chosen here so that rows can point at each other
 * before they are written; {@link #restartIds} then moves the table's own id generator past them.
 */
public final class Bulk {

    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;

    public Bulk(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The first free id of a table (its name is a constant of the calling share). */
    public long nextId(String table) {
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
        return max == null ? 1 : max + 1;
    }

    public void insert(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + BATCH))));
        }
    }

    /** Rows written as they come, a batch at a time, for tables too large to hold in memory. */
    public Rows rows(String sql) {
        return new Rows(sql, null);
    }

    /** Rows that point at the rows of {@code parent}: writing a batch of them writes the parent's pending rows first. */
    public Rows rows(String sql, Rows parent) {
        return new Rows(sql, parent);
    }

    public final class Rows {

        private final String sql;
        private final Rows parent;
        private final List<Object[]> pending = new ArrayList<>();

        private Rows(String sql, Rows parent) {
            this.sql = sql;
            this.parent = parent;
        }

        public void add(Object... row) {
            pending.add(row);
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        public void flush() {
            if (parent != null) {
                parent.flush();
            }
            if (!pending.isEmpty()) {
                jdbc.batchUpdate(sql, pending);
                pending.clear();
            }
        }
    }

    /** New rows the application writes get ids after the loaded ones (H2 and PostgreSQL alike). */
    public void restartIds(String... tables) {
        for (String table : tables) {
            jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + nextId(table));
        }
    }
}
