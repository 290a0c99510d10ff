package org.hubcycle.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hubcycle.catalogue.domain.WorkGroup;
import org.hubcycle.catalogue.domain.WorkGroupRepository;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PublicCatalogueTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    WorkGroupRepository workGroups;

    @Autowired
    Hubs hubs;

    @Autowired
    Clock clock;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MessageSource messages;

    @Test
    void theCatalogueIsPublicGroupedBySectionAndHidesDrafts() throws Exception {
        Document page = html("/catalogue/demo-maths-hub/" + year().slug());
        assertThat(page.select("h2.govuk-heading-m").eachText())
                .containsExactly(
                        "Early Years and Primary",
                        "Secondary",
                        "Post-16",
                        "Local leaders: ITT and SKTM",
                        "Professional development");
        assertThat(page.select("tbody tr"))
                .as("25 published in the demo, more if another test opened one")
                .hasSizeGreaterThanOrEqualTo(25);
        assertThat(page.text())
                .contains("Development 1", "Mastering Number 3", "GCSE Resit", "Free", "£120")
                .doesNotContain("not yet agreed")
                .doesNotContain("Core Maths in person")
                .doesNotContain("Northfield");
        WorkGroup embedding = demoGroup("Embedding 1");
        assertThat(page.select("tbody a:matchesOwn(^Embedding 1$)").attr("href"))
                .isEqualTo("/catalogue/demo-maths-hub/" + year().slug() + "/work-groups/" + embedding.getId());
    }

    @Test
    void filtersByPhase() throws Exception {
        Document secondary = html("/catalogue/demo-maths-hub/" + year().slug() + "?phase=SECONDARY");
        assertThat(secondary.select("h2.govuk-heading-m").eachText())
                .contains("Secondary")
                .doesNotContain("Post-16");
        assertThat(secondary.select("tbody").text())
                .contains("Secondary Development 1")
                .doesNotContain("Mastering Number");
        assertThat(secondary.select("select#phase option[selected]").text()).isEqualTo("Secondary");
    }

    @Test
    void aWorkGroupPageSaysWhoItIsForInPlainEnglish() throws Exception {
        WorkGroup group = demoGroup("Embedding 1");
        Document page = html("/catalogue/demo-maths-hub/" + year().slug() + "/work-groups/" + group.getId());
        assertThat(page.select("h1").text()).isEqualTo("Embedding 1");
        assertThat(page.select(".govuk-summary-list").text())
                .contains(
                        "For schools that completed a Primary TfM Development project last year",
                        "10 schools, up to 1 participant from each",
                        "4 half day sessions, blended",
                        "A school that sends nobody to a session, without sending apologies beforehand, is charged £75");
        assertThat(page.select("a[href^=mailto:]").text()).contains("hello@demo-maths-hub.test");
        assertThat(page.select("a.govuk-back-link").attr("href"))
                .isEqualTo("/catalogue/demo-maths-hub/" + year().slug());
        assertThat(page.select("a.govuk-back-link").text()).isEqualTo("Back to Demo Maths Hub's work groups " + year());
    }

    @Test
    void draftsAndOtherHubsWorkGroupsHaveNoPublicPage() throws Exception {
        WorkGroup draft = demoGroup("Development 5 (not yet agreed)");
        mvc.perform(get("/catalogue/demo-maths-hub/" + year().slug() + "/work-groups/" + draft.getId()))
                .andExpect(status().isNotFound());
        WorkGroup northfield = HubScope.asSystem(() -> workGroups.findAll().stream()
                .filter(g -> g.getName().equals("Northfield Development 1"))
                .findFirst()
                .orElseThrow());
        mvc.perform(get("/catalogue/demo-maths-hub/" + year().slug() + "/work-groups/" + northfield.getId()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/catalogue/demo-maths-hub/2026-28")).andExpect(status().isNotFound());
        mvc.perform(get("/catalogue/no-such-hub/" + year().slug())).andExpect(status().isNotFound());
    }

    @Test
    void theWorkGroupSummaryPdfHasTheSameContentAsText() throws Exception {
        byte[] pdf = mvc.perform(get("/catalogue/demo-maths-hub/" + year().slug() + ".pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains(
                        "Demo Maths Hub Work Group Summary " + year(),
                        "hello@demo-maths-hub.test",
                        "Early Years and Primary",
                        "Secondary Development 2",
                        "Professional development",
                        "£120")
                .doesNotContain("not yet agreed");
    }

    @Test
    void placesAndSessionsAreCountedInWords() {
        // Written with the count outside each choice, so that no choice is parsed again as it is written.
        assertThat(messages.getMessage("catalogue.availability.OPEN", new Object[] {1, 20}, Locale.UK))
                .isEqualTo("Open: 1 place left of 20");
        assertThat(messages.getMessage("catalogue.availability.OPEN", new Object[] {1234, 2000}, Locale.UK))
                .isEqualTo("Open: 1,234 places left of 2,000");
        assertThat(messages.getMessage("catalogue.availability.FEW_LEFT", new Object[] {2, 30}, Locale.UK))
                .isEqualTo("Few places left: 2 places of 30");
        assertThat(messages.getMessage("catalogue.availability.FEW_LEFT", new Object[] {1, 30}, Locale.UK))
                .isEqualTo("Few places left: 1 place of 30");
        assertThat(messages.getMessage("catalogue.from", new Object[] {"5 October 2026", 1}, Locale.UK))
                .isEqualTo("From 5 October 2026 (1 session)");
        assertThat(messages.getMessage("catalogue.from", new Object[] {"5 October 2026", 6}, Locale.UK))
                .isEqualTo("From 5 October 2026 (6 sessions)");
    }

    @Test
    void theOfferAndProjectsAreJson() throws Exception {
        mvc.perform(get("/api/v1/hubs/demo-maths-hub/offer/" + year().slug()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hubName").value("Demo Maths Hub"))
                .andExpect(jsonPath("$.sections[0].label").value("Early Years and Primary"))
                // The page leaves each project's intended outcomes out; the API gives the projects in full.
                .andExpect(
                        jsonPath("$.sections[0].workGroups[0].project.outcomes").isNotEmpty());
        String code = "NCP%02d-02".formatted(year().startYear() % 100);
        mvc.perform(get("/api/v1/projects"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(14));
        mvc.perform(get("/api/v1/projects/" + code.replace("-", " - ")))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.eligibility")
                        .value(org.hamcrest.Matchers.startsWith(
                                "For schools that are primary or middle deemed primary schools")));
        mvc.perform(get("/api/v1/projects/NCP99-99"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void aProjectPageFollowsTheSpecificationsLayout() throws Exception {
        String code = "NCP%02d-02".formatted(year().startYear() % 100);
        Document page = Jsoup.parse(mvc.perform(get("/projects/" + code).with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo(code + ": Primary Teaching for Mastery Development");
        assertThat(page.select("h2").eachText())
                .contains(
                        "Why is this project needed?",
                        "Who are the intended participants and what is the expected commitment?",
                        "Intended outcomes",
                        "Comments from previous participants");
        assertThat(page.select("h3").eachText())
                .containsExactly(
                        "Whole-school/departmental policies and approaches",
                        "Practice development",
                        "Professional learning",
                        "Pupil learning");
        assertThat(page.select(".govuk-summary-list").text())
                .contains(
                        "Continues from NCP%02d-02".formatted(year().previous().startYear() % 100));
        mvc.perform(get("/projects/" + code)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aHubUserReachesOnlyTheirOwnHubsWorkGroups() {
        WorkGroup demo = demoGroup("Development 1");
        UserDetails lead2 = accounts.loadUserByUsername(SignedIn.HUB_LEAD_2);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(lead2, null, lead2.getAuthorities()));
        try {
            assertThat(workGroups.findById(demo.getId())).isEmpty();
            assertThat(workGroups.findAll())
                    .isNotEmpty()
                    .allSatisfy(g -> assertThat(g.getHubId())
                            .isEqualTo(hubs.getBySlug("northfield-maths-hub").id()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private WorkGroup demoGroup(String name) {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        List<WorkGroup> all = HubScope.asSystem(() -> workGroups.findAll());
        return all.stream()
                .filter(g -> g.getHubId() == demo && g.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private AcademicYear year() {
        return AcademicYear.containing(LocalDate.now(clock));
    }

    private Document html(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
