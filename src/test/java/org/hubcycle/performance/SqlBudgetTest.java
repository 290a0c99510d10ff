package org.hubcycle.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.support.RunningServerTest;
import org.hubcycle.support.SqlStatements;
import org.hubcycle.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many SQL statements the key pages run, signed in through the login form with a real session.
 * Each budget is below the number of rows the page shows, so a query per row fails it at once; the
 * session costs one read and, within a minute of the last write, no write.
 */
class SqlBudgetTest extends RunningServerTest {

    private static final String SESSION_READ = "SELECT S.PRIMARY_ID";
    private static final String SESSION_WRITE = "UPDATE SPRING_SESSION";

    @Autowired
    SqlStatements sql;

    @Autowired
    JdbcTemplate jdbc;

    final WebSession hubLead = new WebSession(PORT);

    @BeforeEach
    void signIn() throws Exception {
        hubLead.signIn("hublead@hubcycle.test", "demo");
    }

    @Test
    void theHomePage() throws Exception {
        assertThat(statements("/", 0)).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void findASchool() throws Exception {
        // The session, the count and the page; the local authorities for the filter are kept between searches.
        assertThat(statements("/schools?q=a", 25)).hasSizeLessThanOrEqualTo(3);
        String postcodeArea = jdbc.queryForObject(
                "select substring(search_postcode, 1, 3) from school group by substring(search_postcode, 1, 3)"
                        + " having count(*) > 25 order by count(*) desc limit 1",
                String.class);
        assertThat(statements("/schools?q=" + postcodeArea, 25)).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void aSearchOfMoreThanAThousandSchoolsReadsItsPageAsSummaries() throws Exception {
        // The page's URNs ordered by the database, then its schools by URN: whole schools ordered by name
        // walked the name index, and were copied into summaries here.
        assertThat(statements("/schools", 25))
                .hasSizeLessThanOrEqualTo(4)
                .noneMatch(statement -> statement.contains("search_text"));
    }

    @Test
    void aSchoolsPage() throws Exception {
        int urn = jdbc.queryForObject("select min(urn) from school where status = 'Open'", Integer.class);
        // Its authority's name comes from the search's kept list, and a school without links reads no linked schools.
        assertThat(statements("/schools/" + urn, 0)).hasSizeLessThanOrEqualTo(7);
    }

    @Test
    void thePublicCatalogue() throws Exception {
        // The projects' intended outcomes are not read: the page does not show them (the API does).
        assertThat(statements("/catalogue/demo-maths-hub/2026-27", 20)).hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void theHubsYearOfEnrolment() throws Exception {
        // The work groups' terms in one query of the columns they are made of, not whole work groups and
        // projects (with the projects' long texts) in two.
        assertThat(statements("/enrolment/2026-27", 12))
                .hasSizeLessThanOrEqualTo(6)
                .noneMatch(statement -> statement.contains("rationale"));
    }

    @Test
    void theLlmeRegister() throws Exception {
        assertThat(statements("/llmes", 8)).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void aSchoolImprovementProject() throws Exception {
        long project = jdbc.queryForObject(
                "select min(p.id) from improvement_project p join hub h on h.id = p.hub_id"
                        + " where h.slug = 'demo-maths-hub'",
                Long.class);
        // Its schools' coverage, KPIs, risks and visits each in one query, whatever their number, in one
        // transaction: the visits are read once for the coverage and the page both, their schools named from the
        // project's (on the demo's project of four schools, ten visits, three KPIs and two risks).
        String page = "/improvement/" + project;
        assertThat(statements(page, 15))
                .hasSizeLessThanOrEqualTo(10)
                .filteredOn(s -> s.contains(" from improvement_visit "))
                .hasSize(1);
        assertThat(sql.transactionsDuring(() -> hubLead.get(page))).isLessThanOrEqualTo(2);
    }

    @Test
    void aWorkGroupsEvaluationAndATermlyReport() throws Exception {
        long group = jdbc.queryForObject(
                "select s.work_group_id from evaluation_survey s join hub h on h.id = s.hub_id"
                        + " where h.slug = 'demo-maths-hub' and s.academic_year = ? group by s.work_group_id"
                        + " order by count(*) desc, s.work_group_id limit 1",
                Long.class,
                AcademicYear.containing(LocalDate.now()).startYear());
        // The group, its surveys with their results, and its reports by term, in one transaction: the surveys
        // are read once, for the list and the results both, and the group's name is not read again.
        String page = "/evaluation/work-groups/" + group;
        assertThat(statements(page, 2))
                .hasSizeLessThanOrEqualTo(9)
                .filteredOn(s -> s.startsWith("select") && s.contains(" from evaluation_survey "))
                .hasSize(1);
        assertThat(sql.transactionsDuring(() -> hubLead.get(page))).isLessThanOrEqualTo(2);

        // A termly report still to be written counts its own group's applications, not its hub's whole year's.
        String report = page + "/reports/summer";
        assertThat(statements(report, 0))
                .as("the report")
                .hasSizeLessThanOrEqualTo(15)
                .noneMatch(s -> s.contains(" from enrolment ") && s.contains("academic_year="));
        assertThat(sql.transactionsDuring(() -> hubLead.get(report))).isLessThanOrEqualTo(2);
    }

    @Test
    void aPersonsPage() throws Exception {
        long nadia = jdbc.queryForObject("select id from person where email = 'llme@hubcycle.test'", Long.class);
        // The session, the person, their school, and one query for each kind of record another module keeps about
        // them (the register, work groups led, pay agreed, visits, improvement projects and their visits), however
        // many there are: a count and the latest in one.
        assertThat(statements("/people/" + nadia, 0)).hasSizeLessThanOrEqualTo(9);
    }

    @Test
    void aYearsFundingClaims() throws Exception {
        String lastYear = AcademicYear.containing(LocalDate.now()).previous().slug();
        // The page of claims and its count, the totals by status, and the schools' and work groups' names
        // for the whole page at once (6 with the session, on the demo's three claims).
        assertThat(statements("/funding/" + lastYear, 3)).hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void aParticipantsSessions() throws Exception {
        // Their places are read once for the page, in one transaction with everything shown beside them; the
        // calendar feeds' tokens take one more, as a missing one is made.
        WebSession participant = new WebSession(PORT);
        participant.signIn("participant@hubcycle.test", "demo");
        participant.get("/my-sessions");
        AtomicReference<HttpResponse<String>> response = new AtomicReference<>();
        List<String> statements = sql.during(() -> response.set(participant.get("/my-sessions")));
        assertThat(response.get().statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.get().body()).select(".govuk-summary-card"))
                .as("sessions shown, so a query per session would show")
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(statements).hasSizeLessThanOrEqualTo(12);
        assertThat(sql.transactionsDuring(() -> participant.get("/my-sessions")))
                .isLessThanOrEqualTo(3);
    }

    @Test
    void aWorkGroupsSessionsAndARegister() throws Exception {
        // The work group's page reads the group once, then its sessions, their counts and materials, and whether
        // any school completed, in one transaction; its calendar feed's token takes one more, as a missing one is
        // made. The register reads its group once, not again for the check that the reader may take it.
        Map<String, Object> held = jdbc.queryForList(
                        "select s.work_group_id, min(s.id) as session_id from delivery_session s"
                                + " join hub h on h.id = s.hub_id where h.slug = 'demo-maths-hub'"
                                + " and s.session_date <= current_date group by s.work_group_id"
                                + " order by count(*) desc, s.work_group_id")
                .get(0);
        long group = ((Number) held.get("work_group_id")).longValue();
        long session = ((Number) held.get("session_id")).longValue();
        String page = "/delivery/work-groups/" + group;
        assertThat(statements(page, 3)).hasSizeLessThanOrEqualTo(10);
        assertThat(sql.transactionsDuring(() -> hubLead.get(page))).isLessThanOrEqualTo(3);

        String register = "/delivery/sessions/" + session + "/register";
        assertThat(statements(register, 0))
                .as("the register")
                .hasSizeLessThanOrEqualTo(10)
                .filteredOn(s -> s.startsWith("select") && s.contains(" from work_group "))
                .hasSize(1);
        assertThat(sql.transactionsDuring(() -> hubLead.get(register))).isLessThanOrEqualTo(2);
    }

    @Test
    void aWorkGroupsApplications() throws Exception {
        long group = jdbc.queryForObject(
                "select e.work_group_id from enrolment e join hub h on h.id = e.hub_id"
                        + " where h.slug = 'demo-maths-hub' group by e.work_group_id"
                        + " order by count(*) desc, e.work_group_id limit 1",
                Long.class);
        // The group once (its applications are named with it), a page of its applications with their schools and
        // participants, and its own counts by status, in one transaction.
        String page = "/enrolment/work-groups/" + group;
        assertThat(statements(page, 3))
                .hasSizeLessThanOrEqualTo(6)
                .filteredOn(s -> s.startsWith("select") && s.contains(" from work_group "))
                .hasSize(1);
        assertThat(sql.transactionsDuring(() -> hubLead.get(page))).isLessThanOrEqualTo(2);
    }

    @Test
    void theSessionIsReadOnceAndItsLastAccessWrittenAtMostOnceAMinute() throws Exception {
        List<String> now = statements("/llmes", 0);
        assertThat(now).filteredOn(s -> s.startsWith(SESSION_READ)).hasSize(1);
        assertThat(now).noneMatch(s -> s.startsWith(SESSION_WRITE));

        jdbc.update(
                "update spring_session set last_access_time = ? where principal_name = ?",
                Timestamp.from(Instant.now().minusSeconds(120)).getTime(),
                "hublead@hubcycle.test");
        List<String> later = sql.during(() -> hubLead.get("/llmes"));
        assertThat(later).filteredOn(s -> s.startsWith(SESSION_WRITE)).hasSize(1);
        assertThat(later).filteredOn(s -> s.startsWith(SESSION_READ)).hasSize(1);
    }

    @Test
    void eachKeyPageReadsInOneTransactionBesideTheSessions() throws Exception {
        // A transaction is a connection from the pool, set read-only and given back: the year of enrolment
        // read its published work groups in one of their own, the LLME register its active count, and a
        // search took one to hand back its kept list of local authorities.
        int urn = jdbc.queryForObject("select min(urn) from school where status = 'Open'", Integer.class);
        Map<String, Integer> transactions = new LinkedHashMap<>();
        for (String path : List.of(
                "/",
                "/schools?q=a",
                "/schools/" + urn,
                "/catalogue/demo-maths-hub/2026-27",
                "/enrolment/2026-27",
                "/llmes")) {
            hubLead.get(path);
            transactions.put(path, sql.transactionsDuring(() -> hubLead.get(path)));
        }
        assertThat(transactions)
                .allSatisfy((path, count) -> assertThat(count).as(path).isLessThanOrEqualTo(2));
    }

    /** The statements of one request for the page, which must show at least {@code rows} rows. */
    private List<String> statements(String path, int rows) throws Exception {
        hubLead.get(path);
        AtomicReference<HttpResponse<String>> response = new AtomicReference<>();
        List<String> statements = sql.during(() -> response.set(hubLead.get(path)));
        assertThat(response.get().statusCode()).as(path).isEqualTo(200);
        assertThat(Jsoup.parse(response.get().body()).select("tbody tr, .govuk-summary-card"))
                .as("rows on " + path + ", more than its budget, so a query per row would show")
                .hasSizeGreaterThanOrEqualTo(rows);
        return statements;
    }
}
