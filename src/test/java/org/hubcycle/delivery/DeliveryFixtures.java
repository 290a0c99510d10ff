package org.hubcycle.delivery;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.RequiredRoles;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.delivery.internal.Calendars;
import org.hubcycle.delivery.internal.Reminders;
import org.hubcycle.delivery.internal.Sessions;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Nominees;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the delivery tests share: the application on the test database with demo data, the demo
 * hub's groups and sessions, and ways to plan a session, apply a school and read a page.
 */
@IntegrationTest
abstract class DeliveryFixtures {

    static final String PARTICIPANT = "participant@hubcycle.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Sessions sessions;

    @Autowired
    org.hubcycle.delivery.internal.Charges charges;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Applications applications;

    @Autowired
    Seats seats;

    @Autowired
    WorkGroupTerms workGroupTerms;

    @Autowired
    HubOffers offers;

    @Autowired
    Hubs hubs;

    @Autowired
    Outbox outbox;

    @Autowired
    Reminders reminders;

    @Autowired
    Schools schools;

    @Autowired
    Clock clock;

    @Autowired
    Calendars calendars;

    @Autowired
    Dates dates;

    @Autowired
    JdbcTemplate jdbc;

    MockHttpServletRequestBuilder newSession(String form, LocalDate date, String link) {
        return post(form)
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("day", String.valueOf(date.getDayOfMonth()))
                .param("month", String.valueOf(date.getMonthValue()))
                .param("year", String.valueOf(date.getYear()))
                .param("length", "HALF_DAY")
                .param("format", "ONLINE")
                .param("joiningLink", link);
    }

    /** Applies with the roles the work group asks for (or one teacher when it asks for none). */
    long apply(WorkGroupBrief group, int urn) {
        RequiredRoles required = HubScope.asSystem(() -> workGroupTerms.of(group.id()))
                .orElseThrow()
                .requiredRoles();
        return enrolments.apply(
                new Enrolments.Application(group.id(), urn, Nominees.forRoles(required, urn), "head@" + urn + ".test"));
    }

    static void awaitThen(CountDownLatch start, Runnable work) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        work.run();
    }

    long plan(WorkGroupBrief group, String user, LocalDate date) throws Exception {
        mvc.perform(post("/delivery/work-groups/" + group.id() + "/sessions/new")
                        .with(csrf())
                        .with(signedIn.as(user))
                        .param("day", String.valueOf(date.getDayOfMonth()))
                        .param("month", String.valueOf(date.getMonthValue()))
                        .param("year", String.valueOf(date.getYear()))
                        .param("length", "FULL_DAY")
                        .param("format", "ONLINE")
                        .param("joiningLink", "https://meet.example.test/" + group.id())
                        .param("confirmDate", "yes"))
                .andExpect(redirectedUrl("/delivery/work-groups/" + group.id()));
        return HubScope.asSystem(() -> sessions.forWorkGroup(group.id())).stream()
                .filter(v -> v.date().equals(date))
                .mapToLong(SessionView::id)
                .max()
                .orElseThrow();
    }

    SessionView session(String group, int sequence) {
        return HubScope.asSystem(() -> sessions.forWorkGroup(group(group).id())).stream()
                .filter(s -> s.sequence() == sequence)
                .findFirst()
                .orElseThrow();
    }

    WorkGroupBrief group(String name) {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        return HubScope.asSystem(() -> offers.briefs(demo, year())).stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    Document page(String path, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(signedIn.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    AcademicYear year() {
        return AcademicYear.containing(LocalDate.now(clock));
    }

    /** The demo participant's place: her participant row, her school's enrolment, its work group and the school's URN. */
    record DemoPlace(long participant, long enrolment, long workGroup, int urn) {}

    DemoPlace demoPlace() {
        return jdbc.queryForObject(
                "select p.id, e.id, e.work_group_id, e.school_urn from participant p join enrolment e on e.id = p.enrolment_id"
                        + " where p.email = ? and p.replaced_at is null",
                (rs, i) -> new DemoPlace(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)),
                PARTICIPANT);
    }

    /** How many of a work group's sessions have been held, today's included. */
    long held(long workGroup) {
        return jdbc.queryForObject(
                "select count(*) from delivery_session where work_group_id = ? and session_date <= ?",
                Long.class,
                workGroup,
                Date.valueOf(LocalDate.now(clock)));
    }
}
