package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hubcycle.shared.HubMember;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Claiming to act for a school makes a pending contact who sees nothing of the school's until an
 * approved contact of the school, or the lead of its hub, approves; another hub's lead cannot. Every
 * approver is emailed, and every decision is audited in the school's hub and emailed to the contact.
 */
@IntegrationTest
class SchoolContactsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void aPendingContactSeesNothingOfTheSchoolsUntilItsContactApproves() throws Exception {
        int urn = schoolOfTheDemoContact();
        String claimant = claim(urn, "Mallory Quint");
        Mailbox mail = new Mailbox(jdbc);
        assertThat(mail.latestSubject(SignedIn.SCHOOL)).startsWith("Someone has asked to act for");
        assertThat(mail.latestSubject(SignedIn.HUB_LEAD)).startsWith("Someone has asked to act for");
        assertThat(mail.latest(SignedIn.HUB_LEAD)).contains("Mallory Quint (" + claimant + ")", "/school-contacts");

        Document mine = html(get("/applications").with(signedIn.as(claimant)));
        assertThat(mine.text()).contains("Once the school's contact or its Maths Hub approves you");
        assertThat(mine.select("tbody tr")).isEmpty();
        long theirs = jdbc.queryForObject("select min(id) from enrolment where school_urn = ?", Long.class, urn);
        mvc.perform(get("/applications/" + theirs).with(signedIn.as(claimant))).andExpect(status().isNotFound());
        mvc.perform(post("/applications/" + theirs + "/withdraw")
                        .with(csrf())
                        .with(signedIn.as(claimant))
                        .param("withdrawReason", "x"))
                .andExpect(status().isNotFound());

        assertThat(html(get("/school-contacts").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                        .text())
                .doesNotContain(claimant);
        long id = userId(claimant);
        mvc.perform(post("/school-contacts/" + id + "/approve").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/school-contacts/" + id + "/approve").with(csrf()).with(signedIn.as(SignedIn.PARTICIPANT)))
                .andExpect(status().isForbidden());
        assertThat(((HubMember) users.loadUserByUsername(claimant)).schoolUrn()).isNull();

        Document list = html(get("/school-contacts").with(signedIn.as(SignedIn.SCHOOL)));
        assertThat(list.select("tr:contains(" + claimant + ")").text()).contains("Waiting for approval");
        mvc.perform(post("/school-contacts/" + id + "/approve").with(csrf()).with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(redirectedUrl("/school-contacts"));
        assertThat(((HubMember) users.loadUserByUsername(claimant)).schoolUrn()).isEqualTo(urn);
        assertThat(mail.latestSubject(claimant)).startsWith("You can now act for");
        mvc.perform(get("/applications/" + theirs).with(signedIn.as(claimant))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where type = 'access.school-contact-approved' and subject like ? "
                                + "and hub_id = (select id from hub where slug = 'demo-maths-hub')",
                        Integer.class,
                        claimant + "%"))
                .isEqualTo(1);

        mvc.perform(post("/school-contacts/" + id + "/approve").with(csrf()).with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(redirectedUrl("/school-contacts"));
        mvc.perform(post("/school-contacts/" + id + "/remove").with(csrf()).with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(redirectedUrl("/school-contacts"));
        assertThat(((HubMember) users.loadUserByUsername(claimant)).schoolUrn())
                .as("an approved contact removes another")
                .isNull();
        mvc.perform(get("/applications/" + theirs).with(signedIn.as(claimant))).andExpect(status().isNotFound());
    }

    @Test
    void theHubLeadOfTheSchoolsHubDecidesAndTheNationalAdminCanToo() throws Exception {
        int urn = schoolOfTheDemoContact();
        String refused = claim(urn, "Rosa Vickery");
        Document hubList = html(get("/school-contacts").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(hubList.text()).contains(refused);
        mvc.perform(post("/school-contacts/" + userId(refused) + "/refuse")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(redirectedUrl("/school-contacts"));
        assertThat(((HubMember) users.loadUserByUsername(refused)).schoolUrn()).isNull();
        assertThat(((HubMember) users.loadUserByUsername(refused)).pendingSchoolUrn())
                .isNull();
        assertThat(new Mailbox(jdbc).latestSubject(refused)).startsWith("Your request to act for");

        String approved = claim(urn, "Otto Brennan");
        assertThat(html(get("/school-contacts").with(signedIn.as(SignedIn.NATIONAL)))
                        .text())
                .contains(approved);
        mvc.perform(post("/school-contacts/" + userId(approved) + "/approve")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(redirectedUrl("/school-contacts"));
        assertThat(((HubMember) users.loadUserByUsername(approved)).schoolUrn()).isEqualTo(urn);
    }

    /** A new contact claims the school and confirms their address. */
    private String claim(int urn, String name) throws Exception {
        String email = Unique.email("contact");
        mvc.perform(post("/account/new/" + urn)
                        .with(csrf())
                        .param("name", name)
                        .param("email", email)
                        .param("password", "a long enough phrase")
                        .param("confirmPassword", "a long enough phrase"))
                .andExpect(redirectedUrl("/account/sent"));
        String link = new Mailbox(jdbc).link(email, "/account/confirm?token=");
        mvc.perform(get(Mailbox.pathOf(link))).andExpect(redirectedUrl("/login"));
        return email;
    }

    private int schoolOfTheDemoContact() {
        return jdbc.queryForObject("select school_urn from app_user where email = ?", Integer.class, SignedIn.SCHOOL);
    }

    private long userId(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
    }

    private Document html(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
