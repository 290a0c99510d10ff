package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The hub lead's home page is a task list for the cycle: each thing waiting counted from the records
 * of the hub's own modules, linked to where it is done, overdue ones marked, counted again when the
 * hub's records change; another hub's list never moves with this hub's records, and people outside a
 * hub's team see no list.
 */
@IntegrationTest
class HomeTasksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Hubs hubs;

    @Autowired
    ApplicationEventPublisher events;

    private long otherHub() {
        return hubs.getBySlug("northfield-maths-hub").id();
    }

    @Test
    void theHubLeadsHomeCountsWhatIsWaitingAndLinksToIt() throws Exception {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        LocalDate today = LocalDate.now();
        AcademicYear year = AcademicYear.containing(today);
        Map<String, Task> before = tasks(SignedIn.HUB_LEAD);
        Map<String, Task> otherBefore = tasks(SignedIn.HUB_LEAD_2);
        long group = jdbc.queryForObject(
                "select min(work_group_id) from enrolment where hub_id = ? and academic_year = ?"
                        + " and status in ('ACCEPTED', 'COMPLETED', 'NOT_COMPLETED')",
                Long.class,
                demo,
                year.startYear());
        int school = jdbc.queryForObject(
                "select min(s.urn) from school s join hub_area a on a.la_code = s.la_code where a.hub_id = ?"
                        + " and s.urn not in (select school_urn from enrolment where work_group_id = ?)",
                Integer.class,
                demo,
                group);
        jdbc.update(
                "insert into enrolment (hub_id, work_group_id, academic_year, school_urn, status, eligible, reason_code,"
                        + " reason, applied_at, applied_by, late_withdrawal) values (?, ?, ?, ?, 'APPLIED', true, 'TEST',"
                        + " 'Waiting three weeks', ?, 'head@test.test', false)",
                demo,
                group,
                year.startYear(),
                school,
                Timestamp.from(Instant.now().minus(21, ChronoUnit.DAYS)));
        jdbc.update(
                "insert into delivery_session (hub_id, work_group_id, sequence, session_date, length, format, revision)"
                        + " values (?, ?, 97, ?, 'HALF_DAY', 'ONLINE', 0)",
                demo,
                group,
                Date.valueOf(today.minusDays(1)));
        long session = jdbc.queryForObject(
                "select id from delivery_session where work_group_id = ? and sequence = 97", Long.class, group);
        // A session of a work group where nobody holds a place has no register to take: not counted.
        jdbc.update(
                "insert into delivery_session (hub_id, work_group_id, sequence, session_date, length, format, revision)"
                        + " values (?, 979797, 1, ?, 'HALF_DAY', 'ONLINE', 0)",
                demo,
                Date.valueOf(today.minusDays(1)));
        jdbc.update(
                "insert into eoi_round (hub_id, academic_year, title, deadline, created_at)"
                        + " values (?, ?, 'Leads for the spring', ?, current_timestamp)",
                demo,
                year.startYear(),
                Date.valueOf(today.plusDays(5)));
        jdbc.update(
                "insert into evaluation_survey (hub_id, work_group_id, project_id, academic_year, plan_id, kind,"
                        + " session_sequence, opens_on, closes_on, opened_by, opened_at)"
                        + " select hub_id, work_group_id, project_id, academic_year, plan_id, kind, 97, ?, ?, opened_by,"
                        + " opened_at from evaluation_survey where hub_id = ? order by id fetch first 1 rows only",
                Date.valueOf(today.minusDays(2)),
                Date.valueOf(today.plusDays(3)),
                demo);
        try {
            assertThat(tasks(SignedIn.HUB_LEAD))
                    .as("the counts are kept until one of the hub's records changes")
                    .isEqualTo(before);
            events.publishEvent(Audited.of("enrolment.applied", otherHub(), "A school", "A work group", "eligible"));
            assertThat(tasks(SignedIn.HUB_LEAD))
                    .as("another hub's change leaves them")
                    .isEqualTo(before);
            // What the records written above stand for: a change to the hub's records, audited.
            events.publishEvent(Audited.of("enrolment.applied", demo, "A school", "A work group", "eligible"));
            Map<String, Task> after = tasks(SignedIn.HUB_LEAD);

            assertThat(after.keySet())
                    .containsExactly(
                            "Rounds of expressions of interest closing in the next two weeks",
                            "Applications waiting for a decision",
                            "Funding claims waiting for a decision",
                            "Approved funding claims to pay",
                            "Invoices to schools not paid yet",
                            "Registers not taken after their session",
                            "Surveys closing in the next week",
                            "Termly reports due in the next two weeks, or late",
                            "Your hub's impact review of last year, to write and submit",
                            "Your hub's annual report of last year, to publish now the national centre has accepted the review",
                            "Final monitoring reports of school improvement projects that have ended, to write and submit");
            for (String added : List.of(
                    "Rounds of expressions of interest closing in the next two weeks",
                    "Applications waiting for a decision",
                    "Registers not taken after their session",
                    "Surveys closing in the next week")) {
                assertThat(after.get(added).count() - before.get(added).count())
                        .as(added)
                        .isEqualTo(1);
                assertThat(after.get(added).link())
                        .as(added + " links to where it is done")
                        .isNotNull();
            }
            assertThat(after.get("Applications waiting for a decision").overdue())
                    .as("an application waiting three weeks is overdue")
                    .isTrue();
            assertThat(after.get("Registers not taken after their session").link())
                    .isEqualTo("/delivery/registers");
            // The demo's funding claims of last year: one waiting ten days, one approved five weeks ago and not paid.
            assertThat(after.get("Funding claims waiting for a decision").link())
                    .isEqualTo("/funding/" + year.previous().slug() + "?status=SUBMITTED");
            assertThat(after.get("Approved funding claims to pay").link())
                    .isEqualTo("/funding/" + year.previous().slug() + "?status=APPROVED");
            assertThat(after.get("Approved funding claims to pay").overdue())
                    .as("a claim approved more than a month ago and not paid is late")
                    .isTrue();
            events.publishEvent(Audited.of("enrolment.applied", otherHub(), "A school", "A work group", "eligible"));
            assertThat(tasks(SignedIn.HUB_LEAD_2))
                    .as("another hub's list does not move")
                    .isEqualTo(otherBefore);

            String registers = mvc.perform(get("/delivery/registers").with(signedIn.as(SignedIn.HUB_LEAD)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(registers).contains("/delivery/sessions/" + session + "/register");
            assertThat(mvc.perform(get("/delivery/registers").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .doesNotContain("/delivery/sessions/" + session + "/register");
            // a work group lead sees the registers of the groups they lead (RegistersTest)
            mvc.perform(get("/delivery/registers").with(signedIn.as(SignedIn.WGL)))
                    .andExpect(status().isOk());
            for (String outsider : List.of(SignedIn.LLME, SignedIn.SCHOOL, SignedIn.NATIONAL)) {
                mvc.perform(get("/delivery/registers").with(signedIn.as(outsider)))
                        .andExpect(status().isForbidden());
            }
        } finally {
            jdbc.update("delete from enrolment where work_group_id = ? and school_urn = ?", group, school);
            jdbc.update("delete from delivery_session where id = ? or work_group_id = 979797", session);
            jdbc.update("delete from eoi_round where hub_id = ? and title = 'Leads for the spring'", demo);
            jdbc.update("delete from evaluation_survey where hub_id = ? and session_sequence = 97", demo);
        }
    }

    @Test
    void peopleOutsideAHubsTeamSeeNoTaskList() throws Exception {
        for (String user : List.of(SignedIn.NATIONAL, SignedIn.LLME, SignedIn.WGL, SignedIn.SCHOOL)) {
            assertThat(home(user).select(".govuk-task-list")).as(user).isEmpty();
        }
    }

    record Task(long count, String link, boolean overdue) {}

    /** The home page's tasks by name, each with the count its status gives, its link and whether it is marked overdue. */
    private Map<String, Task> tasks(String user) throws Exception {
        Map<String, Task> tasks = new LinkedHashMap<>();
        for (Element item : home(user).select(".govuk-task-list__item")) {
            Element link = item.selectFirst("a");
            Element tag = item.selectFirst(".govuk-task-list__status .govuk-tag");
            tasks.put(
                    item.selectFirst(".govuk-task-list__name-and-hint").text(),
                    new Task(
                            tag == null ? 0 : Long.parseLong(tag.text().split("[ ,]")[0]),
                            link == null ? null : link.attr("href"),
                            tag != null && tag.hasClass("govuk-tag--red")));
        }
        return tasks;
    }

    private Document home(String user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").with(signedIn.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
