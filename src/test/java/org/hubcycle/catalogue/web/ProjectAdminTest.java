package org.hubcycle.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The national admin writes project specifications; nobody else can. */
@IntegrationTest
class ProjectAdminTest {

    private static final AtomicInteger NUMBER = new AtomicInteger(60);

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

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

    @Test
    void aWithdrawnProjectIsNoLongerOfferedToHubsButItsWorkGroupsKeepIt() throws Exception {
        // A year long past, as the other tests here use, so that no other test's offer or count is touched.
        AcademicYear year = new AcademicYear(2019);
        String code = "NCP19-" + NUMBER.incrementAndGet();
        mvc.perform(project(post("/projects/new"), code, "Added in error").with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(redirectedUrl("/projects/" + code));
        String projectId = jdbc.queryForObject("select id from project where code = ?", String.class, code);
        RequestPostProcessor lead = signedIn.as(SignedIn.HUB_LEAD);
        String newGroup = "/offer/" + year.slug() + "/work-groups/new";
        mvc.perform(group(post(newGroup), year, projectId, "Planned before the withdrawal")
                        .with(lead))
                .andExpect(redirectedUrl("/offer/" + year.slug()));
        long planned = jdbc.queryForObject(
                "select id from work_group where name = 'Planned before the withdrawal'", Long.class);

        String page = "/projects/" + code;
        RequestPostProcessor national = signedIn.as(SignedIn.NATIONAL);
        Document blank =
                Jsoup.parse(mvc.perform(post(page + "/withdraw").with(csrf()).with(national))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(blank.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#reason");
        mvc.perform(post(page + "/withdraw").with(csrf()).with(lead).param("reason", "Not ours."))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/withdraw").with(csrf()).with(national).param("reason", "Added by mistake"))
                .andExpect(redirectedUrl(page));

        assertThat(page(page).select("#withdrawn").text()).contains("withdrawn this project: Added by mistake");
        assertThat(jdbc.queryForObject(
                        "select body from outbound_email where recipient = 'hello@demo-maths-hub.test'"
                                + " and kind = 'catalogue.project-withdrawn' and subject like ?",
                        String.class,
                        "%" + code))
                .as("the hub with a group planned on it is told, at its contact address")
                .contains("Added by mistake", "Planned before the withdrawal");
        assertThat(page("/projects?year=" + year.slug())
                        .select("tr:contains(" + code + ") .govuk-tag")
                        .text())
                .isEqualTo("Withdrawn");
        Document offered = Jsoup.parse(
                mvc.perform(get(newGroup).with(lead)).andReturn().getResponse().getContentAsString());
        assertThat(offered.select("#projectId option").eachAttr("value")).doesNotContain(projectId);
        Document refused = Jsoup.parse(mvc.perform(group(post(newGroup), year, projectId, "Planned after it")
                        .with(lead))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("The national centre has withdrawn " + code + ": choose another project");
        Document kept =
                Jsoup.parse(mvc.perform(get("/offer/work-groups/" + planned).with(lead))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(kept.select("#projectId option[selected]").val())
                .as("a group planned before keeps its project, and can still be saved")
                .isEqualTo(projectId);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where type = 'catalogue.project-withdrawn' and subject like ?",
                        Integer.class,
                        code + " %"))
                .isEqualTo(1);

        mvc.perform(post(page + "/reinstate").with(csrf()).with(national)).andExpect(redirectedUrl(page));
        assertThat(page(page).select("#withdrawn")).isEmpty();
        mvc.perform(group(post(newGroup), year, projectId, "Planned once offered again")
                        .with(lead))
                .andExpect(redirectedUrl("/offer/" + year.slug()));
    }

    private static MockHttpServletRequestBuilder group(
            MockHttpServletRequestBuilder request, AcademicYear year, String projectId, String name) {
        return request.with(csrf())
                .param("projectId", projectId)
                .param("name", name)
                .param("summary", "A group for testing.")
                .param("capacitySchools", "6")
                .param("placesPerSchool", "2")
                .param("rolesRequired", "2 teachers")
                .param("sessionCount", "3")
                .param("sessionLength", "HALF_DAY")
                .param("sessionFormat", "ONLINE")
                .param("venue", "Online")
                .param("startMonth", "10")
                .param("startYear", String.valueOf(year.startYear()))
                .param("deadlineDay", "30")
                .param("deadlineMonth", "9")
                .param("deadlineYear", String.valueOf(year.startYear()))
                .param("cost", "0")
                .param("noShowCharge", "0")
                .param("status", "DRAFT");
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
