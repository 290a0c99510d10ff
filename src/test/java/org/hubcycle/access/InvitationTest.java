package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.leadership.internal.LlmeRegister;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Everyone a hub gives a role can sign in: hub staff added by the hub lead, a new LLME, a nominated
 * participant. Each is emailed an invitation whose link lets them choose a password and lands them on
 * the page for their role; it expires, works once, and the hub can send it again.
 */
@IntegrationTest
class InvitationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Hubs hubs;

    @Autowired
    People people;

    @Autowired
    LlmeRegister register;

    @Autowired
    Enrolments enrolments;

    @Autowired
    HubOffers offers;

    @Autowired
    Schools schools;

    Mailbox mailbox() {
        return new Mailbox(jdbc);
    }

    @Test
    void theHubLeadAddsStaffWhoChooseAPasswordAndLandOnTheHubPage() throws Exception {
        String email = Unique.email("staff");
        Document bad = html(post("/hubs/demo-maths-hub/staff")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("name", "")
                .param("email", "nope"));
        assertThat(bad.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#name", "#email");

        mvc.perform(post("/hubs/demo-maths-hub/staff")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("name", "Idris Fenwick")
                        .param("email", email))
                .andExpect(redirectedUrl("/hubs/demo-maths-hub"));
        assertThat(users.loadUserByUsername(email).isEnabled())
                .as("no password yet")
                .isFalse();
        String link = mailbox().link(email, "/invitation?token=");
        assertThat(link).startsWith("http://localhost:8080/invitation?token=");
        assertThat(mailbox().latest(email))
                .contains("Dear Idris Fenwick", "You have joined the team of Demo Maths Hub", "Hub staff");

        Document form = html(get(Mailbox.pathOf(link)));
        assertThat(form.select("h1").text()).isEqualTo("Welcome to Hubcycle, Idris Fenwick");
        Document mismatch = html(post("/invitation")
                .with(csrf())
                .param("token", Mailbox.token(link))
                .param("password", "a long enough phrase")
                .param("confirmPassword", "another phrase"));
        assertThat(mismatch.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#confirmPassword");

        mvc.perform(post("/invitation")
                        .with(csrf())
                        .param("token", Mailbox.token(link))
                        .param("password", "a long enough phrase")
                        .param("confirmPassword", "a long enough phrase"))
                .andExpect(redirectedUrl("/hubs/demo-maths-hub"));
        assertThat(signIns(email)).as("signed in on the way").isEqualTo(1);
        assertThat(users.loadUserByUsername(email).getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_HUB_STAFF");

        Document used = html(get(Mailbox.pathOf(link)));
        assertThat(used.text()).contains("You have already chosen a password with this invitation");
        mvc.perform(post("/invitation")
                        .with(csrf())
                        .param("token", Mailbox.token(link))
                        .param("password", "an attacker's phrase!")
                        .param("confirmPassword", "an attacker's phrase!"))
                .andExpect(status().isOk());
        assertThat(signIns(email)).isEqualTo(1);
        assertThat(audits("access.invitation-accepted", email)).isEqualTo(1);
    }

    @Test
    void anExpiredInvitationSaysSoAndTheHubSendsItAgainWithANewLink() throws Exception {
        String email = Unique.email("late");
        mvc.perform(post("/hubs/demo-maths-hub/staff")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("name", "Una Castell")
                        .param("email", email))
                .andExpect(status().is3xxRedirection());
        String first = mailbox().link(email, "/invitation?token=");
        jdbc.update(
                "update invitation set expires_at = ? where user_id = (select id from app_user where email = ?)",
                java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofMinutes(1))),
                email);
        assertThat(html(get(Mailbox.pathOf(first))).text()).contains("This invitation from Demo Maths Hub has expired");

        Document list = html(get("/invitations").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(list.select("tr:contains(" + email + ")").text()).contains("Expired");
        String resend = list.select("tr:contains(" + email + ") form").attr("action");
        mvc.perform(post(resend).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        assertThat(html(get("/invitations").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                        .text())
                .doesNotContain(email);
        mvc.perform(post(resend).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(redirectedUrl("/invitations"));

        String second = mailbox().link(email, "/invitation?token=");
        assertThat(second).isNotEqualTo(first);
        assertThat(html(get(Mailbox.pathOf(first))).select("h1").text()).isEqualTo("This link does not work");
        mvc.perform(post("/invitation")
                        .with(csrf())
                        .param("token", Mailbox.token(second))
                        .param("password", "a long enough phrase")
                        .param("confirmPassword", "a long enough phrase"))
                .andExpect(redirectedUrl("/hubs/demo-maths-hub"));
        assertThat(audits("access.invitation-resent", email)).isEqualTo(1);
    }

    @Test
    void aNewLlmeIsInvitedAndLandsOnTheirExpressionsOfInterest() throws Exception {
        String email = Unique.email("llme");
        long hub = hubs.getBySlug("demo-maths-hub").id();
        HubScope.asSystem(() -> people.add(hub, "Grace Hollis", email, null, null, "Maths lead"));
        mvc.perform(post("/llmes/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("email", email)
                        .param("role", RoleType.SLE.name())
                        .param("fromYear", year().toString()))
                .andExpect(status().is3xxRedirection());
        String link = awaitLink(email);
        assertThat(mailbox().latest(email))
                .contains("Your hub added you to its register of local leaders of maths education");
        mvc.perform(post("/invitation")
                        .with(csrf())
                        .param("token", Mailbox.token(link))
                        .param("password", "a long enough phrase")
                        .param("confirmPassword", "a long enough phrase"))
                .andExpect(redirectedUrl("/interest"));
        assertThat(users.loadUserByUsername(email).getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_LLME");
    }

    @Test
    void nominatedParticipantsAreInvitedAndLandOnTheirSessions() throws Exception {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        HubOffers.WorkGroupBrief group = HubScope.asSystem(() -> offers.briefs(hub, year())).stream()
                .filter(g -> g.name().equals("SKTM Primary"))
                .findFirst()
                .orElseThrow();
        SchoolSummary school = HubScope.asSystem(() -> schools.search(
                        new SchoolSearch(null, "Primary", "882", null, "Open", null, null), PageRequest.of(0, 20))
                .getContent()
                .get(11));
        String teacher = Unique.email("teacher");
        String member = Unique.email("has-account");
        jdbc.update(
                "insert into app_user (email, display_name, password_hash, hub_id, enabled, created_at) values (?, 'Tom Reed', "
                        + "'{argon2}not-a-real-hash', null, true, ?)",
                member,
                java.sql.Timestamp.from(java.time.Instant.now()));
        jdbc.update(
                "insert into app_user_role (user_id, role) select id, 'SCHOOL_CONTACT' from app_user where email = ?",
                member);
        enrolments.apply(new Enrolments.Application(
                group.id(),
                school.urn(),
                List.of(
                        new Enrolments.ParticipantInput("Priya Shah", teacher, "Year 2 teacher", "Teacher", null),
                        new Enrolments.ParticipantInput("Tom Reed", member, "Year 1 teacher", "Teacher", null)),
                SignedIn.SCHOOL));

        String first = awaitLink(teacher);
        assertThat(mailbox().latest(teacher)).contains(school.name() + " nominated you to take part in SKTM Primary");

        // A participant's account belongs to no hub, yet the hub that invited them lists and resends it.
        Document list = html(get("/invitations").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(list.select("tr:contains(" + teacher + ")").text()).contains("Priya Shah", "Participant");
        mvc.perform(post(list.select("tr:contains(" + teacher + ") form").attr("action"))
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(redirectedUrl("/invitations"));
        String link = mailbox().link(teacher, "/invitation?token=");
        assertThat(link).isNotEqualTo(first);
        mvc.perform(post("/invitation")
                        .with(csrf())
                        .param("token", Mailbox.token(link))
                        .param("password", "a long enough phrase")
                        .param("confirmPassword", "a long enough phrase"))
                .andExpect(redirectedUrl("/my-sessions"));
        assertThat(users.loadUserByUsername(teacher).getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_PARTICIPANT");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(users.loadUserByUsername(member).getAuthorities())
                        .extracting(Object::toString)
                        .contains("ROLE_PARTICIPANT", "ROLE_SCHOOL_CONTACT"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbound_email where recipient = ? and kind = 'access.invitation'",
                        Integer.class,
                        member))
                .as("someone with an account is not invited")
                .isZero();
    }

    private String awaitLink(String email) {
        await().atMost(Duration.ofSeconds(10)).until(() -> mailbox().count(email) > 0);
        return mailbox().link(email, "/invitation?token=");
    }

    private int signIns(String email) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where type = 'login.succeeded' and subject = ?",
                Integer.class,
                email);
    }

    private int audits(String type, String subject) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where type = ? and subject = ?", Integer.class, type, subject);
    }

    private static AcademicYear year() {
        return AcademicYear.containing(LocalDate.now());
    }

    private Document html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
