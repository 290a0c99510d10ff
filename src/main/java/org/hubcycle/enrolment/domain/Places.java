package org.hubcycle.enrolment.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places taken in each work group. A place is taken with one conditional update of the work
 * group's row, so of two schools racing for the last place the database lets exactly one through:
 * the second update waits for the first's row lock, then finds no place left.
 */
@Repository
public class Places {

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes a place if fewer than {@code capacity} are taken; true if it did. Joins the caller's
     * transaction; call {@link #ensure} (through this bean) first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean take(long workGroupId, int capacity) {
        return jdbc.sql("UPDATE work_group_places SET taken = taken + 1 WHERE work_group_id = ? AND taken < ?")
                        .params(workGroupId, capacity)
                        .update()
                == 1;
    }

    /** Gives a place back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(long workGroupId) {
        jdbc.sql("UPDATE work_group_places SET taken = taken - 1 WHERE work_group_id = ? AND taken > 0")
                .params(workGroupId)
                .update();
    }

    /** Places taken in several work groups, in one query; a work group with none taken is left out. */
    public java.util.Map<Long, Integer> taken(java.util.Collection<Long> workGroupIds) {
        if (workGroupIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc
                .sql("SELECT work_group_id, taken FROM work_group_places WHERE work_group_id IN (:ids)")
                .param("ids", workGroupIds)
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    public int taken(long workGroupId) {
        return jdbc.sql("SELECT taken FROM work_group_places WHERE work_group_id = ?")
                .params(workGroupId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /**
     * Makes sure the work group has its row, in the caller's transaction when there is one. Of two callers racing
     * to make it, the second's insert does nothing, where a duplicate key would cost it its whole transaction. Not
     * a transaction of its own: that takes a second database connection while the caller holds one, and ten
     * callers at once would hold the pool's ten waiting for more (ADR 0043).
     */
    @Transactional
    public void ensure(long workGroupId) {
        if (jdbc.sql("SELECT count(*) FROM work_group_places WHERE work_group_id = ?")
                        .params(workGroupId)
                        .query(Integer.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO work_group_places (work_group_id, taken) VALUES (?, 0) ON CONFLICT DO NOTHING")
                    .params(workGroupId)
                    .update();
        }
    }
}
