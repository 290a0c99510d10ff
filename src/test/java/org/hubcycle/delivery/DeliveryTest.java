package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.RequiredRoles;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.delivery.internal.Calendars;
import org.hubcycle.delivery.internal.Reminders;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.delivery.internal.Sessions;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A lead plans and moves sessions and takes registers, correcting them with an audit event; a
 * participant sees their own sessions and tasks and reports back. A lead reaches only the groups
 * they lead; a participant only their own sessions.
 */
@IntegrationTest
class DeliveryTest {

    static final String PARTICIPANT = "participant@hubcycle.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Sessions sessions;

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

    @Test
    void theLeadMarksEveryonePresentThenCorrectsOneWithAnAuditEvent() throws Exception {
        SessionView today = session("Development 1", 2);
        String register = "/delivery/sessions/" + today.id() + "/register";
        mvc.perform(post(register).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("all", "yes")).andExpect(redirectedUrl(register));
        Document marked = page(register, SignedIn.WGL);
        assertThat(marked.select("form fieldset")).as("everyone has a mark").hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(participant -> assertThat(participant.select("input[checked]")).hasSize(1));

        long ayesha = HubScope.asSystem(() -> seats.ofParticipant(PARTICIPANT)).get(0).participantId();
        mvc.perform(post(register).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("mark-" + ayesha, "PRESENT"))
                .andExpect(redirectedUrl(register));
        mvc.perform(post(register).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("mark-" + ayesha, "LATE_CANCELLATION"))
                .andExpect(redirectedUrl(register));
        assertThat(page(register, SignedIn.WGL).select("#mark-" + ayesha + "-LATE_CANCELLATION").hasAttr("checked")).isTrue();
        assertThat(page("/audit?type=delivery.register-corrected", SignedIn.HUB_LEAD).select("tbody").text())
                .contains("Ayesha Brook: Present to Late cancellation");

        mvc.perform(post(register).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("all", "yes")).andExpect(redirectedUrl(register));
        assertThat(page(register, SignedIn.WGL).select("#mark-" + ayesha + "-LATE_CANCELLATION").hasAttr("checked"))
                .as("marking everyone else present never overwrites a late cancellation").isTrue();

        SessionView future = session("Development 1", 3);
        Document early = html(post("/delivery/sessions/" + future.id() + "/register").with(csrf()).with(signedIn.as(SignedIn.WGL))
                .param("mark-" + ayesha, "PRESENT"));
        assertThat(early.select(".govuk-error-summary").text()).contains("The register opens on the day of the session");
    }

    @Test
    void anEmptyRegisterIsNotSaved() throws Exception {
        WorkGroupBrief group = group("Development 2");
        long today = plan(group, SignedIn.HUB_LEAD, LocalDate.now(clock));
        Document empty = html(post("/delivery/sessions/" + today + "/register").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(empty.select(".govuk-error-summary").text()).contains("Mark at least one participant");
        assertThat(page("/audit?type=delivery.register-taken", SignedIn.HUB_LEAD).text()).doesNotContain("0 marked");
    }

    @Test
    void aLeadCannotTakeRegistersForAnotherLeadsGroup() throws Exception {
        WorkGroupBrief other = group("Development 2");
        long planned = plan(other, SignedIn.HUB_LEAD, LocalDate.now(clock));
        mvc.perform(get("/delivery/work-groups/" + other.id()).with(signedIn.as(SignedIn.WGL))).andExpect(status().isNotFound());
        mvc.perform(get("/delivery/sessions/" + planned + "/register").with(signedIn.as(SignedIn.WGL))).andExpect(status().isNotFound());
        mvc.perform(post("/delivery/sessions/" + planned + "/register").with(csrf()).with(signedIn.as(SignedIn.WGL)).param("all", "yes"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/delivery/work-groups/" + other.id() + "/sessions/new").with(csrf()).with(signedIn.as(SignedIn.WGL))
                .param("day", "1").param("month", "1").param("year", "2030").param("length", "FULL_DAY").param("format", "IN_PERSON")
                .param("venue", "Somewhere")).andExpect(status().isNotFound());
        mvc.perform(get("/delivery/sessions/" + planned + "/register").with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        mvc.perform(get("/delivery/work-groups/" + group("Development 1").id()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/delivery/work-groups/" + other.id()).with(signedIn.as(SignedIn.SCHOOL))).andExpect(status().isForbidden());
    }

    @Test
    void movingASessionEmailsItsParticipantsAndBadSessionsAreRefused() throws Exception {
        SessionView online = session("Development 1", 3);
        LocalDate later = online.date().plusDays(7);
        mvc.perform(post("/delivery/sessions/" + online.id() + "/edit").with(csrf()).with(signedIn.as(SignedIn.WGL))
                        .param("day", String.valueOf(later.getDayOfMonth())).param("month", String.valueOf(later.getMonthValue()))
                        .param("year", String.valueOf(later.getYear())).param("startTime", "3:45pm").param("endTime", "17:00")
                        .param("length", "HALF_DAY").param("format", "ONLINE").param("joiningLink", online.joiningLink())
                        .param("task", online.task()).param("confirmDate", "yes"))
                .andExpect(redirectedUrl("/delivery/work-groups/" + online.workGroupId()));
        assertThat(session("Development 1", 3).revision()).isEqualTo(online.revision() + 1);
        assertThat(HubScope.asSystem(() -> outbox.list(PARTICIPANT, PageRequest.of(0, 10))).getContent())
                .anySatisfy(e -> {
                    assertThat(e.subject()).isEqualTo("Development 1: session 3 has moved");
                    assertThat(e.body()).contains("3:45pm to 5pm", "online");
                });

        Document refused = html(post("/delivery/work-groups/" + online.workGroupId() + "/sessions/new").with(csrf()).with(signedIn.as(SignedIn.WGL))
                .param("day", "31").param("month", "2").param("year", "2027").param("startTime", "14:00").param("endTime", "9am")
                .param("length", "HALF_DAY").param("format", "ONLINE").param("joiningLink", "meet.example.test").param("taskBring", "Books"));
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#day", "#endTime", "#joiningLink", "#task");
    }

    @Test
    void aDateOnAWeekendOrOutsideTheYearIsConfirmedAndABadJoiningLinkIsRefused() throws Exception {
        WorkGroupBrief group = group("Development 2");
        LocalDate saturday = LocalDate.now(clock).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
        String form = "/delivery/work-groups/" + group.id() + "/sessions/new";

        Document weekend = html(newSession(form, saturday, "https://meet.example.test/weekend"));
        assertThat(weekend.select(".govuk-error-summary").text()).contains(dates.date(saturday) + " is a Saturday");
        assertThat(weekend.select("#confirmDate")).hasSize(1);
        mvc.perform(newSession(form, saturday, "https://meet.example.test/weekend").param("confirmDate", "yes"))
                .andExpect(redirectedUrl("/delivery/work-groups/" + group.id()));

        LocalDate nextYear = year().lastDay().plusDays(10);
        assertThat(html(newSession(form, nextYear, "https://meet.example.test/x")).select(".govuk-error-summary").text())
                .contains("is outside the work group's year, " + year());
        assertThat(html(newSession(form, year().lastDay().plusYears(3), "https://meet.example.test/x").param("confirmDate", "yes"))
                .select(".govuk-error-summary").text()).contains("Enter a date in or near the work group's year");

        for (String link : List.of("https://meet.example.test/a b", "javascript:alert(1)", "http://meet.example.test/plain")) {
            Document bad = html(newSession(form, saturday.plusDays(2), link));
            assertThat(bad.select(".govuk-error-summary a").attr("href")).as(link).isEqualTo("#joiningLink");
        }
        List<SessionView> planned = HubScope.asSystem(() -> sessions.forWorkGroup(group.id()));
        assertThat(planned).extracting(SessionView::date).as("numbered in date order").isSorted();
        assertThat(planned).extracting(SessionView::sequence).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, planned.size()).boxed().toList());
    }

    @Test
    void aSessionThatHasNotMetIsCancelledAndEveryParticipantIsTold() throws Exception {
        WorkGroupBrief development = group("Development 1");
        LocalDate date = LocalDate.now(clock).plusDays(40);
        long planned = plan(development, SignedIn.HUB_LEAD, date);
        String cancel = "/delivery/sessions/" + planned + "/cancel";

        assertThat(html(post(cancel).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("reason", " "))
                .select(".govuk-error-summary").text()).contains("Say why the session is cancelled");
        mvc.perform(post(cancel).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD_2)).param("reason", "Not mine"))
                .andExpect(status().isNotFound());
        mvc.perform(post(cancel).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("reason", "The venue flooded"))
                .andExpect(redirectedUrl("/delivery/work-groups/" + development.id()));

        assertThat(HubScope.asSystem(() -> sessions.find(planned))).isEmpty();
        assertThat(HubScope.asSystem(() -> outbox.list(PARTICIPANT, PageRequest.of(0, 20))).getContent())
                .anySatisfy(e -> {
                    assertThat(e.subject()).isEqualTo("Development 1: the session on " + dates.date(date) + " is cancelled");
                    assertThat(e.body()).contains("The venue flooded");
                });
        assertThat(page("/audit?type=delivery.session-cancelled", SignedIn.HUB_LEAD).select("tbody").text()).contains("The venue flooded");

        SessionView held = session("Development 1", 1);
        mvc.perform(post("/delivery/sessions/" + held.id() + "/register").with(csrf()).with(signedIn.as(SignedIn.WGL)).param("all", "yes"))
                .andExpect(redirectedUrl("/delivery/sessions/" + held.id() + "/register"));
        assertThat(html(post("/delivery/sessions/" + held.id() + "/cancel").with(csrf()).with(signedIn.as(SignedIn.WGL))
                .param("reason", "Too late")).select(".govuk-error-summary").text()).contains("register has been taken");
        assertThat(HubScope.asSystem(() -> sessions.find(held.id()))).isPresent();
    }

    @Test
    void aWithdrawnParticipantsCalendarFeedStops() throws Exception {
        WorkGroupBrief group = group("Mastering Number 1");
        long planned = plan(group, SignedIn.HUB_LEAD, LocalDate.now(clock).plusDays(45));
        SchoolSummary school = HubScope.asSystem(() -> schools.search(new SchoolSearch(null, "Primary", "882", null, "Open", null, null),
                PageRequest.of(0, 200)).stream().filter(s -> applications.forSchool(s.urn()).isEmpty()).reduce((a, b) -> b).orElseThrow());
        long application = HubScope.asSystem(() -> apply(group, school.urn()));
        assertThat(HubScope.asSystem(() -> applications.find(application)).orElseThrow().status().name()).isEqualTo("ACCEPTED");
        Seat seat = HubScope.asSystem(() -> seats.of(group.id())).stream()
                .filter(s -> s.enrolmentId() == application).findFirst().orElseThrow();
        String feed = "/calendar/" + calendars.participantToken(seat) + ".ics";
        assertThat(mvc.perform(get(feed)).andReturn().getResponse().getContentAsString()).contains("UID:session-" + planned + "@");

        HubScope.asSystem(() -> enrolments.withdrawByHub(application, "The school closed its maths department"));

        String after = mvc.perform(get(feed)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("BEGIN:VCALENDAR").doesNotContain("BEGIN:VEVENT");
    }

    private MockHttpServletRequestBuilder newSession(String form, LocalDate date, String link) {
        return post(form).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD))
                .param("day", String.valueOf(date.getDayOfMonth())).param("month", String.valueOf(date.getMonthValue()))
                .param("year", String.valueOf(date.getYear())).param("length", "HALF_DAY").param("format", "ONLINE")
                .param("joiningLink", link);
    }

    @Test
    void aParticipantSeesOnlyTheirOwnSessionsAndReportsBackOnATask() throws Exception {
        WorkGroupBrief other = group("Development 3");
        long elsewhere = plan(other, SignedIn.HUB_LEAD, LocalDate.now(clock).plusDays(3));
        Document mine = page("/my-sessions", PARTICIPANT);
        assertThat(mine.text()).contains("Development 1: Session 1", "https://meet.demo-maths-hub.test/development-1")
                .doesNotContain("Development 3");

        SessionView first = session("Development 1", 1);
        mvc.perform(post("/my-sessions/" + first.id() + "/report").with(csrf()).with(signedIn.as(PARTICIPANT))
                .param("note", "Pupils got stuck on partitioning; plan attached.")).andExpect(redirectedUrl("/my-sessions"));
        assertThat(page("/delivery/work-groups/" + first.workGroupId(), SignedIn.WGL).text()).contains("1 participant has reported back.");
        Document register = page("/delivery/sessions/" + first.id() + "/register", SignedIn.WGL);
        assertThat(register.text()).doesNotContain("plan attached");
        assertThat(register.select("legend").stream().filter(l -> l.text().contains("Ayesha Brook")).findFirst().orElseThrow().text())
                .contains("Reported back on the gap task");
        String participants = "/delivery/work-groups/" + first.workGroupId() + "/participants";
        Document roster = page(participants, SignedIn.WGL);
        assertThat(roster.select("#participants").text()).contains("Ayesha Brook", PARTICIPANT);
        assertThat(roster.select("dl").first().text()).contains("Ayesha Brook Pupils got stuck on partitioning; plan attached.");
        mvc.perform(get(participants).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        mvc.perform(get(participants).with(signedIn.as(PARTICIPANT))).andExpect(status().isForbidden());

        mvc.perform(post("/my-sessions/" + elsewhere + "/report").with(csrf()).with(signedIn.as(PARTICIPANT)).param("note", "Not mine"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my-sessions").with(signedIn.as(SignedIn.SCHOOL))).andExpect(status().isForbidden());
        mvc.perform(get("/delivery/work-groups/" + first.workGroupId()).with(signedIn.as(PARTICIPANT))).andExpect(status().isForbidden());
        assertThat(Jsoup.parse(mvc.perform(get("/catalogue/demo-maths-hub/" + year().slug() + "/work-groups/" + first.workGroupId()))
                .andReturn().getResponse().getContentAsString()).text()).doesNotContain("meet.demo-maths-hub.test");
    }

    @Test
    void theHubConfirmsCompletionPrefilledFromTheAttendanceRule() throws Exception {
        SessionView today = session("Development 1", 2);
        mvc.perform(post("/delivery/sessions/" + today.id() + "/register").with(csrf()).with(signedIn.as(SignedIn.WGL)).param("all", "yes"))
                .andExpect(redirectedUrl("/delivery/sessions/" + today.id() + "/register"));
        String sheet = "/delivery/work-groups/" + today.workGroupId() + "/completion";
        Document page = page(sheet, SignedIn.HUB_LEAD);
        assertThat(page.text()).contains("at least one of its participants attended 4 sessions", "2 sessions have been held, of 3 planned");
        assertThat(page.select("tbody tr").first().text()).contains("2 / 2");
        assertThat(page.select("input[value=no][checked]")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(page.select("input[value=yes][checked]")).isEmpty();

        List<Applications.View> places = HubScope.asSystem(() -> applications.allForWorkGroup(today.workGroupId()));
        Applications.View last = places.get(places.size() - 1);
        Document early = html(post(sheet).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)).param("completed-" + last.id(), "yes"));
        assertThat(early.select(".govuk-error-summary").text()).as("not before the last session without a reason")
                .contains("last planned session is on");
        assertThat(HubScope.asSystem(() -> applications.find(last.id())).orElseThrow().status().name()).isEqualTo("ACCEPTED");
        mvc.perform(post(sheet).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)).param("completed-" + last.id(), "yes")
                .param("endedEarly", "The school finished the programme with another hub")).andExpect(redirectedUrl(sheet));
        assertThat(HubScope.asSystem(() -> applications.find(last.id())).orElseThrow().status().name()).isEqualTo("COMPLETED");
        assertThat(page("/enrolment/" + year().slug(), SignedIn.HUB_LEAD).select("#engaged").text()).contains("completed a work group in " + year());

        Document nothing = html(post(sheet).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(nothing.select(".govuk-error-summary").text()).contains("Say for at least one school");
        mvc.perform(post(sheet).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)).param("completed-" + last.id(), "no"))
                .andExpect(status().isNotFound());
        mvc.perform(get(sheet).with(signedIn.as(SignedIn.WGL))).andExpect(status().isForbidden());
        mvc.perform(get(sheet).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
    }

    @Test
    void noShowsAndLateCancellationsAreChargedAtTheWorkGroupsCharge() throws Exception {
        SessionView first = session("Development 1", 1);
        WorkGroupBrief development = group("Development 1");
        Seat ayesha = HubScope.asSystem(() -> seats.ofParticipant(PARTICIPANT)).get(0);
        List<Seat> ashgate = HubScope.asSystem(() -> seats.of(first.workGroupId())).stream()
                .filter(s -> s.schoolUrn() == ayesha.schoolUrn()).toList();
        mvc.perform(post("/delivery/sessions/" + first.id() + "/register").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD))
                .param("mark-" + ayesha.participantId(), "ABSENT")).andExpect(redirectedUrl("/delivery/sessions/" + first.id() + "/register"));
        assertThat(page("/delivery/charges/" + year().slug(), SignedIn.HUB_LEAD).select("#charges").text())
                .as("Development charges per school: a colleague from the school came").doesNotContain("Ayesha Brook");

        var register = post("/delivery/sessions/" + first.id() + "/register").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD));
        ashgate.forEach(s -> register.param("mark-" + s.participantId(), "ABSENT"));
        mvc.perform(register).andExpect(redirectedUrl("/delivery/sessions/" + first.id() + "/register"));
        Document charges = page("/delivery/charges/" + year().slug(), SignedIn.HUB_LEAD);
        assertThat(charges.select("#charges tbody").text()).contains("Development 1, Session 1", "Nobody from the school came", "Ayesha Brook",
                "Absent", "£150");
        assertThat(charges.select("#charges tbody tr")).filteredOn(tr -> tr.text().contains("Ayesha Brook")).hasSize(1);
        assertThat(charges.select("#charges tbody").text()).doesNotContain("Sent apologies");
        assertThat(charges.select("#by-school").text()).contains(ayesha.schoolName(), "£150");
        String csv = mvc.perform(get("/delivery/charges/" + year().slug() + ".csv").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("\uFEFFDate,Work group,Session,URN,School,Who,Mark,Charged,Charge (£),Waived because").contains("Absent,per school,150.00");
        assertThat(page("/delivery/charges/" + year().slug(), SignedIn.HUB_LEAD_2).text()).doesNotContain("Ayesha Brook");
        mvc.perform(get("/delivery/charges/" + year().slug()).with(signedIn.as(SignedIn.WGL))).andExpect(status().isForbidden());

        String project = development.projectCode();
        jdbc.update("update project set no_show_basis = 'PER_PARTICIPANT' where code = ?", project);
        try {
            Document each = page("/delivery/charges/" + year().slug(), SignedIn.HUB_LEAD);
            assertThat(each.select("#charges tbody tr")).as("one charge for each participant who did not come")
                    .filteredOn(tr -> tr.text().contains("Development 1, Session 1")).hasSize(ashgate.size());
            assertThat(each.select("#by-school").text()).contains(ayesha.schoolName(), "£" + (150 * ashgate.size()));
        } finally {
            jdbc.update("update project set no_show_basis = 'PER_SCHOOL' where code = ?", project);
        }

        String waive = "/delivery/charges/" + year().slug() + "/waive";
        String field = "reason-" + first.id() + "-" + ayesha.schoolUrn() + "-0";
        mvc.perform(post(waive).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD_2)).param("session", String.valueOf(first.id()))
                .param("urn", String.valueOf(ayesha.schoolUrn())).param("participant", "0").param("reason", "Not ours"))
                .andExpect(status().isNotFound());
        mvc.perform(post(waive).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("session", String.valueOf(first.id()))
                .param("urn", String.valueOf(ayesha.schoolUrn())).param("participant", "0").param("reason", "Not mine"))
                .andExpect(status().isForbidden());
        Document noReason = html(post(waive).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)).param("session", String.valueOf(first.id()))
                .param("urn", String.valueOf(ayesha.schoolUrn())).param("participant", "0").param("reason", ""));
        assertThat(noReason.select(".govuk-error-summary a").attr("href")).isEqualTo("#" + field);
        mvc.perform(post(waive).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)).param("session", String.valueOf(first.id()))
                .param("urn", String.valueOf(ayesha.schoolUrn())).param("participant", "0").param("reason", "Snow closed the school"))
                .andExpect(redirectedUrl("/delivery/charges/" + year().slug()));
        Document waived = page("/delivery/charges/" + year().slug(), SignedIn.HUB_LEAD);
        assertThat(waived.select("#charges tbody").text()).contains("Waived: Snow closed the school");
        assertThat(waived.select("#by-school tbody tr")).filteredOn(tr -> tr.text().contains(ayesha.schoolName()))
                .singleElement().satisfies(tr -> assertThat(tr.text()).contains("£0"));
    }

    @Test
    void calendarFeedsKeepEachSessionsUidAndRaiseItsSequenceWhenItMoves() throws Exception {
        SessionView online = session("Development 1", 3);
        long elsewhere = plan(group("Development 4"), SignedIn.HUB_LEAD, LocalDate.now(clock).plusDays(5));
        String feed = page("/delivery/work-groups/" + online.workGroupId(), SignedIn.WGL).select("#feed").text();
        String path = feed.substring(feed.indexOf("/calendar/"));
        String before = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("BEGIN:VCALENDAR", "UID:session-" + online.id() + "@localhost", "SEQUENCE:" + online.revision(),
                "SUMMARY:Development 1: session 3");

        LocalDate later = online.date().plusDays(1);
        mvc.perform(post("/delivery/sessions/" + online.id() + "/edit").with(csrf()).with(signedIn.as(SignedIn.WGL))
                .param("day", String.valueOf(later.getDayOfMonth())).param("month", String.valueOf(later.getMonthValue()))
                .param("year", String.valueOf(later.getYear())).param("startTime", "15:45").param("endTime", "17:00").param("length", "HALF_DAY")
                .param("format", "ONLINE").param("joiningLink", online.joiningLink()).param("confirmDate", "yes")).andExpect(status().is3xxRedirection());
        String after = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("UID:session-" + online.id() + "@localhost", "SEQUENCE:" + (online.revision() + 1));

        String mine = page("/my-sessions", PARTICIPANT).select(".hubcycle-feed").first().text();
        String personal = mvc.perform(get(mine.substring(mine.indexOf("/calendar/")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(personal).contains("UID:session-" + online.id() + "@localhost").doesNotContain("UID:session-" + elsewhere + "@localhost");
        mvc.perform(get("/calendar/not-a-real-token.ics")).andExpect(status().isNotFound());
    }

    @Test
    void remindersGoOutOnceForTheComingWeekEvenWhenTwoNodesRunTheJobAtOnce() throws Exception {
        WorkGroupBrief development = group("Development 1");
        LocalDate soon = LocalDate.now(clock).plusDays(6);
        long planned = plan(development, SignedIn.WGL, soon);
        int sequence = HubScope.asSystem(() -> sessions.find(planned)).orElseThrow().sequence();
        String subject = "Reminder: Development 1 session " + sequence + " on " + new Dates().date(soon);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = List.of(nodes.submit(() -> awaitThen(start, reminders::remind)), nodes.submit(() -> awaitThen(start, reminders::remind)));
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        nodes.shutdown();
        reminders.remind();
        assertThat(HubScope.asSystem(() -> outbox.list(PARTICIPANT, PageRequest.of(0, 100))).getContent())
                .extracting(e -> e.subject()).as("reminders of %s", subject).containsOnlyOnce(subject);
    }

    @Test
    void aLeadRecordsVisitsAndTheCoverageGridShowsYearGroupsNobodySaw() throws Exception {
        WorkGroupBrief development = group("Development 1");
        Seat ashgate = HubScope.asSystem(() -> seats.ofParticipant(PARTICIPANT)).get(0);
        String visits = "/delivery/work-groups/" + development.id() + "/visits";
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        Document refused = html(post(visits).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("schoolUrn", "")
                .param("day", String.valueOf(tomorrow.getDayOfMonth())).param("month", String.valueOf(tomorrow.getMonthValue()))
                .param("year", String.valueOf(tomorrow.getYear())).param("focus", ""));
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#schoolUrn", "#day", "#yearGroups", "#focus");

        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        mvc.perform(post(visits).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("schoolUrn", String.valueOf(ashgate.schoolUrn()))
                        .param("day", String.valueOf(yesterday.getDayOfMonth())).param("month", String.valueOf(yesterday.getMonthValue()))
                        .param("year", String.valueOf(yesterday.getYear())).param("yearGroups", "Year 2", "Year 3")
                        .param("focus", "Bar models in Year 2 and 3 lessons").param("nextSteps", "Maths lead to observe Year 4 next half term"))
                .andExpect(redirectedUrl(visits));
        assertThat(page(visits, SignedIn.HUB_LEAD).select("tbody").text()).contains(ashgate.schoolName(), "Samir Haddad", "Year 2, Year 3");

        Document grid = page("/delivery/projects/" + development.projectCode() + "/coverage", SignedIn.HUB_LEAD);
        String row = grid.select("#coverage tbody tr").stream().filter(r -> r.text().startsWith(ashgate.schoolName())).findFirst()
                .orElseThrow().text();
        assertThat(row).isEqualTo(ashgate.schoolName() + " URN " + ashgate.schoolUrn() + " None None 1 1 None None None 5");
        assertThat(page("/delivery/projects/" + development.projectCode() + "/coverage", SignedIn.HUB_LEAD_2).text())
                .doesNotContain(ashgate.schoolName());

        WorkGroupBrief other = group("Development 2");
        mvc.perform(post("/delivery/work-groups/" + other.id() + "/visits").with(csrf()).with(signedIn.as(SignedIn.WGL))
                .param("schoolUrn", String.valueOf(ashgate.schoolUrn())).param("focus", "Not my group")).andExpect(status().isNotFound());
        mvc.perform(get("/delivery/projects/" + development.projectCode() + "/coverage").with(signedIn.as(SignedIn.WGL)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWithdrawalWithinAWeekOfTheNextSessionIsLateAndCharged() throws Exception {
        List<SchoolSummary> fresh = HubScope.asSystem(() -> schools.search(
                new SchoolSearch(null, "Primary", "882", null, "Open", null, null), PageRequest.of(0, 200)).stream()
                .filter(s -> applications.forSchool(s.urn()).isEmpty() && schools.lineage(s.urn()).size() == 1).limit(2).toList());
        WorkGroupBrief soon = group("Readiness 2");
        WorkGroupBrief later = group("Mastering Number 1");
        plan(soon, SignedIn.HUB_LEAD, LocalDate.now(clock).plusDays(3));
        plan(later, SignedIn.HUB_LEAD, LocalDate.now(clock).plusDays(20));
        long lateOne = apply(soon, fresh.get(0).urn());
        long inTime = apply(later, fresh.get(1).urn());
        for (long id : List.of(lateOne, inTime)) {
            mvc.perform(post("/enrolment/applications/" + id + "/withdraw").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD))
                    .param("withdrawReason", "Staff changes")).andExpect(redirectedUrl("/enrolment/applications/" + id));
        }
        assertThat(HubScope.asSystem(() -> applications.find(lateOne)).orElseThrow().lateWithdrawal()).isTrue();
        assertThat(HubScope.asSystem(() -> applications.find(inTime)).orElseThrow().lateWithdrawal()).isFalse();
        assertThat(page("/enrolment/applications/" + lateOne, SignedIn.HUB_LEAD).select("#withdrawn").text())
                .contains("by the hub: Staff changes", "Late: within 7 days of a session");
        assertThat(page("/enrolment/applications/" + inTime, SignedIn.HUB_LEAD).select("#withdrawn").text()).doesNotContain("Late");
    }

    /** Applies with the roles the work group asks for (or one teacher when it asks for none). */
    private long apply(WorkGroupBrief group, int urn) {
        RequiredRoles required = HubScope.asSystem(() -> workGroupTerms.of(group.id())).orElseThrow().requiredRoles();
        List<String> roles = required.isEmpty() ? List.of("Teacher")
                : required.roles().stream().flatMap(r -> java.util.Collections.nCopies(r.count(), r.name()).stream()).toList();
        List<Enrolments.ParticipantInput> people = new java.util.ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            people.add(new Enrolments.ParticipantInput("Participant " + (i + 1), "p" + (i + 1) + "@" + urn + ".test", roles.get(i), roles.get(i), null));
        }
        return enrolments.apply(new Enrolments.Application(group.id(), urn, people, "head@" + urn + ".test"));
    }

    private static void awaitThen(CountDownLatch start, Runnable work) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        work.run();
    }

    private long plan(WorkGroupBrief group, String user, LocalDate date) throws Exception {
        mvc.perform(post("/delivery/work-groups/" + group.id() + "/sessions/new").with(csrf()).with(signedIn.as(user))
                        .param("day", String.valueOf(date.getDayOfMonth())).param("month", String.valueOf(date.getMonthValue()))
                        .param("year", String.valueOf(date.getYear())).param("length", "FULL_DAY").param("format", "ONLINE")
                        .param("joiningLink", "https://meet.example.test/" + group.id()).param("confirmDate", "yes"))
                .andExpect(redirectedUrl("/delivery/work-groups/" + group.id()));
        return HubScope.asSystem(() -> sessions.forWorkGroup(group.id())).stream().filter(v -> v.date().equals(date))
                .mapToLong(SessionView::id).max().orElseThrow();
    }

    private SessionView session(String group, int sequence) {
        return HubScope.asSystem(() -> sessions.forWorkGroup(group(group).id())).stream().filter(s -> s.sequence() == sequence)
                .findFirst().orElseThrow();
    }

    private WorkGroupBrief group(String name) {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        return HubScope.asSystem(() -> offers.briefs(demo, year())).stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    private Document page(String path, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(signedIn.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private AcademicYear year() {
        return AcademicYear.containing(LocalDate.now(clock));
    }
}
