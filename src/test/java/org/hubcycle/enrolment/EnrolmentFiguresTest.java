package org.hubcycle.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A hub's funding and charges are counted from its enrolments: the figures and the rows agree. */
@IntegrationTest
class EnrolmentFiguresTest {

    @Autowired
    EnrolmentFigures figures;

    @Autowired
    Hubs hubs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void placesHeldAndLateWithdrawalsAreThoseOfTheEnrolments() {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        int year = jdbc.queryForObject("SELECT MAX(academic_year) FROM enrolment WHERE hub_id = ?", Integer.class, hub);
        long withdrawn = jdbc.queryForObject(
                "SELECT MIN(id) FROM enrolment WHERE hub_id = ? AND academic_year = ? AND status = 'ACCEPTED'",
                Long.class,
                hub,
                year);
        jdbc.update("UPDATE enrolment SET status = 'WITHDRAWN', late_withdrawal = TRUE WHERE id = ?", withdrawn);
        try {
            check(hub, year);
        } finally {
            jdbc.update("UPDATE enrolment SET status = 'ACCEPTED', late_withdrawal = FALSE WHERE id = ?", withdrawn);
        }
    }

    private void check(long hub, int year) {
        Map<Long, int[]> expected = jdbc
                .queryForList(
                        "SELECT work_group_id,"
                                + " SUM(CASE WHEN status IN ('ACCEPTED', 'COMPLETED', 'NOT_COMPLETED') THEN 1 ELSE 0 END) AS held,"
                                + " SUM(CASE WHEN late_withdrawal THEN 1 ELSE 0 END) AS late"
                                + " FROM enrolment WHERE hub_id = ? AND academic_year = ? GROUP BY work_group_id",
                        hub,
                        year)
                .stream()
                .filter(row -> ((Number) row.get("held")).intValue() + ((Number) row.get("late")).intValue() > 0)
                .collect(Collectors.toMap(row -> ((Number) row.get("work_group_id")).longValue(), row ->
                        new int[] {((Number) row.get("held")).intValue(), ((Number) row.get("late")).intValue()}));

        List<EnrolmentFigures.Money> money = HubScope.asSystem(() -> figures.money(hub, new AcademicYear(year)));

        assertThat(expected.values()).anyMatch(counts -> counts[1] > 0);
        assertThat(money).hasSize(expected.size());
        assertThat(money).allSatisfy(m -> {
            int[] counts = expected.get(m.group().id());
            assertThat(m.places()).isEqualTo(counts[0]);
            assertThat(m.lateWithdrawals()).isEqualTo(counts[1]);
            assertThat(m.chargesPence())
                    .isEqualTo((long) counts[0] * m.group().costPence()
                            + (long) counts[1] * m.group().noShowChargePence());
        });
    }
}
