package org.hubcycle.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hubcycle.directory.Hubs;
import org.hubcycle.enrolment.EnrolmentFigures;
import org.hubcycle.insights.internal.Engagement;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The counting rule of engagement on the demo directory: only a completed enrolment makes a school
 * engaged, once however many it has, and a closed school's completion counts for the open school that
 * succeeded it; and each hub sees its own figures beside England's, never another hub's.
 */
@IntegrationTest
class EngagementTest {

    /** A year the demo data leaves alone, so each case's change to the figures is its own. */
    static final AcademicYear YEAR = AcademicYear.parse("2019-20");

    private static final AtomicInteger GROUP = new AtomicInteger(990_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Engagement engagement;

    @Autowired
    Hubs hubs;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    EnrolmentFigures figures;

    /**
     * Each row: the enrolments of one school in the year (their statuses), whether they were made at a
     * closed predecessor of the school, and how many engaged schools they add in England and the hub.
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a completed work group counts", List.of("COMPLETED"), false, 1),
                Arguments.of("withdrawn does not", List.of("WITHDRAWN"), false, 0),
                Arguments.of("signed up but not completed does not", List.of("NOT_COMPLETED"), false, 0),
                Arguments.of("taking part but not yet completed does not", List.of("ACCEPTED"), false, 0),
                Arguments.of(
                        "applied, declined or waiting does not",
                        List.of("APPLIED", "DECLINED", "WAITLISTED"),
                        false,
                        0),
                Arguments.of("two completed count once", List.of("COMPLETED", "COMPLETED"), false, 1),
                Arguments.of("withdrawn from one, completed another", List.of("WITHDRAWN", "COMPLETED"), false, 1),
                Arguments.of("a predecessor's completion counts for its successor", List.of("COMPLETED"), true, 1),
                Arguments.of("a predecessor's withdrawal does not", List.of("WITHDRAWN"), true, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void onlyCompletedEnrolmentsMakeASchoolEngaged(String rule, List<String> statuses, boolean predecessor, int added) {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        Engagement.Figures before = engagement.of(YEAR, hubs.getBySlug("demo-maths-hub"));
        int school = freshSchool(demo);
        int enrolled = predecessor ? Predecessors.closedPredecessorOf(jdbc, school, 9_000_000) : school;
        for (String status : statuses) {
            jdbc.update(
                    "insert into enrolment (hub_id, work_group_id, academic_year, school_urn, status, eligible,"
                            + " reason_code, reason, applied_at, applied_by, late_withdrawal)"
                            + " values (?, ?, ?, ?, ?, true, 'TEST', 'A case of the counting rule', current_timestamp,"
                            + " 'head@test.test', false)",
                    demo,
                    GROUP.incrementAndGet(),
                    YEAR.startYear(),
                    enrolled,
                    status);
        }
        // What the rows written above stand for: enrolments moved to their status, each audited.
        events.publishEvent(Audited.of("enrolment.completed", demo, "A school", "A work group"));

        Engagement.Figures after = engagement.of(YEAR, hubs.getBySlug("demo-maths-hub"));
        Engagement.YearRow inHistory = engagement
                .history(YEAR.next(), hubs.getBySlug("demo-maths-hub"))
                .get(Engagement.YEARS - 2);

        assertThat(after.england().engaged() - before.england().engaged())
                .as(rule)
                .isEqualTo(added);
        assertThat(after.hubTotal().engaged() - before.hubTotal().engaged())
                .as(rule + ", in the hub")
                .isEqualTo(added);
        assertThat(after.england().schools())
                .as("a closed school is never in scope")
                .isEqualTo(before.england().schools());
        assertThat(inHistory.year()).isEqualTo(YEAR);
        assertThat(inHistory.england())
                .as("the year-on-year table counts the same")
                .isEqualTo(after.england());
        assertThat(inHistory.hub()).isEqualTo(after.hubTotal());
    }

    @Test
    void aYearsCompletionsAreKeptUntilAnEnrolmentChanges() {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        int school = freshSchool(demo);
        assertThat(figures.completedSchools(YEAR)).doesNotContain(school);
        jdbc.update(
                "insert into enrolment (hub_id, work_group_id, academic_year, school_urn, status, eligible,"
                        + " reason_code, reason, applied_at, applied_by, late_withdrawal)"
                        + " values (?, ?, ?, ?, 'COMPLETED', true, 'TEST', 'Kept completions', current_timestamp,"
                        + " 'head@test.test', false)",
                demo,
                GROUP.incrementAndGet(),
                YEAR.startYear(),
                school);
        assertThat(figures.completedSchools(YEAR))
                .as("kept: read again only after a change")
                .doesNotContain(school);
        events.publishEvent(Audited.of("delivery.register-taken", demo, "A session"));
        assertThat(figures.completedSchools(YEAR))
                .as("another module's change leaves them")
                .doesNotContain(school);
        events.publishEvent(Audited.of("enrolment.completed", demo, "A school", "A work group"));
        assertThat(figures.completedSchools(YEAR)).contains(school);
    }

    @Test
    void eachHubSeesItsOwnBesideEnglandAndNeverAnothers() throws Exception {
        Document own =
                Jsoup.parse(mvc.perform(get("/insights?year=" + YEAR.slug()).with(signedIn.as(SignedIn.HUB_LEAD)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(own.select(".govuk-caption-l").text()).isEqualTo("Demo Maths Hub");
        assertThat(own.select("#phase ~ div table thead").first().text()).contains("Demo Maths Hub", "England");

        String other = "/insights?hub=northfield-maths-hub";
        mvc.perform(get(other).with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/insights/engagement?hub=northfield-maths-hub").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/insights/engagement?year=" + YEAR.slug()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hub.slug").value("northfield-maths-hub"))
                .andExpect(jsonPath("$.breakdowns[0].key").value("phase"));
        for (String outsider : List.of(SignedIn.LLME, SignedIn.WGL, SignedIn.SCHOOL)) {
            mvc.perform(get("/insights").with(signedIn.as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/insights/engagement").with(signedIn.as(outsider)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(other).with(signedIn.as(SignedIn.NATIONAL))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/insights/engagement").with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hub").doesNotExist());
    }

    @Test
    void everyFigureAgreesWithTheListItLinksTo() throws Exception {
        AcademicYear lastYear =
                AcademicYear.containing(java.time.LocalDate.now()).previous();
        Engagement.Figures figures = engagement.of(lastYear, hubs.getBySlug("demo-maths-hub"));
        assertThat(figures.hubTotal().engaged())
                .as("the demo hub completed work groups last year")
                .isPositive();
        java.util.Random random = new java.util.Random(20_261_202);
        for (Engagement.Breakdown b : figures.breakdowns()) {
            Engagement.Row row = b.rows().get(random.nextInt(b.rows().size()));
            String what = b.key() + " " + row.group();
            List<String> hubs = csv(SignedIn.HUB_LEAD, lastYear, b.key(), row.group(), null);
            assertThat(hubs).as(what + ": the hub's schools").hasSize((int)
                    row.hub().schools());
            assertThat(hubs.stream().filter(l -> l.endsWith(",Yes")))
                    .as(what + ": the hub's engaged")
                    .hasSize((int) row.hub().engaged());
            assertThat(csv(SignedIn.NATIONAL, lastYear, b.key(), row.group(), true))
                    .as(what + ": England's engaged")
                    .hasSize((int) row.england().engaged());
        }
        Document page =
                Jsoup.parse(mvc.perform(get("/insights?year=" + lastYear.slug()).with(signedIn.as(SignedIn.HUB_LEAD)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("#phase ~ div table tbody tr")
                        .first()
                        .select("a")
                        .eachAttr("href"))
                .as("the hub's counts link to their lists; England's, naming every hub's schools, do not")
                .hasSize(2)
                .allMatch(href -> href.contains("hub=demo-maths-hub"));
        mvc.perform(get("/insights/schools?by=nonsense").with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aHubsFiguresByPhaseAgreeWithItsBreakdown() {
        AcademicYear lastYear =
                AcademicYear.containing(java.time.LocalDate.now()).previous();
        var demo = hubs.getBySlug("demo-maths-hub");
        Engagement.Figures full = engagement.of(lastYear, demo);
        List<String> phases = List.of("Primary", "Secondary", "16 plus", "No such phase");
        Engagement.HubPhases lean = engagement.ofHub(lastYear, demo.id(), phases);
        assertThat(lean.total()).isEqualTo(full.hubTotal());
        assertThat(lean.total().engaged())
                .as("the demo hub has engaged schools last year")
                .isPositive();
        Engagement.Breakdown byPhase = full.breakdowns().stream()
                .filter(b -> b.key().equals("phase"))
                .findFirst()
                .orElseThrow();
        for (int i = 0; i < phases.size(); i++) {
            String phase = phases.get(i);
            assertThat(lean.phases().get(i))
                    .as(phase)
                    .isEqualTo(byPhase.rows().stream()
                            .filter(r -> r.group().equals(phase))
                            .map(Engagement.Row::hub)
                            .findFirst()
                            .orElse(new Engagement.Cell(0, 0)));
        }
    }

    @Test
    void eachBreakdownYearOnYearAgreesWithEachYearsOwnFigures() throws Exception {
        AcademicYear lastYear =
                AcademicYear.containing(java.time.LocalDate.now()).previous();
        var demo = hubs.getBySlug("demo-maths-hub");
        java.util.Random random = new java.util.Random(20_261_203);
        for (String by : Engagement.breakdowns()) {
            Engagement.BreakdownYears history = engagement.historyBy(lastYear, demo, by);
            assertThat(history.years()).hasSize(Engagement.YEARS).last().isEqualTo(lastYear);
            int y = random.nextInt(history.years().size());
            Engagement.GroupYears group =
                    history.groups().get(random.nextInt(history.groups().size()));
            Engagement.Row ofYear = engagement.of(history.years().get(y), demo).breakdowns().stream()
                    .filter(b -> b.key().equals(by))
                    .flatMap(b -> b.rows().stream())
                    .filter(r -> r.group().equals(group.group()))
                    .findFirst()
                    .orElseThrow();
            assertThat(group.england().get(y)).as(by + " " + group.group()).isEqualTo(ofYear.england());
            assertThat(group.hub().get(y))
                    .as(by + " " + group.group() + ", the hub")
                    .isEqualTo(ofYear.hub());
        }
        mvc.perform(get("/insights/years?by=phase").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk());
        mvc.perform(get("/insights/years?by=phase&hub=northfield-maths-hub").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/insights/years?by=nonsense").with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/insights/years?by=phase").with(signedIn.as(SignedIn.LLME)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theNationalAdminSeesEveryHubSideBySideWithEnglandsTotals() throws Exception {
        AcademicYear lastYear =
                AcademicYear.containing(java.time.LocalDate.now()).previous();
        String path = "/insights/hubs?year=" + lastYear.slug() + "&sort=all";
        Document page = Jsoup.parse(mvc.perform(get(path).with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        String engagedLink = page.select("tbody tr:has(th a:contains(Demo Maths Hub)) td a")
                .first()
                .attr("href");
        assertThat(Jsoup.parse(mvc.perform(get(engagedLink).with(signedIn.as(SignedIn.NATIONAL)))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("h1")
                        .text())
                .as("a hub's engaged count opens its engaged schools")
                .startsWith("Engaged schools");
        page.select(".govuk-visually-hidden").remove();
        Engagement.Figures demo = engagement.of(lastYear, hubs.getBySlug("demo-maths-hub"));
        assertThat(page.select("tbody tr:has(a:contains(Demo Maths Hub)) td")
                        .first()
                        .text())
                .endsWith("(" + demo.hubTotal().engaged() + " of "
                        + demo.hubTotal().schools() + ")");
        assertThat(page.select("tbody th").eachText()).contains("Demo Maths Hub", "Northfield Maths Hub");
        assertThat(page.select("tfoot td").first().text())
                .endsWith(String.format(
                        "(%,d of %,d)", demo.england().engaged(), demo.england().schools()));
        assertThat(page.select("thead th[aria-sort=descending]").text()).isEqualTo("All schools");
        long[] ended = jdbc.queryForObject(
                "select sum(case when e.status = 'COMPLETED' then 1 else 0 end), count(*) from enrolment e"
                        + " join hub h on h.id = e.hub_id where h.slug = 'demo-maths-hub' and e.academic_year = ?"
                        + " and e.status in ('COMPLETED', 'NOT_COMPLETED')",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                lastYear.startYear());
        assertThat(ended[1]).as("the demo hub's work groups ended last year").isPositive();
        assertThat(page.select("tbody tr:has(a:contains(Demo Maths Hub)) td").eachText())
                .as("engagement (all, primary, secondary, other), completion, pathway, reports")
                .hasSize(7)
                .element(4)
                .asString()
                .endsWith("(" + ended[0] + " of " + ended[1] + ")");
        Document byReports = Jsoup.parse(mvc.perform(get("/insights/hubs?sort=reports&year=" + lastYear.slug())
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(byReports.select("thead th[aria-sort=descending]").text()).isEqualTo("Termly reports in");
        mvc.perform(get(path).with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isForbidden());
        mvc.perform(get("/insights/hubs").with(signedIn.as(SignedIn.NATIONAL))).andExpect(status().isOk());
    }

    @Test
    void theEngagementReturnHasTheYearsAndASheetPerBreakdown() throws Exception {
        AcademicYear lastYear =
                AcademicYear.containing(java.time.LocalDate.now()).previous();
        byte[] xlsx = mvc.perform(
                        get("/insights/engagement.xlsx?year=" + lastYear.slug()).with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        // A workbook written as a stream records its files' sizes after them: read it as a file.
        java.util.Map<String, String> files = new java.util.HashMap<>();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("engagement", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    files.put(
                            entry.getName(),
                            new String(
                                    zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(files.get("xl/workbook.xml"))
                .contains(
                        "Years",
                        "Phase",
                        "Region",
                        "Local authority",
                        "Type of school",
                        "Trust",
                        "Ofsted rating",
                        "FSM quintile",
                        "Primary stages",
                        "Primary cohorts",
                        "Secondary stages",
                        "Secondary cohorts");
        assertThat(files.get("xl/sharedStrings.xml"))
                .contains("Demo Maths Hub engaged", "England schools", lastYear.toString());
        mvc.perform(get("/insights/engagement.xlsx?hub=northfield-maths-hub").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyTableDownloadsAsCsvWithTheNumbersShown() throws Exception {
        AcademicYear lastYear =
                AcademicYear.containing(java.time.LocalDate.now()).previous();
        Engagement.Figures figures = engagement.of(lastYear, hubs.getBySlug("demo-maths-hub"));
        Engagement.Row primary = figures.breakdowns().get(0).rows().stream()
                .filter(r -> r.group().equals("Primary"))
                .findFirst()
                .orElseThrow();
        assertThat(download("/insights/engagement.csv?table=phase&year=" + lastYear.slug(), SignedIn.HUB_LEAD))
                .contains("Primary," + primary.hub().engaged() + ","
                        + primary.hub().schools() + ",");
        assertThat(download("/insights/engagement.csv?table=years&year=" + lastYear.slug(), SignedIn.HUB_LEAD)
                        .lines())
                .hasSize(Engagement.YEARS + 1);
        assertThat(download("/insights/years.csv?by=phase&year=" + lastYear.slug(), SignedIn.HUB_LEAD))
                .contains("Primary,Demo Maths Hub,", "Primary,England,");
        assertThat(download("/insights/pathway.csv?table=primary-stages", SignedIn.HUB_LEAD))
                .contains("No stage completed yet");
        assertThat(download("/insights/hubs.csv?year=" + lastYear.slug(), SignedIn.NATIONAL))
                .contains("Demo Maths Hub,", "England,");
        mvc.perform(get("/insights/engagement.csv?table=nonsense").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isNotFound());
        for (String path : List.of(
                "/insights/engagement.csv?table=phase&hub=northfield-maths-hub",
                "/insights/years.xlsx?by=phase&hub=northfield-maths-hub",
                "/insights/pathway.xlsx?hub=northfield-maths-hub")) {
            mvc.perform(get(path).with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/insights/hubs.xlsx").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/insights/hubs.xlsx").with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isOk());
    }

    private String download(String path, String user) throws Exception {
        return mvc.perform(get(path).with(signedIn.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The rows of a list's CSV download, without its header. */
    private List<String> csv(String user, AcademicYear year, String by, String group, Boolean engaged)
            throws Exception {
        var request = get("/insights/schools.csv")
                .param("year", year.slug())
                .param("by", by)
                .param("group", group)
                .with(signedIn.as(user));
        if (engaged != null) {
            request.param("engaged", engaged.toString());
        }
        String body = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return body.lines().skip(1).toList();
    }

    /** An open academy of the hub's area with no enrolment in the year and no GIAS links. */
    private int freshSchool(long hubId) {
        return jdbc.queryForObject(
                "select s.urn from school s join hub_area a on a.la_code = s.la_code where a.hub_id = ?"
                        + " and s.status = 'Open' and s.type_group = 'Academies'"
                        + " and s.urn not in (select school_urn from enrolment where academic_year = ?)"
                        + " and s.urn not in (select link_urn from school_link)"
                        + " and s.urn not in (select urn from school_link)"
                        + " and s.urn not in (select urn from school_hub_choice)"
                        + " order by s.urn fetch first 1 rows only",
                Integer.class,
                hubId,
                YEAR.startYear());
    }
}
