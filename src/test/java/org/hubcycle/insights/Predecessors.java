package org.hubcycle.insights;

import org.springframework.jdbc.core.JdbcTemplate;

/** A closed school made for a test, that GIAS says an open school succeeded: how converted academies look. */
final class Predecessors {

    private Predecessors() {}

    /** Makes the closed predecessor, its URN {@code base} plus the school's last six digits, and returns that URN. */
    static int closedPredecessorOf(JdbcTemplate jdbc, int school, int base) {
        int closed = base + school % 1_000_000;
        jdbc.update(
                "insert into school (urn, name, search_name, search_text, la_code, type_name, type_group, status, phase,"
                        + " content_hash) select ?, name, search_name, search_text, la_code, type_name, 'Local authority"
                        + " maintained schools', 'Closed', phase, content_hash from school where urn = ?",
                closed,
                school);
        jdbc.update("insert into school_link (urn, link_urn, link_type) values (?, ?, 'Successor')", closed, school);
        jdbc.update("insert into school_link (urn, link_urn, link_type) values (?, ?, 'Predecessor')", school, closed);
        return closed;
    }
}
