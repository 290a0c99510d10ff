package org.hubcycle.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The national admin writes project specifications; nobody else can. */
@IntegrationTest
class ProjectAdminTest {

    private static final AtomicInteger NUMBER = new AtomicInteger(60);

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void addsAProjectWithANormalisedCodeOutcomesAndAnEligibilityRule() throws Exception {
        int n = NUMBER.incrementAndGet();
        mvc.perform(project(post("/projects/new"), "ncp 19 - " + n, "Reasoning in Key Stage 2")
                        .param("ruleCompletedFamily", "Primary TfM Development")
                        .param("ruleCompletedWindow", "EVER")
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(redirectedUrl("/projects/NCP19-" + n));
        Document page = page("/projects/NCP19-" + n);
        assertThat(page.select("h1").text()).isEqualTo("NCP19-" + n + ": Reasoning in Key Stage 2");
        assertThat(page.select(".govuk-summary-list").text())
                .contains("For schools that completed a Primary TfM Development project", "2019/20");
        assertThat(page.select("h3 + ul li").eachText())
                .containsExactly(
                        "Teachers plan for reasoning.", "Teachers share plans.", "Pupils explain their thinking.");
    }

    @Test
    void aProjectSaysHowPlacesAreGivenAndWhatEachSchoolIsFunded() throws Exception {
        int n = NUMBER.incrementAndGet();
        Document bad = Jsoup.parse(mvc.perform(project(post("/projects/new"), "NCP19-" + n, "Funded")
                        .param("allocation", "PRIORITY")
                        .param("funding", "Supply cover: £3000\nTextbooks: lots")
                        .param("completionSessions", "none")
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(bad.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#funding", "#completionSessions");
        assertThat(bad.select(".govuk-error-summary").text()).contains("Line 2 is not like");

        mvc.perform(project(post("/projects/new"), "NCP19-" + n, "Funded")
                        .param("allocation", "PRIORITY")
                        .param("funding", "Supply cover: £3,000\n\nMatched textbook funding: up to £2000.50")
                        .param("completionSessions", "5")
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(redirectedUrl("/projects/NCP19-" + n));
        assertThat(page("/projects/NCP19-" + n).select(".govuk-summary-list").text())
                .contains(
                        "At the deadline, by priority",
                        "Supply cover: £3,000",
                        "Matched textbook funding: up to £2,000.50",
                        "attends 5 sessions");
    }

    @Test
    void refusesATakenCodeABadRuleAndAMissingPhase() throws Exception {
        int n = NUMBER.incrementAndGet();
        mvc.perform(project(post("/projects/new"), "NCP19-" + n, "First").with(signedIn.as(SignedIn.NATIONAL)));
        Document page = Jsoup.parse(mvc.perform(project(post("/projects/new"), "NCP 19-" + n, "Second")
                        .param("rulePhases", "Primry")
                        .param("ruleNeverFamily", "Made-up family")
                        .param("phases", "")
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .as("in the order of the form")
                .containsExactly("#phases", "#rulePhases", "#ruleNeverFamily");
        assertThat(page.text()).doesNotContain("{\"type\"");

        Document taken = Jsoup.parse(mvc.perform(
                        project(post("/projects/new"), "NCP 19-" + n, "Second").with(signedIn.as(SignedIn.NATIONAL)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(taken.select(".govuk-error-summary").text()).contains("Project NCP19-" + n + " already exists");
        assertThat(page("/projects/NCP19-" + n).select("h1").text()).endsWith("First");
    }

    @Test
    void changesAProject() throws Exception {
        int n = NUMBER.incrementAndGet();
        mvc.perform(project(post("/projects/new"), "NCP19-" + n, "Old title").with(signedIn.as(SignedIn.NATIONAL)));
        Document form =
                Jsoup.parse(mvc.perform(get("/projects/NCP19-" + n + "/edit").with(signedIn.as(SignedIn.NATIONAL)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(form.select("#title").val()).isEqualTo("Old title");
        assertThat(form.select("#outcomesPupilLearning").text()).isEqualTo("Pupils explain their thinking.");
        mvc.perform(project(post("/projects/NCP19-" + n + "/edit"), "NCP19-" + n, "New title")
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(redirectedUrl("/projects/NCP19-" + n));
        assertThat(page("/projects/NCP19-" + n).select("h1").text()).endsWith("New title");
    }

    @Test
    void aFormOpenedBeforeAnotherAdminSavedTheProjectCannotUndoTheirChange() throws Exception {
        int n = NUMBER.incrementAndGet();
        String edit = "/projects/NCP19-" + n + "/edit";
        mvc.perform(project(post("/projects/new"), "NCP19-" + n, "First title").with(signedIn.as(SignedIn.NATIONAL)));
        String opened = Jsoup.parse(mvc.perform(get(edit).with(signedIn.as(SignedIn.NATIONAL)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select("input[name=version]")
                .val();
        mvc.perform(project(post(edit), "NCP19-" + n, "Saved first")
                        .param("version", opened)
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(redirectedUrl("/projects/NCP19-" + n));

        Document refused = Jsoup.parse(mvc.perform(project(post(edit), "NCP19-" + n, "Saved second")
                        .param("version", opened)
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Another administrator saved changes to this project after you opened it");
        assertThat(refused.select("#title").val())
                .as("what they entered is kept")
                .isEqualTo("Saved second");
        assertThat(page("/projects/NCP19-" + n).select("h1").text()).endsWith("Saved first");
    }

    @Test
    void onlyTheNationalAdminWritesProjects() throws Exception {
        mvc.perform(get("/projects/new").with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isForbidden());
        mvc.perform(project(post("/projects/new"), "NCP19-99", "Sneaky").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/projects/NCP19-99")).andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder project(MockHttpServletRequestBuilder request, String code, String title) {
        return request.with(csrf())
                .param("code", code)
                .param("title", title)
                .param("phases", "PRIMARY")
                .param("section", "EARLY_YEARS_AND_PRIMARY")
                .param("strategicGoal", "Primary")
                .param("type", "WORK_GROUP")
                .param("stage", "DEVELOPMENT")
                .param("family", "Reasoning")
                .param("rationale", "Why it matters.")
                .param("participants", "Two teachers from each school.")
                .param("previousComments", "")
                .param("outcomesPolicies", "")
                .param("outcomesPractice", "· Teachers plan for reasoning.\n- Teachers share plans.\n")
                .param("outcomesProfessionalLearning", "")
                .param("outcomesCommunityCulture", "")
                .param("outcomesPupilLearning", "Pupils explain their thinking.")
                .param("continuesFrom", "");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
