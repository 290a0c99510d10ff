package org.hubcycle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hubcycle.directory.internal.PersonRetention;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Retention;
import org.hubcycle.shared.TimeConfiguration;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Rows;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The contact details of people a hub works with go once nothing has needed them for the retention period (ADR 0050):
 * added in a year that is due, with no record of a later year, and no work under way, in any module. Their names stay.
 * Each module's later or unfinished records keep them; each hub's audit log says how many of its own, not whom.
 */
@IntegrationTest
class PersonRetentionTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Retention retention;

    @Autowired
    PersonRetention job;

    private final List<Runnable> undo = new ArrayList<>();

    @AfterEach
    void tidy() {
        Collections.reverse(undo);
        undo.forEach(Runnable::run);
        jdbc.update("delete from audit_event where type = 'directory.people-details-erased'");
    }

    @Test
    void peopleNothingHasNeededSinceAYearPastItsPeriodLoseTheirContactDetailsAndKeepTheirNames() throws Exception {
        LocalDate today = LocalDate.now(TimeConfiguration.LONDON);
        AcademicYear due = retention.lastYearDue(today);
        AcademicYear current = AcademicYear.containing(today);
        Instant longAgo = due.firstDay().atStartOfDay(TimeConfiguration.LONDON).toInstant();
        long demo = hub("demo-maths-hub");
        long northfield = hub("northfield-maths-hub");
        long group = jdbc.queryForObject(
                "select min(id) from work_group where hub_id = ? and academic_year = ?",
                Long.class,
                demo,
                current.startYear());

        long quiet = person(demo, "Quinn Quiet", longAgo);
        long quietNorth = person(northfield, "Nora North", longAgo);
        long fresh = person(demo, "Freya Fresh", Instant.now());

        long oldVisitor = person(demo, "Otto Visitor", longAgo);
        visit(demo, group, oldVisitor, due.lastDay());
        long laterVisitor = person(demo, "Lena Visitor", longAgo);
        visit(demo, group, laterVisitor, due.next().firstDay());

        long leftLlme = person(demo, "Lev Left", longAgo);
        llme(demo, leftLlme, due.lastDay());
        long onRegister = person(demo, "Rhea Register", longAgo);
        llme(demo, onRegister, null);

        long paidLead = person(demo, "Paz Paid", longAgo);
        agreement(demo, due, group, paidLead, due.lastDay());
        long unpaidLead = person(demo, "Uma Unpaid", longAgo);
        agreement(demo, due, group, unpaidLead, null);

        long coLead = person(demo, "Cole Lead", longAgo);
        Long coLeadBefore =
                jdbc.queryForObject("select co_lead_person_id from work_group where id = ?", Long.class, group);
        jdbc.update("update work_group set co_lead_person_id = ? where id = ?", coLead, group);
        undo.add(() -> jdbc.update("update work_group set co_lead_person_id = ? where id = ?", coLeadBefore, group));

        long projectLeader = person(demo, "Pia Project", longAgo);
        long projectVisitor = person(demo, "Vic Project", longAgo);
        project(demo, projectLeader, projectVisitor, due);

        int erased = job.eraseDue();

        for (long person : List.of(quiet, quietNorth, oldVisitor, leftLlme, paidLead)) {
            Map<String, Object> row = row(person);
            assertThat(row.get("email")).as("email of %s", row.get("full_name")).isNull();
            assertThat(row.get("trn")).isNull();
            assertThat(row.get("school_urn")).isNull();
            assertThat(row.get("job_title")).isNull();
            assertThat(row.get("details_erased_on")).isEqualTo(java.sql.Date.valueOf(today));
            assertThat(((Number) row.get("version")).longValue())
                    .as("a page opened before cannot save the old details back")
                    .isEqualTo(1);
        }
        assertThat(row(quiet).get("full_name")).as("the name stays").isEqualTo("Quinn Quiet");
        for (long person :
                List.of(fresh, laterVisitor, onRegister, unpaidLead, coLead, projectLeader, projectVisitor)) {
            Map<String, Object> row = row(person);
            assertThat(row.get("email")).as("email of %s", row.get("full_name")).isNotNull();
            assertThat(row.get("trn")).isNotNull();
            assertThat(row.get("details_erased_on")).isNull();
        }
        assertThat(erased).isGreaterThanOrEqualTo(5);

        List<Map<String, Object>> audited = jdbc.queryForList(
                "select hub_id, subject, detail_facts from audit_event where type = 'directory.people-details-erased'");
        assertThat(audited)
                .extracting(row -> ((Number) row.get("hub_id")).longValue())
                .as("one entry for each hub, in its own log")
                .containsExactlyInAnyOrder(demo, northfield);
        assertThat(audited).allSatisfy(row -> {
            assertThat(row.get("subject")).isEqualTo(due.toString());
            assertThat(row.get("detail_facts").toString()).doesNotContain("Quinn", "Nora", "@");
        });
        String northLog = Jsoup.parse(mvc.perform(get("/audit?type=directory.people-details-erased")
                                .with(signedIn.as(SignedIn.HUB_LEAD_2)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select("tbody tr")
                .text();
        assertThat(northLog)
                .contains(
                        "People's contact details erased",
                        due + " One person added in that year or before",
                        retention.participantYears() + " years after that year ended");

        assertThat(job.eraseDue())
                .as("a second run finds nothing left to erase")
                .isZero();
    }

    private long hub(String slug) {
        return jdbc.queryForObject("select id from hub where slug = ?", Long.class, slug);
    }

    private long person(long hub, String name, Instant added) {
        String email = name.toLowerCase().replace(' ', '.') + "@retention.test";
        long id = Rows.insert(
                jdbc,
                "insert into person (hub_id, full_name, email, trn, school_urn, job_title, created_at, version)"
                        + " values (?, ?, ?, ?, 100000, 'Maths lead', ?, 0)",
                hub,
                name,
                email,
                String.valueOf(7000000 + Math.floorMod(email.hashCode(), 999999)),
                Timestamp.from(added));
        undo.add(() -> jdbc.update("delete from person where id = ?", id));
        return id;
    }

    private void visit(long hub, long group, long person, LocalDate on) {
        long id = Rows.insert(
                jdbc,
                "insert into support_visit (hub_id, work_group_id, school_urn, visitor_person_id, visitor_name,"
                        + " visit_date, year_groups, focus, version) values (?, ?, 100000, ?, 'Visitor', ?, 'Y3',"
                        + " 'Fluency', 0)",
                hub,
                group,
                person,
                on);
        undo.add(() -> jdbc.update("delete from support_visit where id = ?", id));
    }

    private void llme(long hub, long person, LocalDate leftOn) {
        long id = Rows.insert(
                jdbc,
                "insert into llme (hub_id, person_id, full_name, created_at, left_on) values (?, ?, 'LLME', ?, ?)",
                hub,
                person,
                Timestamp.from(Instant.now()),
                leftOn);
        undo.add(() -> jdbc.update("delete from llme where id = ?", id));
    }

    private void agreement(long hub, AcademicYear year, long group, long person, LocalDate paidOn) {
        long id = Rows.insert(
                jdbc,
                "insert into lead_agreement (hub_id, academic_year, work_group_id, person_id, half_days,"
                        + " day_rate_pence, payee, agreed_at, agreed_by, paid_pence, paid_on, version)"
                        + " values (?, ?, ?, ?, 2, 30000, 'Their school', ?, 'hublead@hubcycle.test', ?, ?, 0)",
                hub,
                year.startYear(),
                group,
                person,
                Timestamp.from(Instant.now()),
                paidOn == null ? null : 30000,
                paidOn);
        undo.add(() -> jdbc.update("delete from lead_agreement where id = ?", id));
    }

    /** A project of the due year that ends the day after it, led by one person, and visited by another after it. */
    private void project(long hub, long leader, long visitor, AcademicYear due) {
        long id = Rows.insert(
                jdbc,
                "insert into improvement_project (hub_id, title, aims, starts_on, ends_on, status, updated_at,"
                        + " updated_by, version) values (?, 'Retention project', 'Aims', ?, ?, 'DRAFT', ?,"
                        + " 'hublead@hubcycle.test', 0)",
                hub,
                due.firstDay(),
                due.next().firstDay(),
                Timestamp.from(Instant.now()));
        jdbc.update("insert into improvement_project_leader (project_id, person_id) values (?, ?)", id, leader);
        long visit = Rows.insert(
                jdbc,
                "insert into improvement_visit (hub_id, project_id, school_urn, visitor_person_id, visitor_name,"
                        + " visit_date, audiences, year_groups, focus, version) values (?, ?, 100000, ?, 'Visitor', ?,"
                        + " 'Teachers', 'Y3', 'Fluency', 0)",
                hub,
                id,
                visitor,
                due.next().firstDay());
        undo.add(() -> {
            jdbc.update("delete from improvement_visit where id = ?", visit);
            jdbc.update("delete from improvement_project_leader where project_id = ?", id);
            jdbc.update("delete from improvement_project where id = ?", id);
        });
    }

    private Map<String, Object> row(long person) {
        return jdbc.queryForMap(
                "select full_name, email, trn, school_urn, job_title, details_erased_on, version from person where id = ?",
                person);
    }
}
