package org.hubcycle.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.insights.internal.OfferReach;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.SystemWork;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reach of the offer agrees with the enrolment records it sums, a project is the sum of its work
 * groups, capacity counts the active specialists; and each hub sees its own offer, never another's.
 */
@IntegrationTest
class ReachTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OfferReach reach;

    @Autowired
    Hubs hubs;

    /** Figures are read here outside a request: as the system, which sees every hub, as the national admin does. */
    @Autowired
    SystemWork system;

    @Test
    void eachWorkGroupsReachIsCountedFromItsEnrolments() {
        AcademicYear lastYear = AcademicYear.containing(LocalDate.now()).previous();
        HubSummary demo = hubs.getBySlug("demo-maths-hub");
        OfferReach.Figures figures = system.inTransaction(() -> reach.of(lastYear, demo));
        assertThat(figures.groups())
                .as("the demo hub ran work groups last year")
                .isNotEmpty();
        for (OfferReach.GroupLine g : figures.groups()) {
            long id = g.group().id();
            assertThat(g.reach().recruited())
                    .as(g.group().name() + ": recruited")
                    .isEqualTo(count("status in ('ACCEPTED', 'COMPLETED', 'NOT_COMPLETED')", id));
            assertThat(g.reach().completed()).isEqualTo(count("status = 'COMPLETED'", id));
            assertThat(g.reach().withdrawn()).isEqualTo(count("status = 'WITHDRAWN'", id));
            assertThat(g.reach().participants())
                    .isEqualTo(jdbc.queryForObject(
                            "select count(*) from participant p join enrolment e on e.id = p.enrolment_id"
                                    + " where e.work_group_id = ? and e.status in ('ACCEPTED', 'COMPLETED', 'NOT_COMPLETED')",
                            Long.class,
                            id));
            assertThat(g.emptyPlaces())
                    .isEqualTo(
                            Math.max(0, g.group().capacitySchools() - g.reach().recruited()));
        }
        assertThat(figures.groups().stream()
                        .mapToLong(g -> g.reach().completed())
                        .sum())
                .as("the demo hub completed work groups last year")
                .isPositive();
        for (OfferReach.ProjectLine p : figures.projects()) {
            List<OfferReach.GroupLine> of = figures.groups().stream()
                    .filter(g -> g.group().projectCode().equals(p.code()))
                    .toList();
            assertThat(p.groups()).isEqualTo(of.size());
            assertThat(p.reach().recruited())
                    .isEqualTo(of.stream().mapToLong(g -> g.reach().recruited()).sum());
            assertThat(p.places())
                    .isEqualTo(of.stream()
                            .mapToLong(g -> g.group().capacitySchools())
                            .sum());
        }
        List<OfferReach.YearLine> history = system.inTransaction(() -> reach.history(lastYear, demo));
        assertThat(history).hasSize(10);
        OfferReach.YearLine last = history.get(9);
        assertThat(last.year()).isEqualTo(lastYear);
        assertThat(last.groups()).isEqualTo(figures.groups().size());
        assertThat(last.places())
                .isEqualTo(figures.projects().stream()
                        .mapToLong(OfferReach.ProjectLine::places)
                        .sum());
        assertThat(last.reach().recruited())
                .as("the year on year's last year is the year's own total")
                .isEqualTo(figures.projects().stream()
                        .mapToLong(p -> p.reach().recruited())
                        .sum());
        assertThat(last.reach().withdrawn())
                .isEqualTo(figures.projects().stream()
                        .mapToLong(p -> p.reach().withdrawn())
                        .sum());
        long specialists = jdbc.queryForObject(
                "select count(distinct llme_id) from llme_role where hub_id = ? and role = 'PRIMARY_MASTERY_SPECIALIST'"
                        + " and status = 'ACTIVE' and from_year <= ? and (to_year is null or to_year >= ?)",
                Long.class,
                demo.id(),
                lastYear.startYear(),
                lastYear.startYear());
        assertThat(figures.hubCapacity().get(0).specialists()).isEqualTo(specialists);
        assertThat(figures.englandCapacity().get(0).specialists()).isGreaterThanOrEqualTo(specialists);
    }

    @Test
    void eachHubSeesItsOwnOfferAndEnglandIsTheNationalAdmins() throws Exception {
        String page = mvc.perform(get("/insights/reach").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        followCountsToTheirLists(page, SignedIn.HUB_LEAD);
        followCountsToTheirLists(
                mvc.perform(get("/insights/reach").with(signedIn.as(SignedIn.NATIONAL)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                SignedIn.NATIONAL);
        followCountsToTheirLists(
                mvc.perform(get("/insights/hubs").with(signedIn.as(SignedIn.NATIONAL)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                SignedIn.NATIONAL);
        assertThat(mvc.perform(get("/insights/reach?hub=demo-maths-hub").with(signedIn.as(SignedIn.NATIONAL)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the national admin cannot open a hub's applications, so is not sent there")
                .doesNotContain("/enrolment/work-groups/");
        String csv = mvc.perform(get("/insights/reach.csv").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow())
                .endsWith(
                        "Work group,Project,Places,Schools recruited,Completed,Withdrawn,Places left empty,Participants");
        for (String path : List.of(
                "/insights/reach?hub=northfield-maths-hub",
                "/insights/reach.csv?hub=northfield-maths-hub",
                "/insights/reach.xlsx?hub=northfield-maths-hub")) {
            mvc.perform(get(path).with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(signedIn.as(SignedIn.NATIONAL))).andExpect(status().isOk());
        }
        for (String outsider : List.of(SignedIn.LLME, SignedIn.WGL, SignedIn.SCHOOL)) {
            mvc.perform(get("/insights/reach").with(signedIn.as(outsider))).andExpect(status().isForbidden());
        }
        AcademicYear lastYear = AcademicYear.containing(LocalDate.now()).previous();
        OfferReach.Figures england = system.inTransaction(() -> reach.of(lastYear, null));
        assertThat(england.groups())
                .as("England lists projects, not 1,200 work groups")
                .isEmpty();
        assertThat(england.projects().stream()
                        .mapToLong(p -> p.reach().recruited())
                        .sum())
                .isGreaterThanOrEqualTo(
                        system
                                .inTransaction(() -> reach.of(lastYear, hubs.getBySlug("demo-maths-hub")))
                                .projects()
                                .stream()
                                .mapToLong(p -> p.reach().recruited())
                                .sum());
    }

    /** Counts linked to enrolment lists, picked at random, each opening a list of exactly that many. */
    private void followCountsToTheirLists(String html, String user) throws Exception {
        java.util.List<org.jsoup.nodes.Element> links =
                org.jsoup.Jsoup.parse(html).select("a[href^=/insights/reach/schools?]");
        assertThat(links).as("counts linked to their enrolments").isNotEmpty();
        java.util.Random random = new java.util.Random(20_261_205);
        for (int i = 0; i < 6; i++) {
            org.jsoup.nodes.Element link = links.get(random.nextInt(links.size()));
            long shown = Long.parseLong(link.selectFirst("span").text().replace(",", ""));
            String csv = link.attr("href").replaceFirst("/schools\\?", "/schools.csv?");
            assertThat(mvc.perform(get(java.net.URI.create(csv)).with(signedIn.as(user)))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString()
                            .lines()
                            .skip(1)
                            .count())
                    .as(link.attr("href"))
                    .isEqualTo(shown);
        }
        mvc.perform(get("/insights/reach/schools?what=COMPLETED&hub=northfield-maths-hub")
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isNotFound());
    }

    private long count(String condition, long workGroupId) {
        return jdbc.queryForObject(
                "select count(*) from enrolment where work_group_id = ? and " + condition, Long.class, workGroupId);
    }
}
