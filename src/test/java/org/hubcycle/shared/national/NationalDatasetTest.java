package org.hubcycle.shared.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubcycle.HubcycleApplication;
import org.hubcycle.directory.GiasCommandLine;
import org.hubcycle.directory.gias.GiasGenerator;
import org.hubcycle.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code load-national} on an H2 database of its own (the demo GIAS extracts, three years): every module's
 * share is there, the pathway rules hold in what it made, this year leaves work for the busy day, the
 * same seed makes the same records, and it refuses a database that already has hubs.
 */
class NationalDatasetTest {

    @TempDir
    Path dir;

    @Test
    void loadsEveryModulesShareWithinTheRulesAndTheSameForTheSameSeed() throws Exception {
        GiasGenerator.Files3 gias = GiasGenerator.write(GiasGenerator.Scale.DEMO, dir, LocalDate.now());
        JdbcTemplate first = load(gias, "1");
        JdbcTemplate again = load(gias, "1");

        assertThat(first.queryForObject("SELECT COUNT(*) FROM hub", Integer.class))
                .isEqualTo(40);
        assertThat(first.queryForObject("SELECT COUNT(*) FROM work_group", Integer.class))
                .isBetween(40 * 25 * 3, 40 * 40 * 3);
        assertThat(first.queryForObject("SELECT COUNT(*) FROM llme", Integer.class))
                .isEqualTo(40 * 50);
        for (String table : List.of(
                "enrolment",
                "participant",
                "delivery_session",
                "attendance_mark",
                "llme_role",
                "evaluation_survey",
                "evaluation_response",
                "evaluation_answer",
                "progress_report",
                "impact_review",
                "impact_statement",
                "impact_theme",
                "impact_case_study",
                "impact_case_study_school",
                "impact_annual_report",
                "impact_story",
                "improvement_project",
                "improvement_kpi",
                "improvement_risk",
                "improvement_visit",
                "funding_claim",
                "session_material",
                "issued_certificate",
                "lead_agreement")) {
            assertThat(first.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class))
                    .as(table)
                    .isPositive();
        }
        assertThat(first.queryForList(
                        "SELECT r.role FROM app_user u JOIN app_user_role r ON r.user_id = u.id WHERE u.email = ?",
                        String.class,
                        "national@national.test"))
                .containsExactly("NATIONAL_ADMIN");

        // An improvement project's visits are to its own schools, within its dates, by the SLEs named on it.
        assertThat(first.queryForObject(
                        "SELECT COUNT(*) FROM improvement_visit v JOIN improvement_project p ON p.id = v.project_id"
                                + " WHERE v.visit_date < p.starts_on OR v.visit_date > p.ends_on"
                                + " OR NOT EXISTS (SELECT 1 FROM improvement_project_school s"
                                + " WHERE s.project_id = p.id AND s.school_urn = v.school_urn)"
                                + " OR NOT EXISTS (SELECT 1 FROM improvement_project_leader l JOIN llme m"
                                + " ON m.person_id = l.person_id JOIN llme_role r ON r.llme_id = m.id AND r.role = 'SLE'"
                                + " WHERE l.project_id = p.id AND l.person_id = v.visitor_person_id)",
                        Integer.class))
                .isZero();

        // Every participant holding a place this year has an account, with the participant role only.
        int thisYear = first.queryForObject("SELECT MAX(academic_year) FROM enrolment", Integer.class);
        assertThat(first.queryForObject(
                        "SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
                                + " WHERE r.role = 'PARTICIPANT' AND u.hub_id IS NULL",
                        Integer.class))
                .isPositive()
                .isEqualTo(first.queryForObject(
                        "SELECT COUNT(*) FROM participant p JOIN enrolment e ON e.id = p.enrolment_id"
                                + " JOIN app_user u ON u.email = p.email"
                                + " WHERE e.academic_year = ? AND e.status NOT IN ('APPLIED', 'WITHDRAWN')",
                        Integer.class,
                        thisYear))
                .isEqualTo(first.queryForObject(
                        "SELECT COUNT(*) FROM participant p JOIN enrolment e ON e.id = p.enrolment_id"
                                + " WHERE e.academic_year = ? AND e.status NOT IN ('APPLIED', 'WITHDRAWN')",
                        Integer.class,
                        thisYear));

        // Some LLMEs have left the register, each after the last year of their roles (ADR 0047).
        assertThat(first.queryForObject("SELECT COUNT(*) FROM llme WHERE left_on IS NOT NULL", Integer.class))
                .isPositive();
        assertThat(first.queryForObject(
                        "SELECT COUNT(*) FROM llme m JOIN llme_role r ON r.llme_id = m.id WHERE m.left_on IS NOT NULL"
                                + " AND (r.to_year IS NULL OR r.to_year >= EXTRACT(YEAR FROM m.left_on))",
                        Integer.class))
                .isZero();

        // A review that reached the national centre keeps the year's figures, as one submitted in Hubcycle does.
        assertThat(first.queryForObject(
                        "SELECT COUNT(*) FROM impact_review WHERE status <> 'DRAFT' AND figures IS NULL",
                        Integer.class))
                .isZero();

        // Funding claims are made by places held, and stay within each place's ceiling for the entitlement.
        assertThat(first.queryForObject(
                        "SELECT COUNT(*) FROM funding_claim c JOIN enrolment e ON e.id = c.enrolment_id"
                                + " WHERE e.status NOT IN ('ACCEPTED', 'COMPLETED', 'NOT_COMPLETED')"
                                + " OR e.school_urn <> c.school_urn OR e.hub_id <> c.hub_id",
                        Integer.class))
                .isZero();
        assertThat(first.queryForObject(
                        "SELECT COUNT(*) FROM (SELECT enrolment_id, entitlement FROM funding_claim"
                                + " GROUP BY enrolment_id, entitlement"
                                + " HAVING SUM(COALESCE(approved_pence, claimed_pence)) > 300000) over_ceiling",
                        Integer.class))
                .isZero();

        // A school does Development once, and Embedding only the year after completing Development.
        assertThat(first.queryForObject(
                        "SELECT COUNT(*) FROM (SELECT school_urn FROM enrolment WHERE project_family LIKE '%Development'"
                                + " GROUP BY school_urn, project_family HAVING COUNT(*) > 1) twice",
                        Integer.class))
                .isZero();
        assertThat(first.queryForObject(
                        "SELECT COUNT(*) FROM enrolment e WHERE e.project_family LIKE '%TfM Embedding' AND NOT EXISTS ("
                                + " SELECT 1 FROM enrolment d WHERE d.school_urn = e.school_urn AND d.status = 'COMPLETED'"
                                + " AND d.academic_year = e.academic_year - 1"
                                + " AND d.project_family = REPLACE(e.project_family, 'Embedding', 'Development'))",
                        Integer.class))
                .isZero();
        // Places taken are the schools holding them.
        assertThat(first.queryForObject(
                        "SELECT COUNT(*) FROM work_group_places p WHERE p.taken <> (SELECT COUNT(*) FROM enrolment e"
                                + " WHERE e.work_group_id = p.work_group_id"
                                + " AND e.status IN ('ACCEPTED', 'COMPLETED', 'NOT_COMPLETED'))",
                        Integer.class))
                .isZero();

        // This year something is left for the busy day to do: applications waiting for a decision in groups
        // still taking them, registers not taken where schools hold places, and school contacts to apply.
        assertThat(first.queryForObject(
                        "SELECT COUNT(*) FROM enrolment e JOIN work_group g ON g.id = e.work_group_id"
                                + " WHERE e.status = 'APPLIED' AND e.decided_at IS NULL AND g.status = 'OPEN'"
                                + " AND g.application_deadline >= CURRENT_DATE",
                        Integer.class))
                .isPositive();
        assertThat(first.queryForObject(
                        "SELECT COUNT(*) FROM attendance_mark m JOIN participant p ON p.id = m.participant_id"
                                + " JOIN enrolment e ON e.id = p.enrolment_id WHERE e.status = 'APPLIED'",
                        Integer.class))
                .isZero();
        String held = "SELECT COUNT(*) FROM delivery_session s JOIN work_group g ON g.id = s.work_group_id"
                + " WHERE g.status = 'RUNNING' AND s.session_date < CURRENT_DATE"
                + " AND EXISTS (SELECT 1 FROM enrolment e WHERE e.work_group_id = g.id AND e.status = 'ACCEPTED')";
        if (first.queryForObject(held, Integer.class) > 20) {
            assertThat(first.queryForObject(
                            held + " AND NOT EXISTS (SELECT 1 FROM attendance_mark m WHERE m.session_id = s.id)",
                            Integer.class))
                    .isPositive();
        }
        // Contacts of schools in the first three hubs, those with hub leads (the demo extracts leave some hubs empty).
        int schoolsThere = first.queryForObject(
                "SELECT COUNT(DISTINCT school_urn) FROM enrolment WHERE hub_id IN (SELECT id FROM hub ORDER BY id LIMIT 3)",
                Integer.class);
        assertThat(first.queryForObject(
                        "SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
                                + " WHERE r.role = 'SCHOOL_CONTACT' AND u.school_contact_status = 'APPROVED'"
                                + " AND u.school_urn IS NOT NULL AND u.email LIKE 'school0%'",
                        Integer.class))
                .isBetween(schoolsThere == 0 ? 0 : 1, 300);

        // Every response answers an invitation that says it was answered, and no one answered twice.
        assertThat(first.queryForObject(
                        "SELECT COUNT(*) FROM evaluation_response r WHERE NOT EXISTS (SELECT 1 FROM evaluation_invitation i"
                                + " WHERE i.survey_id = r.survey_id AND i.pair_key = r.pair_key AND i.submitted_at IS NOT NULL)",
                        Integer.class))
                .isZero();
        assertThat(first.queryForObject(
                        "SELECT COUNT(*) FROM evaluation_invitation WHERE submitted_at IS NOT NULL", Integer.class))
                .isEqualTo(first.queryForObject("SELECT COUNT(*) FROM evaluation_response", Integer.class));

        String fingerprint = "SELECT COUNT(*) AS n, SUM(school_urn * id) AS s FROM enrolment";
        Map<String, Object> once = first.queryForMap(fingerprint);
        assertThat(again.queryForMap(fingerprint)).isEqualTo(once);
        String marks =
                "SELECT COUNT(*) AS n, SUM(participant_id * session_id) AS s FROM attendance_mark WHERE mark = 'PRESENT'";
        assertThat(again.queryForMap(marks)).isEqualTo(first.queryForMap(marks));
    }

    /** Imports the extracts into a new in-memory database and loads the national dataset on top, twice: the second is refused. */
    private JdbcTemplate load(GiasGenerator.Files3 gias, String seed) {
        String url = "jdbc:h2:mem:" + TestKeys.next("national")
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        // Its own database, whichever the suite runs on (the PostgreSQL run sets these for every test).
        Map<String, String> own = Map.of(
                "spring.datasource.url", url, "spring.datasource.username", "sa", "spring.datasource.password", "");
        Map<String, String> before = new HashMap<>();
        own.forEach((key, value) -> before.put(key, System.setProperty(key, value)));
        try {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
            String[] files = {
                "import-gias",
                gias.establishments().toString(),
                gias.links().toString(),
                gias.groups().toString()
            };
            assertThat(GiasCommandLine.run(files, HubcycleApplication.class, out))
                    .isZero();
            String[] command = {"load-national", "--seed", seed, "--years", "3", "--password", "national-test"};
            assertThat(NationalCommandLine.run(command, HubcycleApplication.class, out))
                    .as(output.toString(StandardCharsets.UTF_8))
                    .isZero();
            assertThat(NationalCommandLine.run(command, HubcycleApplication.class, out))
                    .isEqualTo(1);
            assertThat(output.toString(StandardCharsets.UTF_8)).contains("Loaded 40 hubs", "Refused: ");
        } finally {
            before.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
        return new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
    }
}
