package org.hubcycle.leadership;

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
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
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
 * A hub lead takes an entry added by mistake off the LLME register (ADR 0046): the entry and its roles go, the
 * invitation it sent stops working (or the role it gave is taken back), and the person's details stay. An entry that
 * has been used stays, and only the hub's own lead removes one.
 */
@IntegrationTest
class LlmeRemovalTest {

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
    UserDetailsService users;

    @Test
    void anEntryAddedByMistakeGoesWithItsRolesAndTheInvitationStopsWorking() throws Exception {
        String email = Unique.email("wrong.llme");
        long llme = anLlme("Quinn Mistaken", email);
        String link = awaitInvitation(email);

        Document profile = html(get("/llmes/" + llme).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(profile.select("a[href=/llmes/" + llme + "/remove]").text())
                .isEqualTo("Remove Quinn Mistaken from the register");
        Document confirm = html(get("/llmes/" + llme + "/remove").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(confirm.select("h1").text()).isEqualTo("Remove Quinn Mistaken from the register?");
        assertThat(confirm.select("ul.govuk-list--bullet li").text())
                .startsWith("Specialist Leader of Education (SLE), from");

        MvcResult removed = mvc.perform(remove(SignedIn.HUB_LEAD, llme))
                .andExpect(redirectedUrl("/llmes"))
                .andReturn();
        assertThat((String) removed.getFlashMap().get("confirmation"))
                .isEqualTo("Quinn Mistaken has been removed from the register.");
        assertThat(jdbc.queryForObject("select count(*) from llme where id = ?", Integer.class, llme))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from llme_role where llme_id = ?", Integer.class, llme))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select detail_facts from audit_event where type = 'leadership.llme-removed' and subject = ?",
                        String.class,
                        "Quinn Mistaken"))
                .containsExactly("Specialist Leader of Education (SLE)");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email)
                        == 0);
        Document dead = html(get(Mailbox.pathOf(link)));
        assertThat(dead.text()).contains("Check that you opened the whole link from the email");
        assertThat(jdbc.queryForObject("select count(*) from person where email = ?", Integer.class, email))
                .as("their details stay under People")
                .isEqualTo(1);
        mvc.perform(get("/llmes/" + llme).with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isNotFound());
    }

    @Test
    void someoneWhoAcceptedLosesTheLlmeRoleAndKeepsTheirAccount() throws Exception {
        String email = Unique.email("accepted.llme");
        long llme = anLlme("Rae Accepted", email);
        mvc.perform(post("/invitation")
                        .with(csrf())
                        .param("token", Mailbox.token(awaitInvitation(email)))
                        .param("password", "a long enough phrase")
                        .param("confirmPassword", "a long enough phrase"))
                .andExpect(redirectedUrl("/interest"));

        mvc.perform(remove(SignedIn.HUB_LEAD, llme)).andExpect(redirectedUrl("/llmes"));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> users.loadUserByUsername(email).getAuthorities().isEmpty());
        assertThat(jdbc.queryForObject("select hub_id from app_user where email = ?", Long.class, email))
                .as("an account with no hub role leaves the hub")
                .isNull();
        assertThat(jdbc.queryForList(
                        "select subject from audit_event where type = 'access.role-withdrawn' and subject = ?",
                        String.class,
                        email))
                .hasSize(1);
        assertThat(new Mailbox(jdbc).latestSubject(email))
                .as("someone who accepted is told, as when they leave a hub's team")
                .isEqualTo("Demo Maths Hub has taken back a role of yours in Hubcycle");
    }

    @Test
    void anEntryThatHasBeenUsedStays() throws Exception {
        long llme = anLlme("Sol Invited", Unique.email("invited.llme"));
        long hub = hubs.getBySlug("demo-maths-hub").id();
        long meeting = Rows.insert(
                jdbc,
                "insert into network_meeting (hub_id, title, meeting_date) values (?, ?, ?)",
                hub,
                "Autumn network",
                LocalDate.of(2026, 11, 20));
        Rows.insert(
                jdbc,
                "insert into network_invitation (hub_id, meeting_id, llme_id, attendance) values (?, ?, ?, 'INVITED')",
                hub,
                meeting,
                llme);

        Document page = html(get("/llmes/" + llme + "/remove").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(page.select("h1").text()).isEqualTo("Sol Invited stays on the register");
        assertThat(page.select("main").text())
                .contains("no expressions of interest and an invitation to a network meeting");
        assertThat(page.select("button.govuk-button--warning")).isEmpty();
        Document refused = html(remove(SignedIn.HUB_LEAD, llme));
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Sol Invited has expressed interest in leading or been invited to a network meeting");
        assertThat(jdbc.queryForObject("select count(*) from llme where id = ?", Integer.class, llme))
                .isEqualTo(1);
    }

    @Test
    void onlyTheHubsOwnLeadRemovesAnEntry() throws Exception {
        long llme = anLlme("Tam Kept", Unique.email("kept.llme"));
        mvc.perform(get("/llmes/" + llme + "/remove").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(remove(SignedIn.HUB_LEAD_2, llme)).andExpect(status().isNotFound());
        mvc.perform(post("/llmes/" + llme + "/remove")
                        .with(csrf())
                        .with(signedIn.asStaffOf(hubs.getBySlug("demo-maths-hub"))))
                .andExpect(status().isForbidden());
        for (String other :
                List.of(SignedIn.NATIONAL, SignedIn.WGL, SignedIn.LLME, SignedIn.SCHOOL, SignedIn.PARTICIPANT)) {
            mvc.perform(get("/llmes/" + llme + "/remove").with(signedIn.as(other)))
                    .andExpect(status().isForbidden());
            mvc.perform(remove(other, llme)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/llmes/" + llme + "/remove").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from llme where id = ?", Integer.class, llme))
                .isEqualTo(1);
    }

    /** One of the demo hub's people, added to its register by its lead as an SLE this year. */
    private long anLlme(String name, String email) throws Exception {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        HubScope.asSystem(() -> people.add(hub, name, email, null, null, null));
        return LlmeEntries.add(mvc, signedIn, email, RoleType.SLE, AcademicYear.containing(LocalDate.now()));
    }

    private String awaitInvitation(String email) {
        await().atMost(Duration.ofSeconds(10)).until(() -> new Mailbox(jdbc).count(email) > 0);
        return new Mailbox(jdbc).link(email, "/invitation?token=");
    }

    private MockHttpServletRequestBuilder remove(String who, long llme) {
        return post("/llmes/" + llme + "/remove").with(csrf()).with(signedIn.as(who));
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
