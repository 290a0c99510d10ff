package org.hubcycle.evaluation.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every answer of many surveys' responses, read with plain JDBC a few thousand rows at a time: a
 * national project has ~60,000, and mapping them through Hibernate cost a fifth of its results page.
 * The caller has chosen the surveys within its hub scope, so their responses are too.
 */
@Repository
public class AnswerRows {

    private final JdbcTemplate jdbc;

    AnswerRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        // Inside a transaction PostgreSQL then streams the rows instead of holding them all at once.
        this.jdbc.setFetchSize(2_000);
    }

    /** Hands each answer of the surveys' responses to {@code row}, in no order; a response without answers as one row whose question is null. */
    public void each(Collection<Long> surveyIds, Consumer<AnswerRow> row) {
        if (surveyIds.isEmpty()) {
            return;
        }
        jdbc.query(
                "select r.id, r.survey_id, r.hub_id, r.pair_key, a.question_id, a.answer, a.quotable"
                        + " from evaluation_response r left join evaluation_answer a on a.response_id = r.id"
                        + " where r.survey_id in (" + String.join(",", Collections.nCopies(surveyIds.size(), "?"))
                        + ")",
                rs -> {
                    long questionId = rs.getLong(5);
                    boolean answered = !rs.wasNull();
                    row.accept(new AnswerRow(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getString(4),
                            answered ? questionId : null,
                            answered ? rs.getString(6) : null,
                            answered ? rs.getBoolean(7) : null));
                },
                surveyIds.toArray());
    }
}
