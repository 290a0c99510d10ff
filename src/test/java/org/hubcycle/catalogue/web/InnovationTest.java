package org.hubcycle.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.TestKeys;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A hub proposes an innovation work group; the national admin approves or declines it; other hubs never see it. */
@IntegrationTest
class InnovationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anApprovedProposalBecomesAnInnovationProjectOwnedByTheHub() throws Exception {
        String title = TestKeys.next("Fractions through cooking");
        String location = submit(title);
        Document proposal = page(location, SignedIn.HUB_LEAD);
        assertThat(proposal.select("table").text())
                .contains("Venue hire £450", "Supply cover £1,200.50", "Total costing £1,650.50");

        mvc.perform(post(location + "/decision")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL))
                        .param("decision", "approve")
                        .param("code", "NCP27-7" + TestKeys.next() % 10 + "b")
                        .param("catalogueSection", "EARLY_YEARS_AND_PRIMARY")
                        .param("comment", "A good fit for the area."))
                .andExpect(redirectedUrlPattern("/innovation/*"));
        Document decided = page(location, SignedIn.HUB_LEAD);
        assertThat(decided.select(".govuk-summary-list").text())
                .contains("Approved", "national@hubcycle.test", "A good fit for the area.");
        String projectPath =
                decided.select(".govuk-summary-list a[href^=/projects/]").attr("href");
        Document project = page(projectPath, SignedIn.HUB_LEAD);
        assertThat(project.select(".govuk-summary-list").text()).contains("Work Group, Innovation");
        assertThat(project.select("h1").text()).endsWith(title);
        Mailbox mail = new Mailbox(jdbc);
        assertThat(mail.latestSubject(SignedIn.HUB_LEAD)).isEqualTo("Innovation proposal " + title + ": approved");
        assertThat(mail.latest(SignedIn.HUB_LEAD)).contains("It is now project NCP27-7", "A good fit for the area.");

        Document again = Jsoup.parse(mvc.perform(post(location + "/decision")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL))
                        .param("decision", "decline")
                        .param("comment", "Changed my mind"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(again.select(".govuk-error-summary").text()).contains("already approved");
    }

    @Test
    void aDecisionOnAProposalTheHubRevisedSinceItWasOpenedIsRefused() throws Exception {
        String location = submit(TestKeys.next("Revised idea"));
        String read = page(location, SignedIn.NATIONAL)
                .select("form[action$=/decision] input[name=version]")
                .val();
        String opened = page(location + "/edit", SignedIn.HUB_LEAD)
                .select("input[name=version]")
                .val();
        mvc.perform(revise(location, opened, "Pupils in our area struggle with fractions and decimals."))
                .andExpect(redirectedUrl(location));

        Document refused = Jsoup.parse(mvc.perform(post(location + "/decision")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL))
                        .param("version", read)
                        .param("decision", "approve")
                        .param("code", "NCP27-8" + TestKeys.next() % 10 + "c")
                        .param("catalogueSection", "EARLY_YEARS_AND_PRIMARY"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("The hub changed this proposal after you opened it");
        assertThat(refused.text()).as("shown as it now stands").contains("fractions and decimals");
        assertThat(page(location, SignedIn.HUB_LEAD)
                        .select(".govuk-summary-list")
                        .text())
                .doesNotContain("Approved");

        mvc.perform(post(location + "/decision")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL))
                        .param(
                                "version",
                                refused.select("form[action$=/decision] input[name=version]")
                                        .val())
                        .param("decision", "decline")
                        .param("comment", "Decimals belong to another project."))
                .andExpect(redirectedUrl(location));
        Document late = Jsoup.parse(mvc.perform(revise(location, opened, "A third try, before reading the decision."))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(late.select(".govuk-error-summary").text())
                .as("a revision from a form opened before the decision is not resubmitted unseen")
                .contains("or the national centre decided on it");
        assertThat(page(location, SignedIn.HUB_LEAD)
                        .select(".govuk-summary-list")
                        .text())
                .contains("Declined", "Decimals belong to another project.");
    }

    @Test
    void aDeclineNeedsAComment() throws Exception {
        String location = submit(TestKeys.next("Declined idea"));
        Document refused = Jsoup.parse(mvc.perform(post(location + "/decision")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL))
                        .param("decision", "decline"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#comment");
        mvc.perform(post(location + "/decision")
                .with(csrf())
                .with(signedIn.as(SignedIn.NATIONAL))
                .param("decision", "decline")
                .param("comment", "Too close to an existing national project."));
        assertThat(page(location, SignedIn.HUB_LEAD)
                        .select(".govuk-summary-list")
                        .text())
                .contains("Declined", "Too close to an existing");
        assertThat(new Mailbox(jdbc).latest(SignedIn.HUB_LEAD))
                .contains("has not approved", "Too close to an existing national project.", location);
    }

    @Test
    void proposalsAreCheckedAndKeptWithinTheirHub() throws Exception {
        Document invalid = Jsoup.parse(mvc.perform(post("/innovation/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("title", "")
                        .param("year", "2027/29")
                        .param("rationale", "")
                        .param("objectives", "x")
                        .param("schedule", "x")
                        .param("evaluation", "x")
                        .param("costDescriptions", "Room")
                        .param("costAmounts", "lots"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(invalid.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#title", "#year", "#phases", "#rationale", "#costAmounts");

        String location = submit(TestKeys.next("Only for Demo"));
        mvc.perform(get(location).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        mvc.perform(post(location + "/decision")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("decision", "approve")
                        .param("code", "NCP27-50"))
                .andExpect(status().isForbidden());
        assertThat(page("/innovation", SignedIn.HUB_LEAD_2).text()).doesNotContain("Only for Demo");
        assertThat(page("/innovation", SignedIn.NATIONAL).text()).contains("Only for Demo", "Demo Maths Hub");
        mvc.perform(get("/innovation/new").with(signedIn.as(SignedIn.WGL))).andExpect(status().isForbidden());
    }

    private String submit(String title) throws Exception {
        MockHttpServletRequestBuilder request = post("/innovation/new")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("title", title)
                .param("year", "2027/28")
                .param("phases", "PRIMARY")
                .param("rationale", "Pupils in our area struggle with fractions.")
                .param("objectives", "Better fractions teaching.")
                .param("schedule", "Three sessions in the spring term.")
                .param("evaluation", "Before and after pupil tasks.")
                .param("costDescriptions", "Venue hire", "Supply cover", "", "", "", "")
                .param("costAmounts", "450", "£1,200.50", "", "", "", "");
        return mvc.perform(request)
                .andExpect(redirectedUrlPattern("/innovation/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private MockHttpServletRequestBuilder revise(String location, String version, String rationale) {
        return post(location + "/edit")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("version", version)
                .param("title", "Revised idea")
                .param("year", "2027/28")
                .param("phases", "PRIMARY")
                .param("rationale", rationale)
                .param("objectives", "Better fractions teaching.")
                .param("schedule", "Three sessions in the spring term.")
                .param("evaluation", "Before and after pupil tasks.")
                .param("costDescriptions", "Venue hire", "", "", "", "", "")
                .param("costAmounts", "450", "", "", "", "", "");
    }

    private Document page(String path, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(signedIn.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
