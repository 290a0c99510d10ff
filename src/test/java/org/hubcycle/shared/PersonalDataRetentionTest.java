package org.hubcycle.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.hubcycle.access.accounts.AccountRetention;
import org.hubcycle.delivery.internal.DeliveryRetention;
import org.hubcycle.enrolment.internal.ParticipantRetention;
import org.hubcycle.evaluation.internal.EvaluationRetention;
import org.hubcycle.notifications.sending.OutboxRetention;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.Rows;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Personal data goes when its period is over (ADR 0038): participants' details once their work group's year is
 * long past, with what other modules wrote of them, while their places and the figures stay; sent emails after
 * their period, never one still waiting; accounts asked for and never confirmed. Each job erases only what is due,
 * in every hub, and a second run changes nothing.
 */
@IntegrationTest
class PersonalDataRetentionTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Retention retention;

    @Autowired
    ParticipantRetention participantRetention;

    @Autowired
    DeliveryRetention deliveryRetention;

    @Autowired
    EvaluationRetention evaluationRetention;

    @Autowired
    OutboxRetention outboxRetention;

    @Autowired
    AccountRetention accountRetention;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void participantsOfAYearPastItsPeriodLoseTheirDetailsButKeepTheirPlaces() throws Exception {
        AcademicYear due = retention.lastYearDue(LocalDate.now(TimeConfiguration.LONDON));
        long hub = jdbc.queryForObject("select id from hub where slug = 'northfield-maths-hub'", Long.class);
        long group = jdbc.queryForObject("select min(id) from work_group where hub_id = ?", Long.class, hub);
        List<Integer> urns = jdbc.queryForList(
                "select urn from school where urn not in (select school_urn from enrolment where work_group_id = ?)"
                        + " order by urn fetch first 2 rows only",
                Integer.class,
                group);
        long oldPlace = enrolment(hub, group, due, urns.get(0));
        long newPlace = enrolment(hub, group, due.next(), urns.get(1));
        long olwen = participant(hub, oldPlace, "Olwen Retention", "olwen@retention.test", "7654321");
        long nia = participant(hub, newPlace, "Nia Retention", "nia@retention.test", "7654322");
        long session = Rows.insert(
                jdbc,
                "insert into delivery_session (hub_id, work_group_id, sequence, session_date, length, format, revision)"
                        + " values (?, ?, 901, ?, 'FULL_DAY', 'ONLINE', 0)",
                hub,
                group,
                due.lastDay().minusMonths(2));
        jdbc.update(
                "insert into attendance_mark (hub_id, session_id, participant_id, mark, marked_at, marked_by)"
                        + " values (?, ?, ?, 'PRESENT', ?, 'wgl@retention.test')",
                hub,
                session,
                olwen,
                Timestamp.from(Instant.now()));
        jdbc.update(
                "insert into session_apology (hub_id, session_id, participant_id, note, sent_at) values (?, ?, ?, ?, ?)",
                hub,
                session,
                olwen,
                "Olwen is at a funeral",
                Timestamp.from(Instant.now()));
        long oldInvoice = invoice(hub, due, urns.get(0), 901);
        long newInvoice = invoice(hub, due.next(), urns.get(1), 902);
        line(hub, oldInvoice, session, olwen, "Olwen Retention (Teacher)");
        line(hub, newInvoice, session, nia, "Nia Retention (Teacher)");
        jdbc.update(
                "insert into issued_certificate (participant_id, hub_id, code, issued_on) values (?, ?, ?, ?)",
                olwen,
                hub,
                "RETN00000001",
                due.lastDay());
        long survey = Rows.insert(
                jdbc,
                "insert into evaluation_survey (hub_id, work_group_id, project_id, academic_year, plan_id, kind,"
                        + " session_sequence, opens_on, closes_on, opened_by, opened_at)"
                        + " select ?, ?, min(p.project_id), ?, min(p.id), 'FINAL', 901, ?, ?, 'wgl@retention.test', ?"
                        + " from evaluation_plan p",
                hub,
                group,
                due.startYear(),
                due.lastDay().minusMonths(1),
                due.lastDay(),
                Timestamp.from(Instant.now()));
        long invitation = Rows.insert(
                jdbc,
                "insert into evaluation_invitation (hub_id, survey_id, participant_id, email, pair_key, reminders,"
                        + " last_sent_at) values (?, ?, ?, 'olwen@retention.test', 'retention-pair', 0, ?)",
                hub,
                survey,
                olwen,
                Timestamp.from(Instant.now()));
        jdbc.update(
                "insert into evaluation_draft (invitation_id, question_id, answer, quotable)"
                        + " select ?, min(id), 'half an answer', false from evaluation_question",
                invitation);
        try {
            int erased = participantRetention.eraseDue();
            int delivered = deliveryRetention.eraseDue();
            int evaluated = evaluationRetention.eraseDue();

            assertThat(erased).isPositive();
            assertThat(person(olwen))
                    .containsEntry("full_name", Retention.ERASED_NAME)
                    .containsEntry("email", "")
                    .containsEntry("job_title", "")
                    .containsEntry("trn", null);
            assertThat(person(olwen).get("erased_on")).isNotNull();
            assertThat(person(nia))
                    .as("a year still within its period keeps its participants")
                    .containsEntry("full_name", "Nia Retention")
                    .containsEntry("email", "nia@retention.test")
                    .containsEntry("trn", "7654322")
                    .containsEntry("erased_on", null);
            assertThat(jdbc.queryForObject("select status from enrolment where id = ?", String.class, oldPlace))
                    .as("the school still completed the work group that year")
                    .isEqualTo("COMPLETED");
            assertThat(jdbc.queryForObject(
                            "select count(*) from attendance_mark where participant_id = ?", Long.class, olwen))
                    .as("the register still counts them")
                    .isOne();

            assertThat(delivered).isGreaterThanOrEqualTo(2);
            assertThat(jdbc.queryForList(
                            "select who from school_invoice_line where invoice_id in (?, ?) order by invoice_id",
                            String.class,
                            oldInvoice,
                            newInvoice))
                    .containsExactly(Retention.ERASED_NAME, "Nia Retention (Teacher)");
            assertThat(jdbc.queryForObject(
                            "select note from session_apology where participant_id = ?", String.class, olwen))
                    .isNull();

            assertThat(evaluated).isGreaterThanOrEqualTo(2);
            assertThat(jdbc.queryForObject(
                            "select email from evaluation_invitation where id = ?", String.class, invitation))
                    .isNull();
            assertThat(jdbc.queryForObject(
                            "select count(*) from evaluation_draft where invitation_id = ?", Long.class, invitation))
                    .isZero();

            // Anyone holding the certificate learns it is genuine, and that the name is no longer held.
            Document check = Jsoup.parse(mvc.perform(get("/certificates/RETN-0000-0001"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(check.select("#result").text())
                    .contains("Removed on", "Compare the school, work group and year")
                    .doesNotContain("Olwen");
            assertThat(check.select("#result a[href='/privacy#how-long']")).hasSize(1);

            assertThat(jdbc.queryForList(
                            "select detail_facts from audit_event where type = 'enrolment.participants-erased'"
                                    + " and subject = ? order by id desc",
                            String.class,
                            due.toString()))
                    .first()
                    .asString()
                    .as("how many, and after how many years, never whose")
                    .contains(String.valueOf(erased), String.valueOf(retention.participantYears()))
                    .doesNotContain("Olwen", "olwen");
            assertThat(participantRetention.eraseDue() + deliveryRetention.eraseDue() + evaluationRetention.eraseDue())
                    .as("a second run finds nothing left to erase")
                    .isZero();
        } finally {
            jdbc.update("delete from evaluation_draft where invitation_id = ?", invitation);
            jdbc.update("delete from evaluation_invitation where id = ?", invitation);
            jdbc.update("delete from evaluation_survey where id = ?", survey);
            jdbc.update("delete from issued_certificate where participant_id = ?", olwen);
            jdbc.update("delete from school_invoice_line where invoice_id in (?, ?)", oldInvoice, newInvoice);
            jdbc.update("delete from school_invoice where id in (?, ?)", oldInvoice, newInvoice);
            jdbc.update("delete from session_apology where session_id = ?", session);
            jdbc.update("delete from attendance_mark where session_id = ?", session);
            jdbc.update("delete from delivery_session where id = ?", session);
            jdbc.update("delete from participant where enrolment_id in (?, ?)", oldPlace, newPlace);
            jdbc.update("delete from enrolment where id in (?, ?)", oldPlace, newPlace);
            jdbc.update("delete from audit_event where type = 'enrolment.participants-erased'");
        }
    }

    @Test
    void sentEmailsGoAfterTheirPeriodAndOnesStillWaitingStay() {
        Instant longAgo = Instant.now().minus(retention.emails()).minus(Duration.ofHours(1));
        Instant lately = Instant.now().minus(retention.emails()).plus(Duration.ofHours(1));
        long sent = email("SENT", longAgo);
        long failed = email("FAILED", longAgo);
        long waiting = email("QUEUED", longAgo);
        long recent = email("SENT", lately);
        try {
            assertThat(outboxRetention.deleteDue()).isGreaterThanOrEqualTo(2);
            assertThat(jdbc.queryForList(
                            "select id from outbound_email where recipient = 'outbox@retention.test' order by id",
                            Long.class))
                    .containsExactly(waiting, recent)
                    .doesNotContain(sent, failed);
        } finally {
            jdbc.update("delete from outbound_email where recipient = 'outbox@retention.test'");
        }
    }

    @Test
    void accountsAskedForAndNeverConfirmedGoAfterTheirPeriod() {
        Instant longAgo = Instant.now().minus(retention.unconfirmedAccounts()).minus(Duration.ofHours(1));
        Instant lately = Instant.now().minus(retention.unconfirmedAccounts()).plus(Duration.ofHours(1));
        long unconfirmed = account("old@retention.test", "{argon2}hash", false, longAgo, "SCHOOL_CONTACT");
        account("new@retention.test", "{argon2}hash", false, lately, "SCHOOL_CONTACT");
        account("invited@retention.test", "{none}", false, longAgo, "PARTICIPANT");
        account("confirmed@retention.test", "{argon2}hash", true, longAgo, "SCHOOL_CONTACT");
        long nominated = account("nominated@retention.test", "{argon2}hash", false, longAgo, "SCHOOL_CONTACT");
        jdbc.update("insert into app_user_role (user_id, role) values (?, 'PARTICIPANT')", nominated);
        long linkStillWorks = account("again@retention.test", "{argon2}hash", false, longAgo, "SCHOOL_CONTACT");
        jdbc.update(
                "insert into account_token (token_hash, user_id, purpose, created_at, expires_at)"
                        + " values ('retention-token', ?, 'CONFIRM', ?, ?)",
                linkStillWorks,
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now().plus(Duration.ofDays(1))));
        jdbc.update(
                "insert into account_request (email, kind, requested_at) values"
                        + " ('asked@retention.test', 'reset', ?), ('asked@retention.test', 'reset', ?)",
                Timestamp.from(Instant.now().minus(Duration.ofDays(2))),
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))));
        try {
            assertThat(accountRetention.deleteDue()).isPositive();
            assertThat(jdbc.queryForList(
                            "select email from app_user where email like '%@retention.test' order by id", String.class))
                    .as("only the account asked for long ago, never confirmed, with no working link, goes")
                    .containsExactly(
                            "new@retention.test",
                            "invited@retention.test",
                            "confirmed@retention.test",
                            "nominated@retention.test",
                            "again@retention.test");
            assertThat(jdbc.queryForObject(
                            "select count(*) from app_user_role where user_id = ?", Long.class, unconfirmed))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from account_request where email = 'asked@retention.test'", Long.class))
                    .as("the last hour's requests still count against a flood")
                    .isOne();
            assertThat(
                            jdbc.queryForList(
                                    "select subject, detail_facts from audit_event where type = 'access.unconfirmed-accounts-deleted'"))
                    .as("the audit log says how many, not whose")
                    .isNotEmpty()
                    .allSatisfy(row -> assertThat(row.toString()).doesNotContain("retention.test"));
        } finally {
            jdbc.update("delete from account_request where email = 'asked@retention.test'");
            jdbc.update("delete from app_user where email like '%@retention.test'");
            jdbc.update("delete from audit_event where type = 'access.unconfirmed-accounts-deleted'");
        }
    }

    @Test
    void accountsNobodyUsesAreClosedAMonthAfterTheirPeopleAreTold() throws Exception {
        Instant longAgo = ZonedDateTime.now()
                .minus(retention.unusedAccounts())
                .minusDays(1)
                .toInstant();
        String password = passwords.encode("a long enough phrase");
        long unused = account("unused@dormant.test", password, true, longAgo, "PARTICIPANT");
        long recent = account("recent@dormant.test", password, true, longAgo, "PARTICIPANT");
        jdbc.update(
                "update app_user set last_signed_in_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(400))),
                recent);
        long returning = account("returning@dormant.test", password, true, longAgo, "PARTICIPANT");
        String slug = "dormant-test-hub";
        jdbc.update("insert into hub (slug, name) values (?, 'Dormant Test Hub')", slug);
        long onlyLead = account("lead@dormant.test", password, true, longAgo, "HUB_LEAD");
        jdbc.update("update app_user set hub_id = (select id from hub where slug = ?) where id = ?", slug, onlyLead);
        Mailbox mail = new Mailbox(jdbc);
        try {
            accountRetention.deleteDue();
            assertThat(warned(unused)).as("told a month before").isNotNull();
            assertThat(mail.latestSubject("unused@dormant.test"))
                    .isEqualTo("Your Hubcycle account will be closed unless you sign in");
            assertThat(mail.latest("unused@dormant.test")).contains("sign in before then");
            assertThat(warned(recent)).as("signed in within the period").isNull();
            assertThat(warned(onlyLead))
                    .as("a hub's only lead is not told what will not happen")
                    .isNull();

            accountRetention.deleteDue();
            assertThat(mail.count("unused@dormant.test")).as("told once").isOne();
            assertThat(exists(unused)).as("not before the month is over").isTrue();

            // A month on: one person signed in meanwhile, through the sign-in form; the other did not.
            jdbc.update(
                    "update app_user set dormancy_warned_at = ? where email like '%@dormant.test'",
                    Timestamp.from(Instant.now().minus(Duration.ofDays(31))));
            mvc.perform(post("/login")
                            .param("username", "returning@dormant.test")
                            .param("password", "a long enough phrase")
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject(
                            "select last_signed_in_at from app_user where id = ?", Timestamp.class, returning))
                    .isNotNull();
            assertThat(warned(returning)).as("signing in keeps the account").isNull();

            assertThat(accountRetention.deleteDue()).isOne();
            assertThat(exists(unused)).isFalse();
            assertThat(mail.latestSubject("unused@dormant.test")).isEqualTo("Your Hubcycle account has been closed");
            assertThat(exists(returning)).isTrue();
            assertThat(exists(recent)).isTrue();
            assertThat(exists(onlyLead)).as("a hub's only lead is kept").isTrue();
            assertThat(jdbc.queryForList(
                            "select detail_facts from audit_event where type = 'access.unused-accounts-closed'",
                            String.class))
                    .isNotEmpty()
                    .allSatisfy(facts -> assertThat(facts).doesNotContain("dormant.test"));
        } finally {
            jdbc.update("delete from app_user where email like '%@dormant.test'");
            jdbc.update("delete from hub where slug = ?", slug);
            jdbc.update("delete from audit_event where type = 'access.unused-accounts-closed'");
        }
    }

    @Test
    void whenEveryLeadOfAHubGoesUnusedTheNewestIsKeptAndNotTold() {
        Instant longAgo = ZonedDateTime.now()
                .minus(retention.unusedAccounts())
                .minusDays(1)
                .toInstant();
        String password = passwords.encode("a long enough phrase");
        String slug = "two-leads-test-hub";
        jdbc.update("insert into hub (slug, name) values (?, 'Two Leads Test Hub')", slug);
        long first = account("first@two-leads.test", password, true, longAgo, "HUB_LEAD");
        long second = account("second@two-leads.test", password, true, longAgo, "HUB_LEAD");
        jdbc.update(
                "update app_user set hub_id = (select id from hub where slug = ?) where email like '%@two-leads.test'",
                slug);
        try {
            accountRetention.deleteDue();
            assertThat(warned(second))
                    .as("the newest account is kept to lead the hub, so not told")
                    .isNull();
            assertThat(warned(first)).as("the other lead is told").isNotNull();

            jdbc.update(
                    "update app_user set dormancy_warned_at = ? where id = ?",
                    Timestamp.from(Instant.now().minus(Duration.ofDays(31))),
                    first);
            accountRetention.deleteDue();
            assertThat(exists(first)).isFalse();
            assertThat(exists(second)).as("the hub keeps a lead").isTrue();
            assertThat(warned(second))
                    .as("and its lead is not told what will not happen")
                    .isNull();
        } finally {
            jdbc.update("delete from app_user where email like '%@two-leads.test'");
            jdbc.update("delete from hub where slug = ?", slug);
            jdbc.update("delete from audit_event where type = 'access.unused-accounts-closed'");
        }
    }

    private Timestamp warned(long account) {
        return jdbc.queryForObject("select dormancy_warned_at from app_user where id = ?", Timestamp.class, account);
    }

    private boolean exists(long account) {
        return jdbc.queryForObject("select count(*) from app_user where id = ?", Long.class, account) == 1;
    }

    private long enrolment(long hub, long group, AcademicYear year, int urn) {
        return Rows.insert(
                jdbc,
                "insert into enrolment (hub_id, work_group_id, academic_year, school_urn, status, eligible, reason_code,"
                        + " reason, applied_at, applied_by, late_withdrawal) values (?, ?, ?, ?, 'COMPLETED', true,"
                        + " 'ELIGIBLE', 'Eligible', ?, 'head@retention.test', false)",
                hub,
                group,
                year.startYear(),
                urn,
                Timestamp.from(
                        year.firstDay().atStartOfDay(TimeConfiguration.LONDON).toInstant()));
    }

    private long participant(long hub, long enrolment, String name, String email, String trn) {
        return Rows.insert(
                jdbc,
                "insert into participant (hub_id, enrolment_id, position, full_name, email, job_title, role_in_group,"
                        + " trn) values (?, ?, 1, ?, ?, 'Teacher', 'Participant', ?)",
                hub,
                enrolment,
                name,
                email,
                trn);
    }

    private long invoice(long hub, AcademicYear year, int urn, int number) {
        return Rows.insert(
                jdbc,
                "insert into school_invoice (hub_id, academic_year, sequence_number, school_urn, school_name,"
                        + " total_pence, raised_on, due_on, raised_by, status) values (?, ?, ?, ?, 'A School', 15000,"
                        + " ?, ?, 'lead@retention.test', 'PAID')",
                hub,
                year.startYear(),
                number,
                urn,
                year.lastDay(),
                year.lastDay());
    }

    private void line(long hub, long invoice, long session, long participant, String who) {
        jdbc.update(
                "insert into school_invoice_line (hub_id, invoice_id, session_id, participant_id, session_date,"
                        + " work_group, session_number, who, mark, pence) values (?, ?, ?, ?, ?, 'A group', 1, ?,"
                        + " 'ABSENT', 15000)",
                hub,
                invoice,
                session,
                participant,
                LocalDate.now(),
                who);
    }

    private long email(String status, Instant queuedAt) {
        return Rows.insert(
                jdbc,
                "insert into outbound_email (recipient, subject, body, kind, status, queued_at, next_attempt_at)"
                        + " values ('outbox@retention.test', 'A subject', 'Dear Olwen', 'delivery.reminder', ?, ?, ?)",
                status,
                Timestamp.from(queuedAt),
                Timestamp.from(queuedAt));
    }

    private long account(String email, String hash, boolean enabled, Instant createdAt, String role) {
        long id = Rows.insert(
                jdbc,
                "insert into app_user (email, display_name, password_hash, enabled, created_at)"
                        + " values (?, 'Someone', ?, ?, ?)",
                email,
                hash,
                enabled,
                Timestamp.from(createdAt));
        jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", id, role);
        return id;
    }

    private Map<String, Object> person(long participant) {
        return jdbc.queryForMap(
                "select full_name, email, job_title, trn, erased_on from participant where id = ?", participant);
    }
}
