package org.hubcycle.support;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Rows a test writes straight into the database, for records no page makes (an old year's, say). */
public final class Rows {

    private Rows() {}

    /** Runs the insert and returns the id the database gave the row; a LocalDate is sent as a date. */
    public static long insert(JdbcTemplate jdbc, String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < args.length; i++) {
                        statement.setObject(i + 1, args[i] instanceof LocalDate d ? java.sql.Date.valueOf(d) : args[i]);
                    }
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }
}
