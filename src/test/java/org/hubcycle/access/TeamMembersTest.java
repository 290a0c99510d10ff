package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.hubcycle.access.accounts.ApiTokens;
import org.hubcycle.access.accounts.Invitations;
import org.hubcycle.access.internal.Role;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.TestKeys;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The hub lead takes a member of staff off the hub's team, and the national admin a hub lead: they lose the
 * team's roles at once (their API tokens with them), keep their other roles, and are told; nobody else can.
 */
@IntegrationTest
class TeamMembersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Invitations invitations;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Hubs hubs;

    private final List<String> made = new ArrayList<>();

    @AfterEach
    void takeTheTestsPeopleOutOfTheHub() {
        for (String email : made) {
            jdbc.update("delete from api_token where user_id in (select id from app_user where email = ?)", email);
            jdbc.update("delete from invitation where user_id in (select id from app_user where email = ?)", email);
            jdbc.update("delete from app_user_role where user_id in (select id from app_user where email = ?)", email);
            jdbc.update("update app_user set hub_id = null where email = ?", email);
        }
    }

    @Test
    void theHubLeadTakesStaffOffTheTeamAndTheyLoseItsRecordsAtOnce() throws Exception {
        HubSummary demo = hubs.getBySlug("demo-maths-hub");
        String staff = member(demo, Role.HUB_STAFF);
        String staffAndLlme = member(demo, Role.HUB_STAFF);
        invitations.give(
                demo.id(), staffAndLlme, "Robin Vale", Role.LLME, SignedIn.HUB_LEAD, "access.invitation.reason.llme");
        long staffId = userId(staff);
        // The member of staff has started work: their account works, and a program of theirs reads the hub's records.
        jdbc.update("update app_user set enabled = true where id = ?", staffId);
        String secret = tokens.create(staffId, new ApiTokens.Request("Dashboard", 30, null))
                .secret();
        long group = jdbc.queryForObject("select min(id) from work_group where hub_id = ?", Long.class, demo.id());
        mvc.perform(get("/api/v1/work-groups/" + group + "/enrolments")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isOk());

        Document hub = page(get("/hubs/demo-maths-hub").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(hub.select("a[href=/hubs/demo-maths-hub/team/" + staffId + "/remove]")
                        .text())
                .isEqualTo("Remove " + displayName(staff));
        long lead = userId(SignedIn.HUB_LEAD);
        assertThat(hub.select("a[href=/hubs/demo-maths-hub/team/" + lead + "/remove]"))
                .as("nobody takes themselves off")
                .isEmpty();
        mvc.perform(get("/hubs/demo-maths-hub/team/" + lead + "/remove").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isForbidden());

        // Another hub's lead finds nobody; the hub's staff and other roles may not.
        mvc.perform(get("/hubs/demo-maths-hub/team/" + staffId + "/remove").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/hubs/demo-maths-hub/team/" + staffId + "/remove")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        for (String other : List.of(SignedIn.WGL, SignedIn.LLME, SignedIn.SCHOOL)) {
            mvc.perform(post("/hubs/demo-maths-hub/team/" + staffId + "/remove")
                            .with(csrf())
                            .with(signedIn.as(other)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/hubs/demo-maths-hub/team/" + staffId + "/remove")
                        .with(csrf())
                        .with(signedIn.asStaffOf(demo)))
                .andExpect(status().isForbidden());

        Document confirm =
                page(get("/hubs/demo-maths-hub/team/" + staffId + "/remove").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(confirm.select("h1").text()).isEqualTo("Take " + displayName(staff) + " off the team?");
        assertThat(confirm.select("#team-roles li").eachText()).containsExactly("Hub staff");
        mvc.perform(post("/hubs/demo-maths-hub/team/" + staffId + "/remove")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(redirectedUrl("/hubs/demo-maths-hub"));

        assertThat(roles(staff)).isEmpty();
        assertThat(jdbc.queryForObject("select hub_id from app_user where email = ?", Long.class, staff))
                .as("no hub role left: out of the hub")
                .isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from invitation where user_id = ? and accepted_at is null",
                        Integer.class,
                        staffId))
                .as("the invitation to the team no longer works")
                .isZero();
        assertThat(new Mailbox(jdbc).latestSubject(staff))
                .isEqualTo("You are no longer on Demo Maths Hub's team in Hubcycle");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where type = 'access.team-removed' and subject = ?",
                        Integer.class,
                        staff))
                .isEqualTo(1);
        mvc.perform(get("/api/v1/work-groups/" + group + "/enrolments")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isForbidden());
        // Taken off once: a second click finds nobody.
        mvc.perform(post("/hubs/demo-maths-hub/team/" + staffId + "/remove")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isNotFound());

        long bothId = userId(staffAndLlme);
        Document both =
                page(get("/hubs/demo-maths-hub/team/" + bothId + "/remove").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(both.select("#other-roles li").eachText()).containsExactly("Local leader of maths education");
        mvc.perform(post("/hubs/demo-maths-hub/team/" + bothId + "/remove")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(redirectedUrl("/hubs/demo-maths-hub"));
        assertThat(roles(staffAndLlme)).containsExactly("LLME");
        assertThat(jdbc.queryForObject("select hub_id from app_user where email = ?", Long.class, staffAndLlme))
                .as("still the hub's LLME")
                .isEqualTo(demo.id());
    }

    @Test
    void onlyTheNationalAdminTakesAHubLeadOffTheTeam() throws Exception {
        HubSummary demo = hubs.getBySlug("demo-maths-hub");
        String coLead = member(demo, Role.HUB_LEAD);
        long id = userId(coLead);
        assertThat(page(get("/hubs/demo-maths-hub").with(signedIn.as(SignedIn.HUB_LEAD)))
                        .select("a[href=/hubs/demo-maths-hub/team/" + id + "/remove]"))
                .isEmpty();
        mvc.perform(post("/hubs/demo-maths-hub/team/" + id + "/remove")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isForbidden());
        assertThat(roles(coLead)).containsExactly("HUB_LEAD");

        assertThat(page(get("/hubs/demo-maths-hub").with(signedIn.as(SignedIn.NATIONAL)))
                        .select("a[href=/hubs/demo-maths-hub/team/" + id + "/remove]"))
                .hasSize(1);
        mvc.perform(post("/hubs/demo-maths-hub/team/" + id + "/remove")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(redirectedUrl("/hubs/demo-maths-hub"));
        assertThat(roles(coLead)).isEmpty();
    }

    @Test
    void nobodyTakesAHubsOnlyWorkingLeadOffItsTeam() throws Exception {
        HubSummary demo = hubs.getBySlug("demo-maths-hub");
        member(demo, Role.HUB_LEAD); // invited, not yet accepted: cannot run the hub
        long lead = userId(SignedIn.HUB_LEAD);
        List<Long> others = jdbc.queryForList(
                "select u.id from app_user u join app_user_role r on r.user_id = u.id where r.role = 'HUB_LEAD'"
                        + " and u.hub_id = ? and u.id <> ? and u.enabled = true and u.suspended_at is null",
                Long.class,
                demo.id(),
                lead);
        others.forEach(
                other -> jdbc.update("update app_user set suspended_at = current_timestamp where id = ?", other));
        try {
            String path = "/hubs/demo-maths-hub/team/" + lead + "/remove";
            Document check = page(get(path).with(signedIn.as(SignedIn.NATIONAL)));
            assertThat(check.select("#last-lead").text()).contains("They are the hub's only hub lead");
            assertThat(check.select("form[action='" + path + "']")).isEmpty();
            Document refused = page(post(path).with(csrf()).with(signedIn.as(SignedIn.NATIONAL)));
            assertThat(refused.select(".govuk-error-summary").text()).contains("only hub lead");
            assertThat(roles(SignedIn.HUB_LEAD)).containsExactly("HUB_LEAD");
        } finally {
            others.forEach(other -> jdbc.update("update app_user set suspended_at = null where id = ?", other));
        }
    }

    /** Someone new on the hub's team, invited and not yet accepted. */
    private String member(HubSummary hub, Role role) {
        String email = TestKeys.next("member") + "@team.test";
        made.add(email);
        invitations.give(
                hub.id(),
                email,
                // First in the team's order of names, so on the team's first page.
                "Aaa Member " + email.substring(0, email.indexOf('@')),
                role,
                SignedIn.HUB_LEAD,
                "access.invitation.reason.staff",
                hub.name());
        return email;
    }

    private List<String> roles(String email) {
        return jdbc.queryForList(
                "select r.role from app_user_role r join app_user u on u.id = r.user_id where u.email = ?",
                String.class,
                email);
    }

    private long userId(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
    }

    private String displayName(String email) {
        return jdbc.queryForObject("select display_name from app_user where email = ?", String.class, email);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
