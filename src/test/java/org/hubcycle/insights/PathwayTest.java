package org.hubcycle.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolFacts.Fact;
import org.hubcycle.insights.internal.PathwayFigures;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Teaching for Mastery pathway figures: a school's stage is the furthest it completed by the end of
 * the year (taking part or not completing does not count), moving on is reaching a further stage in the
 * year, a cohort follows the schools that did Development; a closed school's stages pass to its
 * successor. Each figure agrees with its list, and each hub sees its own beside England's.
 */
@IntegrationTest
class PathwayTest {

    /** A year the demo data leaves alone. */
    static final AcademicYear YEAR = AcademicYear.parse("2018-19");

    private static final AtomicInteger GROUP = new AtomicInteger(980_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PathwayFigures pathway;

    @Autowired
    Hubs hubs;

    /** A stage a school took part in: its family's stage, the year (relative to YEAR) and how it ended. */
    record Took(String stage, int year, String status) {}

    /**
     * Each row: one primary school's pathway history, whether it was made at a closed predecessor, and
     * the figures it must count in for YEAR (and those it must not).
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no history: no stage yet", List.of(), false, Set.of("stage-none"), Set.of("moved")),
                Arguments.of(
                        "Development completed this year: moved on to it",
                        List.of(new Took("Development", 0, "COMPLETED")),
                        false,
                        Set.of("stage-1", "moved-1", "moved", "cohort-2018-19"),
                        Set.of("stage-none")),
                Arguments.of(
                        "Development completed last year: there, not moving",
                        List.of(new Took("Development", -1, "COMPLETED")),
                        false,
                        Set.of("stage-1", "cohort-2017-18"),
                        Set.of("moved", "next-2017-18")),
                Arguments.of(
                        "not completed does not reach the stage",
                        List.of(new Took("Development", 0, "NOT_COMPLETED")),
                        false,
                        Set.of("stage-none"),
                        Set.of("moved", "cohort-2018-19")),
                Arguments.of(
                        "taking part, or withdrawn, does not",
                        List.of(new Took("Readiness", 0, "ACCEPTED"), new Took("Development", 0, "WITHDRAWN")),
                        false,
                        Set.of("stage-none"),
                        Set.of("moved")),
                Arguments.of(
                        "a later year does not count yet",
                        List.of(new Took("Development", 1, "COMPLETED")),
                        false,
                        Set.of("stage-none"),
                        Set.of("moved")),
                Arguments.of(
                        "Development then Embedding the next year: the cohort went on",
                        List.of(new Took("Development", -1, "COMPLETED"), new Took("Embedding", 0, "COMPLETED")),
                        false,
                        Set.of("stage-2", "moved-2", "cohort-2017-18", "next-2017-18", "later-2017-18"),
                        Set.of("stage-1")),
                Arguments.of(
                        "Embedding two years after Development: later, not next",
                        List.of(new Took("Development", -2, "COMPLETED"), new Took("Embedding", 0, "COMPLETED")),
                        false,
                        Set.of("stage-2", "cohort-2016-17", "later-2016-17"),
                        Set.of("next-2016-17")),
                Arguments.of(
                        "Sustaining again does not move on",
                        List.of(
                                new Took("Development", -3, "COMPLETED"),
                                new Took("Embedding", -2, "COMPLETED"),
                                new Took("Sustaining", -1, "COMPLETED"),
                                new Took("Sustaining", 0, "COMPLETED")),
                        false,
                        Set.of("stage-3"),
                        Set.of("moved")),
                Arguments.of(
                        "a predecessor's stages pass to its successor",
                        List.of(new Took("Development", -1, "COMPLETED"), new Took("Embedding", 0, "COMPLETED")),
                        true,
                        Set.of("stage-2", "moved-2", "next-2017-18"),
                        Set.of("stage-none")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aSchoolsStageIsTheFurthestItCompleted(
            String rule, List<Took> history, boolean predecessor, Set<String> in, Set<String> notIn) {
        HubSummary demo = hubs.getBySlug("demo-maths-hub");
        int school = freshPrimarySchool(demo.id());
        int enrolled = predecessor ? Predecessors.closedPredecessorOf(jdbc, school, 8_000_000) : school;
        for (Took took : history) {
            jdbc.update(
                    "insert into enrolment (hub_id, work_group_id, academic_year, project_family, school_urn, status,"
                            + " eligible, reason_code, reason, applied_at, applied_by, late_withdrawal)"
                            + " values (?, ?, ?, ?, ?, ?, true, 'TEST', 'A case of the pathway', current_timestamp,"
                            + " 'head@test.test', false)",
                    demo.id(),
                    GROUP.incrementAndGet(),
                    YEAR.startYear() + took.year(),
                    "Primary TfM " + took.stage(),
                    enrolled,
                    took.status());
        }
        PathwayFigures.Figures after = pathway.of(YEAR, demo);

        for (String key : in) {
            assertThat(pathway.schools(YEAR, demo, "primary", key))
                    .as(rule + ": in " + key)
                    .extracting(Fact::urn)
                    .contains(school);
            assertThat(count(after, key))
                    .as(rule + ": the figure " + key + " counts its list")
                    .isEqualTo(pathway.schools(YEAR, null, "primary", key).size());
        }
        for (String key : notIn) {
            assertThat(pathway.schools(YEAR, demo, "primary", key))
                    .as(rule + ": not in " + key)
                    .extracting(Fact::urn)
                    .doesNotContain(school);
        }
        assertThat(primary(after).stages().stream()
                        .mapToLong(s -> s.hub().count())
                        .sum())
                .as("every school of the hub is at exactly one stage")
                .isEqualTo(primary(after).stages().get(0).hub().of());
    }

    @Test
    void everyFigureAgreesWithTheListItLinksTo() throws Exception {
        AcademicYear lastYear = AcademicYear.containing(LocalDate.now()).previous();
        PathwayFigures.Figures figures = pathway.of(lastYear, hubs.getBySlug("demo-maths-hub"));
        Random random = new Random(20_261_202);
        for (PathwayFigures.PathwayRow p : figures.pathways()) {
            PathwayFigures.StageRow stage =
                    p.stages().get(random.nextInt(p.stages().size()));
            assertThat(csv(SignedIn.HUB_LEAD, lastYear, p.key(), stage.key()))
                    .as(p.key() + " " + stage.key() + ": the hub's schools")
                    .hasSize((int) stage.hub().count());
            assertThat(csv(SignedIn.NATIONAL, lastYear, p.key(), stage.key()))
                    .as(p.key() + " " + stage.key() + ": England's schools")
                    .hasSize((int) stage.england().count());
            PathwayFigures.CohortRow cohort =
                    p.cohorts().get(random.nextInt(p.cohorts().size() - 1));
            assertThat(csv(
                            SignedIn.HUB_LEAD,
                            lastYear,
                            p.key(),
                            "later-" + cohort.year().slug()))
                    .as(p.key() + " cohort " + cohort.year())
                    .hasSize((int) cohort.hubLater().count());
            assertThat(csv(
                            SignedIn.NATIONAL,
                            lastYear,
                            p.key(),
                            "next-" + cohort.year().slug()))
                    .hasSize((int) cohort.englandNext().count());
        }
        for (PathwayFigures.PathwayRow p : figures.pathways()) {
            assertThat(p.years()).hasSize(10);
            assertThat(p.years().get(9).england())
                    .as("the year on year's last year is the year's own figure")
                    .isEqualTo(p.englandMoved());
            assertThat(p.years().get(9).englandStages())
                    .isEqualTo(p.stages().stream()
                            .map(PathwayFigures.StageRow::england)
                            .toList());
            PathwayFigures.YearRow earlier = p.years().get(random.nextInt(9));
            PathwayFigures.PathwayRow then =
                    pathway.of(earlier.year(), hubs.getBySlug("demo-maths-hub")).pathways().stream()
                            .filter(x -> x.key().equals(p.key()))
                            .findFirst()
                            .orElseThrow();
            assertThat(earlier.hub())
                    .as(p.key() + " moved on in " + earlier.year() + ", as that year's page counts it")
                    .isEqualTo(then.hubMoved());
            assertThat(earlier.hubStages())
                    .as(p.key() + " stages at the end of " + earlier.year())
                    .isEqualTo(then.stages().stream()
                            .map(PathwayFigures.StageRow::hub)
                            .toList());
        }
        assertThat(primary(figures).englandMoved().count())
                .as("the demo data moves schools along the primary pathway last year")
                .isPositive();
        mvc.perform(get("/insights/pathway/schools?pathway=primary&key=nonsense")
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/insights/pathway/schools?pathway=tertiary").with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isNotFound());
    }

    @Test
    void eachHubSeesItsOwnPathwayBesideEnglandsAndACharts() throws Exception {
        Document own = Jsoup.parse(mvc.perform(get("/insights/pathway").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(own.select(".govuk-caption-l").text()).isEqualTo("Demo Maths Hub");
        assertThat(own.select("figure svg[role=img] title").eachText())
                .as("a chart per pathway, named")
                .hasSize(2)
                .allMatch(t -> t.contains("share of schools at each stage"));
        assertThat(own.select("#primary ~ div table tbody a").eachAttr("href"))
                .as("England's lists name every hub's schools: only the hub's are links")
                .isNotEmpty()
                .allMatch(href -> href.contains("hub=demo-maths-hub"));

        for (String path : List.of(
                "/insights/pathway?hub=northfield-maths-hub",
                "/insights/pathway/schools?pathway=primary&hub=northfield-maths-hub",
                "/insights/pathway/schools.csv?pathway=primary&hub=northfield-maths-hub",
                "/api/v1/insights/pathway?hub=northfield-maths-hub")) {
            mvc.perform(get(path).with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(signedIn.as(SignedIn.NATIONAL))).andExpect(status().isOk());
        }
        for (String outsider : List.of(SignedIn.LLME, SignedIn.WGL, SignedIn.SCHOOL)) {
            mvc.perform(get("/insights/pathway").with(signedIn.as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/insights/pathway").with(signedIn.as(outsider)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/insights/pathway").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hub.slug").value("northfield-maths-hub"))
                .andExpect(jsonPath("$.pathways[0].key").value("primary"))
                .andExpect(jsonPath("$.pathways[0].stages[1].stage").value("Readiness"));
    }

    /**
     * Any count on the insights pages that is a link opens a list of exactly that many schools: checked
     * for counts picked at random from the engagement, year-on-year and pathway pages, by their CSV.
     */
    @Test
    void everyLinkedCountOpensAListOfThatMany() throws Exception {
        Random random = new Random(20_261_204);
        for (String path : List.of("/insights", "/insights/years?by=phase", "/insights/pathway")) {
            Document page = Jsoup.parse(mvc.perform(get(path).with(signedIn.as(SignedIn.HUB_LEAD)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            List<org.jsoup.nodes.Element> links =
                    page.select("a[href^=/insights/schools?], a[href^=/insights/pathway/schools?]");
            assertThat(links).as(path + " has linked counts").hasSizeGreaterThan(10);
            for (int i = 0; i < 8; i++) {
                org.jsoup.nodes.Element link = links.get(random.nextInt(links.size()));
                // The count is the link's text, or (a year's share on the year-on-year page) in its words.
                String text = link.selectFirst("span").text();
                java.util.regex.Matcher counted =
                        java.util.regex.Pattern.compile(": ([0-9,]+) of").matcher(link.text());
                long shown = Long.parseLong(
                        (text.endsWith("%") && counted.find() ? counted.group(1) : text).replace(",", ""));
                String csv = link.attr("href").replaceFirst("/schools\\?", "/schools.csv?");
                assertThat(mvc.perform(get(java.net.URI.create(csv)).with(signedIn.as(SignedIn.HUB_LEAD)))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString()
                                .lines()
                                .skip(1)
                                .count())
                        .as(path + ": " + link.attr("href"))
                        .isEqualTo(shown);
            }
        }
    }

    private static PathwayFigures.PathwayRow primary(PathwayFigures.Figures figures) {
        return figures.pathways().get(0);
    }

    /** The England count of a primary pathway figure, found by its key. */
    private static long count(PathwayFigures.Figures figures, String key) {
        PathwayFigures.PathwayRow p = primary(figures);
        if (key.equals("moved")) {
            return p.englandMoved().count();
        }
        for (PathwayFigures.StageRow s : p.stages()) {
            if (key.equals(s.key())) {
                return s.england().count();
            }
            if (key.equals(s.movedKey())) {
                return s.movedEngland().count();
            }
        }
        for (PathwayFigures.CohortRow c : p.cohorts()) {
            if (key.equals("cohort-" + c.year().slug())) {
                return c.england().count();
            }
            if (key.equals("next-" + c.year().slug())) {
                return c.englandNext().count();
            }
            if (key.equals("later-" + c.year().slug())) {
                return c.englandLater().count();
            }
        }
        throw new AssertionError("no figure " + key);
    }

    /** The rows of a list's CSV download, without its header. */
    private List<String> csv(String user, AcademicYear year, String pathway, String key) throws Exception {
        return mvc.perform(get("/insights/pathway/schools.csv")
                        .param("year", year.slug())
                        .param("pathway", pathway)
                        .param("key", key)
                        .with(signedIn.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .lines()
                .skip(1)
                .toList();
    }

    /** An open primary academy of the hub's area with no enrolment and no GIAS links. */
    private int freshPrimarySchool(long hubId) {
        return jdbc.queryForObject(
                "select s.urn from school s join hub_area a on a.la_code = s.la_code where a.hub_id = ?"
                        + " and s.status = 'Open' and s.type_group = 'Academies' and s.phase = 'Primary'"
                        + " and s.urn not in (select school_urn from enrolment)"
                        + " and s.urn not in (select link_urn from school_link)"
                        + " and s.urn not in (select urn from school_link)"
                        + " and s.urn not in (select urn from school_hub_choice)"
                        + " order by s.urn fetch first 1 rows only",
                Integer.class,
                hubId);
    }
}
