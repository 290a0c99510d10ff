package org.hubcycle.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Retention;
import org.hubcycle.shared.TimeConfiguration;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Rows;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Someone asks their hub to erase their details before the period is over (ADR 0040): the hub lead finds every
 * place of the address in the hub's own work groups, and erases them with a reason, in one go with what delivery
 * and evaluation wrote of them. Another hub's places are neither seen nor touched; only hub leads and the national
 * admin reach the page.
 */
@IntegrationTest
class ParticipantErasureTest {

    static final String ASKER = "asker@erasure.test";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Hubs hubs;

    @Autowired
    org.hubcycle.delivery.internal.Reminders reminders;

    final List<Long> enrolments = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (long enrolment : enrolments) {
            jdbc.update(
                    "delete from evaluation_invitation where participant_id in (select id from participant where enrolment_id = ?)",
                    enrolment);
            jdbc.update(
                    "delete from school_invoice_line where participant_id in (select id from participant where enrolment_id = ?)",
                    enrolment);
            jdbc.update(
                    "delete from session_apology where participant_id in (select id from participant where enrolment_id = ?)",
                    enrolment);
            jdbc.update("delete from participant where enrolment_id = ?", enrolment);
            jdbc.update("delete from enrolment where id = ?", enrolment);
        }
        jdbc.update("delete from school_invoice where raised_by = 'lead@erasure.test'");
        jdbc.update("delete from audit_event where type = 'enrolment.participant-erased'");
    }

    @Test
    void aHubLeadErasesEveryPlaceOfAnAddressInTheirHubAndNoOtherHubs() throws Exception {
        AcademicYear now = AcademicYear.containing(LocalDate.now(TimeConfiguration.LONDON));
        long demoThisYear = place("demo-maths-hub", now, "Asha Erasure", ASKER);
        long demoLastYear = place("demo-maths-hub", now.previous(), "Asha Erasure", ASKER);
        long northfield = place("northfield-maths-hub", now, "Asha Erasure", ASKER);
        long session = jdbc.queryForObject(
                "select min(s.id) from delivery_session s join hub h on h.id = s.hub_id where h.slug = 'demo-maths-hub'",
                Long.class);
        long hub = jdbc.queryForObject("select id from hub where slug = 'demo-maths-hub'", Long.class);
        jdbc.update(
                "insert into session_apology (hub_id, session_id, participant_id, note, sent_at) values (?, ?, ?, ?, ?)",
                hub,
                session,
                demoThisYear,
                "Asha has a hospital appointment",
                Timestamp.from(Instant.now()));
        long invoice = Rows.insert(
                jdbc,
                "insert into school_invoice (hub_id, academic_year, sequence_number, school_urn, school_name,"
                        + " total_pence, raised_on, due_on, raised_by, status) values (?, ?, 999, 100000, 'A School',"
                        + " 15000, ?, ?, 'lead@erasure.test', 'RAISED')",
                hub,
                now.startYear(),
                java.sql.Date.valueOf(LocalDate.now()),
                java.sql.Date.valueOf(LocalDate.now()));
        jdbc.update(
                "insert into school_invoice_line (hub_id, invoice_id, session_id, participant_id, session_date,"
                        + " work_group, session_number, who, mark, pence) values (?, ?, ?, ?, ?, 'A group', 1,"
                        + " 'Asha Erasure (Teacher)', 'ABSENT', 15000)",
                hub,
                invoice,
                session,
                demoThisYear,
                java.sql.Date.valueOf(LocalDate.now()));
        long survey = jdbc.queryForObject(
                "select min(s.id) from evaluation_survey s join hub h on h.id = s.hub_id where h.slug = 'demo-maths-hub'",
                Long.class);
        jdbc.update(
                "insert into evaluation_invitation (hub_id, survey_id, participant_id, email, pair_key, reminders,"
                        + " last_sent_at) values (?, ?, ?, ?, 'erasure-pair', 0, ?)",
                hub,
                survey,
                demoThisYear,
                ASKER,
                Timestamp.from(Instant.now()));

        Document found = page(get("/enrolment/erasure").param("email", ASKER).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(found.select("#places tbody tr"))
                .as("the hub's own two places, not Northfield's")
                .hasSize(2);
        assertThat(found.select("#places tbody tr").first().text()).contains(now.toString(), "Asha Erasure");
        assertThat(page(get("/enrolment/erasure").param("email", ASKER).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                        .select("#places tbody tr"))
                .as("Northfield's lead sees only Northfield's")
                .hasSize(1);

        Document blank = page(post("/enrolment/erasure")
                .param("email", ASKER)
                .param("reason", " ")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(blank.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#reason");
        assertThat(name(demoThisYear)).as("nothing erased on a refused form").isEqualTo("Asha Erasure");

        MvcResult done = mvc.perform(post("/enrolment/erasure")
                        .param("email", ASKER)
                        .param("reason", "Asked by email on 4 December")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(redirectedUrl("/enrolment/erasure"))
                .andReturn();
        Document after = page(get("/enrolment/erasure")
                .cookie(done.getResponse().getCookies())
                .with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(after.select(".govuk-notification-banner").text())
                .contains("The details of 2 places have been erased.");

        for (long place : List.of(demoThisYear, demoLastYear)) {
            assertThat(jdbc.queryForMap("select full_name, email, job_title, trn from participant where id = ?", place))
                    .containsEntry("full_name", Retention.ERASED_NAME)
                    .containsEntry("email", "")
                    .containsEntry("job_title", "")
                    .containsEntry("trn", null);
        }
        assertThat(name(northfield)).as("another hub's place is untouched").isEqualTo("Asha Erasure");
        assertThat(page(get("/enrolment/applications/" + enrolments.get(0)).with(signedIn.as(SignedIn.HUB_LEAD)))
                        .text())
                .as("the place stays, nameless")
                .contains("Participant: name and details removed on")
                .doesNotContain("Asha Erasure", ASKER);
        assertThat(jdbc.queryForObject(
                        "select who from school_invoice_line where participant_id = ?", String.class, demoThisYear))
                .isEqualTo(Retention.ERASED_NAME);
        assertThat(jdbc.queryForObject(
                        "select note from session_apology where participant_id = ?", String.class, demoThisYear))
                .isNull();
        assertThat(jdbc.queryForObject(
                        "select email from evaluation_invitation where participant_id = ?", String.class, demoThisYear))
                .isNull();
        assertThat(jdbc.queryForList(
                        "select detail_facts from audit_event where type = 'enrolment.participant-erased'",
                        String.class))
                .hasSize(1)
                .allSatisfy(detail -> assertThat(detail)
                        .contains("Asked by email on 4 December")
                        .doesNotContain(ASKER));
        assertThat(page(get("/enrolment/erasure").param("email", ASKER).with(signedIn.as(SignedIn.HUB_LEAD)))
                        .select("#no-places")
                        .text())
                .startsWith("No participant of your hub has the email address " + ASKER);
        assertThat(page(post("/enrolment/erasure")
                                .param("email", ASKER)
                                .param("reason", "Again")
                                .with(csrf())
                                .with(signedIn.as(SignedIn.HUB_LEAD)))
                        .select(".govuk-error-summary")
                        .text())
                .as("a second erasure finds nothing left")
                .contains("No participant has this email address any more");

        Document national = page(get("/enrolment/erasure").param("email", ASKER).with(signedIn.as(SignedIn.NATIONAL)));
        assertThat(national.select("#places tbody tr"))
                .as("the national admin sees every hub's")
                .hasSize(1);
    }

    @Test
    void anErasedParticipantStillHoldingAPlaceIsNotEmailedAndCanBeReplaced() throws Exception {
        AcademicYear now = AcademicYear.containing(LocalDate.now(TimeConfiguration.LONDON));
        long group = jdbc.queryForObject(
                "select g.id from work_group g join hub h on h.id = g.hub_id where h.slug = 'demo-maths-hub'"
                        + " and g.name = 'Development 1' and g.academic_year = ?",
                Long.class,
                now.startYear());
        long place = placeIn(group, "Asha Erasure", ASKER);
        mvc.perform(post("/enrolment/erasure")
                        .param("email", ASKER)
                        .param("reason", "Asked in person")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(redirectedUrl("/enrolment/erasure"));
        Long session =
                jdbc.queryForObject("select min(id) from delivery_session where work_group_id = ?", Long.class, group);
        Map<String, Object> before =
                jdbc.queryForMap("select session_date, reminded_at from delivery_session where id = ?", session);
        jdbc.update(
                "update delivery_session set session_date = ?, reminded_at = null where id = ?",
                java.sql.Date.valueOf(LocalDate.now(TimeConfiguration.LONDON).plusDays(2)),
                session);
        try {
            // Another test may have run the job within its lock's minute.
            jdbc.update(
                    "update shedlock set lock_until = ? where name = 'session-reminders'",
                    Timestamp.from(Instant.now().minusSeconds(1)));
            reminders.remind();
            assertThat(jdbc.queryForObject(
                            "select reminded_at from delivery_session where id = ?", Timestamp.class, session))
                    .as("the session's other participants were reminded")
                    .isNotNull();
            assertThat(jdbc.queryForObject("select count(*) from outbound_email where recipient = ''", Long.class))
                    .as("nobody emailed at an erased address")
                    .isZero();
        } finally {
            jdbc.update(
                    "update delivery_session set session_date = ?, reminded_at = ? where id = ?",
                    before.get("session_date"),
                    before.get("reminded_at"),
                    session);
        }
        assertThat(jdbc.queryForObject("select full_name from participant where id = ?", String.class, place))
                .isEqualTo(Retention.ERASED_NAME);

        // The school names someone else in the nameless place; nobody is told at the erased address.
        long enrolment = enrolments.get(0);
        int urn = jdbc.queryForObject("select school_urn from enrolment where id = ?", Integer.class, enrolment);
        mvc.perform(post("/applications/" + enrolment + "/participants/1")
                        .with(csrf())
                        .with(signedIn.asContactOf(urn))
                        .param("name", "Bea Replacement")
                        .param("email", "bea@erasure.test")
                        .param("jobTitle", "Class teacher")
                        .param("trn", ""))
                .andExpect(redirectedUrl("/applications/" + enrolment));
        assertThat(jdbc.queryForList(
                        "select full_name from participant where enrolment_id = ? and replaced_at is null",
                        String.class,
                        enrolment))
                .containsExactly("Bea Replacement");
        assertThat(jdbc.queryForObject("select count(*) from outbound_email where recipient = ''", Long.class))
                .isZero();
    }

    @Test
    void onlyHubLeadsAndTheNationalAdminReachIt() throws Exception {
        long place = place("demo-maths-hub", AcademicYear.containing(LocalDate.now()), "Asha Erasure", ASKER);
        for (String other : List.of(SignedIn.WGL, SignedIn.LLME, SignedIn.SCHOOL, SignedIn.PARTICIPANT)) {
            mvc.perform(get("/enrolment/erasure").param("email", ASKER).with(signedIn.as(other)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/enrolment/erasure")
                            .param("email", ASKER)
                            .param("reason", "no")
                            .with(csrf())
                            .with(signedIn.as(other)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/enrolment/erasure").with(signedIn.asStaffOf(hubs.getBySlug("demo-maths-hub"))))
                .andExpect(status().isForbidden());
        assertThat(name(place)).isEqualTo("Asha Erasure");
        assertThat(page(get("/").with(signedIn.as(SignedIn.HUB_LEAD))).select("a[href='/enrolment/erasure']"))
                .hasSize(1);
    }

    /** A place in one of the hub's work groups of that year, at a school with none in it, naming this person. */
    private long place(String hubSlug, AcademicYear year, String name, String email) {
        return placeIn(
                jdbc.queryForObject(
                        "select min(g.id) from work_group g join hub h on h.id = g.hub_id"
                                + " where h.slug = ? and g.academic_year = ?",
                        Long.class,
                        hubSlug,
                        year.startYear()),
                name,
                email);
    }

    /** A place in this work group, at a school with none in it, naming this person. */
    private long placeIn(long groupId, String name, String email) {
        Map<String, Object> group =
                jdbc.queryForMap("select hub_id, academic_year from work_group where id = ?", groupId);
        long hubId = ((Number) group.get("hub_id")).longValue();
        int urn = jdbc.queryForObject(
                "select min(urn) from school where urn not in (select school_urn from enrolment where work_group_id = ?)",
                Integer.class,
                groupId);
        long enrolment = Rows.insert(
                jdbc,
                "insert into enrolment (hub_id, work_group_id, academic_year, school_urn, status, eligible, reason_code,"
                        + " reason, applied_at, applied_by, late_withdrawal) values (?, ?, ?, ?, 'ACCEPTED', true,"
                        + " 'ELIGIBLE', 'Eligible', ?, 'head@erasure.test', false)",
                hubId,
                groupId,
                group.get("academic_year"),
                urn,
                Timestamp.from(Instant.now()));
        enrolments.add(enrolment);
        return Rows.insert(
                jdbc,
                "insert into participant (hub_id, enrolment_id, position, full_name, email, job_title, role_in_group,"
                        + " trn) values (?, ?, 1, ?, ?, 'Teacher', 'Participant', '1234567')",
                hubId,
                enrolment,
                name,
                email);
    }

    private String name(long participant) {
        return jdbc.queryForObject("select full_name from participant where id = ?", String.class, participant);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
