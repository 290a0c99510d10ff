package org.hubcycle.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.improvement.internal.ImprovementProjects;
import org.hubcycle.leadership.internal.ExpressionsOfInterest;
import org.hubcycle.leadership.internal.LeadershipTerms.Capacity;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.leadership.internal.LlmeRegister;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.LlmeEntries;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.Rows;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An LLME leaves a hub's register, and comes back (ADR 0047): the entry and the years of its roles stay, what looked
 * ahead goes (roles end, open expressions of interest and invitations to meetings to come are withdrawn), and the
 * person no longer signs in as the hub's LLME. Only the hub's own lead records it.
 */
@IntegrationTest
class LlmeDeparturesTest {

    static final AcademicYear THIS_YEAR = AcademicYear.containing(LocalDate.now());

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    People people;

    @Autowired
    Hubs hubs;

    @Autowired
    LlmeRegister register;

    @Autowired
    ExpressionsOfInterest interest;

    @Autowired
    ImprovementProjects projects;

    @Autowired
    UserDetailsService users;

    @Autowired
    Dates dates;

    @Test
    void anLlmeWhoLeavesKeepsTheirYearsAndLosesWhatLookedAhead() throws Exception {
        String email = Unique.email("leaving.llme");
        long llme = anLlme("Uma Leaving", email);
        accept(email);
        mvc.perform(post("/llmes/" + llme + "/roles")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("role", RoleType.OTHER.name())
                        .param("fromYear", THIS_YEAR.next().toString())
                        .param("detail", "Primary network lead"))
                .andExpect(redirectedUrl("/llmes/" + llme));
        long expression = anOpenExpression(llme);
        long future = anInvitation(llme, LocalDate.now().plusDays(30));
        long past = anInvitation(llme, LocalDate.now().minusDays(30));

        Document confirm = html(get("/llmes/" + llme + "/leave").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(confirm.select("h1").text()).isEqualTo("Has Uma Leaving left the register?");
        assertThat(confirm.select("main ul.govuk-list--bullet li").eachText())
                .containsExactly(
                        "Specialist Leader of Education (SLE) ends with " + THIS_YEAR,
                        "Other, from " + THIS_YEAR.next() + ", is deleted: it has not begun",
                        "Their open expression of interest is withdrawn",
                        "Their invitation to a network meeting still to come is taken back",
                        "They no longer sign in as one of the hub's LLMEs, and are emailed to say so if they had"
                                + " accepted its invitation; if not, the invitation stops working.");

        MvcResult left = mvc.perform(leave(SignedIn.HUB_LEAD, llme))
                .andExpect(redirectedUrl("/llmes/" + llme))
                .andReturn();
        assertThat((String) left.getFlashMap().get("confirmation")).isEqualTo("Uma Leaving has left the register.");
        assertThat(jdbc.queryForObject("select left_on from llme where id = ?", LocalDate.class, llme))
                .isEqualTo(LocalDate.now());
        assertThat(jdbc.queryForList(
                        "select role || ' ' || coalesce(cast(to_year as varchar(4)), 'open') from llme_role"
                                + " where llme_id = ?",
                        String.class,
                        llme))
                .as("the role held ends with this year; the one not begun is deleted")
                .containsExactly("SLE " + THIS_YEAR.startYear());
        assertThat(jdbc.queryForObject(
                        "select status from expression_of_interest where id = ?", String.class, expression))
                .isEqualTo("WITHDRAWN");
        String commissioning = jdbc.queryForObject(
                "select '/llmes/rounds/' || round_id || '/work-groups/' || work_group_id from expression_of_interest"
                        + " where id = ?",
                String.class,
                expression);
        Document candidates = html(get(commissioning).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(candidates.select("#candidate-" + expression).text())
                .as("the lead sees why the expression was withdrawn")
                .contains("Withdrawn", "Left the register", "On " + dates.date(LocalDate.now()));
        assertThat(candidates.select("#candidate-" + expression + " form")).isEmpty();
        assertThat(jdbc.queryForList("select id from network_invitation where llme_id = ?", Long.class, llme))
                .as("the meeting to come is taken back; the one that happened stays")
                .containsExactly(past)
                .doesNotContain(future);
        assertThat(jdbc.queryForList(
                        "select detail_facts from audit_event where type = 'leadership.llme-left' and subject = ?",
                        String.class,
                        "Uma Leaving"))
                .hasSize(1);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> users.loadUserByUsername(email).getAuthorities().isEmpty());
        assertThat(new Mailbox(jdbc).latestSubject(email))
                .isEqualTo("Demo Maths Hub has taken back a role of yours in Hubcycle");
        assertThat(new Mailbox(jdbc).latest(email))
                .contains("taken back your role of Local leader of maths education")
                .contains("no longer has you on its register");

        Document profile = html(get("/llmes/" + llme).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(profile.select("main .govuk-tag").text()).isEqualTo("Left the register");
        assertThat(profile.select("#left").text()).startsWith("Left the register on ");
        assertThat(profile.select("form[action=/llmes/" + llme + "/roles]"))
                .as("no role is added to someone who has left")
                .isEmpty();
        assertThat(profile.select("button#return").text()).isEqualTo("Put Uma Leaving back on the register");
        Document registerPage = html(get("/llmes").param("q", "Uma Leaving").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(registerPage.select("tbody tr").text()).contains("Uma Leaving Left the register");
        assertThat(HubScope.asSystem(
                        () -> register.current(hubs.getBySlug("demo-maths-hub").id(), THIS_YEAR)))
                .as("nobody who left is invited to meetings or told of rounds")
                .noneMatch(row -> row.id() == llme);

        Document refused = html(post("/llmes/" + llme + "/roles")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("role", RoleType.OTHER.name())
                .param("fromYear", THIS_YEAR.toString()));
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Uma Leaving has left the register: put them back on it before adding a role.");
        Document again = html(leave(SignedIn.HUB_LEAD, llme));
        assertThat(again.select(".govuk-error-summary").text()).contains("Uma Leaving has already left the register.");
    }

    @Test
    void someoneWhoLeftCannotExpressInterestEvenWithAPageOpenedBefore() throws Exception {
        long llme = anLlme("Vic Late", Unique.email("late.llme"));
        long round = anOpenRound();
        long group = aWorkGroup();
        mvc.perform(leave(SignedIn.HUB_LEAD, llme)).andExpect(redirectedUrl("/llmes/" + llme));

        assertThatThrownBy(() -> HubScope.asSystem(
                        () -> interest.express(round, group, llme, Capacity.LEAD, "Ten years of leading")))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("interest.left");
        assertThat(jdbc.queryForObject(
                        "select count(*) from expression_of_interest where llme_id = ?", Integer.class, llme))
                .isZero();
    }

    @Test
    void someoneWhoLeftIsNotNamedOnAnImprovementProjectStartingAfter() throws Exception {
        String email = Unique.email("leaving.sle");
        long llme = anLlme("Yan Former", email, THIS_YEAR.previous());
        long person = jdbc.queryForObject("select person_id from llme where id = ?", Long.class, llme);
        long hub = hubs.getBySlug("demo-maths-hub").id();
        LocalDate today = LocalDate.now();
        assertThat(HubScope.asSystem(() -> projects.leadersFor(hub, today, today)))
                .anyMatch(leader -> leader.personId() == person);

        mvc.perform(leave(SignedIn.HUB_LEAD, llme)).andExpect(redirectedUrl("/llmes/" + llme));

        assertThat(HubScope.asSystem(() -> projects.leadersFor(hub, today, today)))
                .as("a project starting today cannot name them")
                .noneMatch(leader -> leader.personId() == person);
        assertThat(HubScope.asSystem(() -> projects.leadersFor(hub, today.minusDays(1), today)))
                .as("one that began before they left still can, so it can be corrected")
                .anyMatch(leader -> leader.personId() == person);
    }

    @Test
    void someoneWhoComesBackIsInvitedAgain() throws Exception {
        String email = Unique.email("returning.llme");
        long llme = anLlme("Wren Returning", email);
        String first = awaitInvitation(email);

        mvc.perform(leave(SignedIn.HUB_LEAD, llme)).andExpect(redirectedUrl("/llmes/" + llme));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email)
                        == 0);
        assertThat(html(get(Mailbox.pathOf(first))).text())
                .as("the invitation of someone who left stops working")
                .contains("Check that you opened the whole link from the email");

        MvcResult back = mvc.perform(
                        post("/llmes/" + llme + "/return").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(redirectedUrl("/llmes/" + llme))
                .andReturn();
        assertThat((String) back.getFlashMap().get("confirmation"))
                .isEqualTo("Wren Returning is back on the register. Add the role they take up.");
        assertThat(jdbc.queryForObject("select left_on from llme where id = ?", LocalDate.class, llme))
                .isNull();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email)
                        == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> new Mailbox(jdbc).count(email) == 2);
        assertThat(new Mailbox(jdbc).link(email, "/invitation?token=")).isNotEqualTo(first);
        assertThat(jdbc.queryForList(
                        "select subject from audit_event where type = 'leadership.llme-returned' and subject = ?",
                        String.class,
                        "Wren Returning"))
                .hasSize(1);
        Document notLeft = html(post("/llmes/" + llme + "/return").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(notLeft.select(".govuk-error-summary").text()).contains("Wren Returning is on the register.");
    }

    @Test
    void onlyTheHubsOwnLeadRecordsThatSomeoneLeftOrCameBack() throws Exception {
        long llme = anLlme("Xan Staying", Unique.email("staying.llme"));
        mvc.perform(get("/llmes/" + llme + "/leave").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(leave(SignedIn.HUB_LEAD_2, llme)).andExpect(status().isNotFound());
        mvc.perform(post("/llmes/" + llme + "/return").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/llmes/" + llme + "/leave")
                        .with(csrf())
                        .with(signedIn.asStaffOf(hubs.getBySlug("demo-maths-hub"))))
                .andExpect(status().isForbidden());
        for (String other :
                List.of(SignedIn.NATIONAL, SignedIn.WGL, SignedIn.LLME, SignedIn.SCHOOL, SignedIn.PARTICIPANT)) {
            mvc.perform(get("/llmes/" + llme + "/leave").with(signedIn.as(other)))
                    .andExpect(status().isForbidden());
            mvc.perform(leave(other, llme)).andExpect(status().isForbidden());
            mvc.perform(post("/llmes/" + llme + "/return").with(csrf()).with(signedIn.as(other)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/llmes/" + llme + "/leave").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select left_on from llme where id = ?", LocalDate.class, llme))
                .isNull();
    }

    /** One of the demo hub's people, added to its register by its lead as an SLE from this year. */
    private long anLlme(String name, String email) throws Exception {
        return anLlme(name, email, THIS_YEAR);
    }

    private long anLlme(String name, String email, AcademicYear from) throws Exception {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        HubScope.asSystem(() -> people.add(hub, name, email, null, null, null));
        return LlmeEntries.add(mvc, signedIn, email, RoleType.SLE, from);
    }

    private void accept(String email) throws Exception {
        mvc.perform(post("/invitation")
                        .with(csrf())
                        .param("token", Mailbox.token(awaitInvitation(email)))
                        .param("password", "a long enough phrase")
                        .param("confirmPassword", "a long enough phrase"))
                .andExpect(redirectedUrl("/interest"));
    }

    private long aWorkGroup() {
        return jdbc.queryForObject(
                "select min(id) from work_group where hub_id = ?",
                Long.class,
                hubs.getBySlug("demo-maths-hub").id());
    }

    private long anOpenRound() {
        long round = Rows.insert(
                jdbc,
                "insert into eoi_round (hub_id, academic_year, title, deadline, created_at) values (?, ?, ?, ?, ?)",
                hubs.getBySlug("demo-maths-hub").id(),
                THIS_YEAR.next().startYear(),
                Unique.name("Round"),
                LocalDate.now().plusDays(14),
                Timestamp.from(Instant.now()));
        jdbc.update("insert into eoi_round_work_group (round_id, work_group_id) values (?, ?)", round, aWorkGroup());
        return round;
    }

    private long anOpenExpression(long llme) {
        return Rows.insert(
                jdbc,
                "insert into expression_of_interest (hub_id, round_id, work_group_id, llme_id, capacity, experience,"
                        + " status, submitted_at) values (?, ?, ?, ?, 'LEAD', 'Led before', 'SUBMITTED', ?)",
                hubs.getBySlug("demo-maths-hub").id(),
                anOpenRound(),
                aWorkGroup(),
                llme,
                Timestamp.from(Instant.now()));
    }

    private long anInvitation(long llme, LocalDate on) {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        long meeting = Rows.insert(
                jdbc,
                "insert into network_meeting (hub_id, title, meeting_date) values (?, ?, ?)",
                hub,
                "Network meeting",
                on);
        return Rows.insert(
                jdbc,
                "insert into network_invitation (hub_id, meeting_id, llme_id, attendance) values (?, ?, ?, 'INVITED')",
                hub,
                meeting,
                llme);
    }

    private String awaitInvitation(String email) {
        await().atMost(Duration.ofSeconds(10)).until(() -> new Mailbox(jdbc).count(email) > 0);
        return new Mailbox(jdbc).link(email, "/invitation?token=");
    }

    private MockHttpServletRequestBuilder leave(String who, long llme) {
        return post("/llmes/" + llme + "/leave").with(csrf()).with(signedIn.as(who));
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
