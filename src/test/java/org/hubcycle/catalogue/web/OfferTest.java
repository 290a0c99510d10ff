package org.hubcycle.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.hubcycle.catalogue.domain.WorkGroup;
import org.hubcycle.catalogue.domain.WorkGroupRepository;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.FormPost;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.TestKeys;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A hub lead builds their hub's offer; nobody else can change it. */
@IntegrationTest
class OfferTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    WorkGroupRepository workGroups;

    @Autowired
    Hubs hubs;

    @Autowired
    org.hubcycle.catalogue.internal.Projects projects;

    @Autowired
    Clock clock;

    @Test
    void aHubLeadAddsAWorkGroupThatIsPublicOnlyOnceOpen() throws Exception {
        String name = TestKeys.next("Test group");
        mvc.perform(valid(post("/offer/" + year().slug() + "/work-groups/new"), name, "DRAFT")
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(redirectedUrl("/offer/" + year().slug()));
        assertThat(page("/offer/" + year().slug(), SignedIn.HUB_LEAD).text()).contains(name, "Draft");
        assertThat(publicCatalogue()).doesNotContain(name);

        WorkGroup created = byName(name);
        assertThat(created.getApplicationDeadline()).isEqualTo(LocalDate.of(year().startYear(), 9, 30));
        assertThat(created.getCostPence()).isEqualTo(15050);
        mvc.perform(valid(post("/offer/work-groups/" + created.getId()), name, "OPEN")
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(redirectedUrl("/offer/" + year().slug()));
        assertThat(publicCatalogue()).contains(name, "£150.50");
    }

    @Test
    void aFormOpenedBeforeTheWorkGroupWasSavedElsewhereCannotUndoThatChange() throws Exception {
        String name = TestKeys.next("Test group");
        mvc.perform(valid(post("/offer/" + year().slug() + "/work-groups/new"), name, "DRAFT")
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(redirectedUrl("/offer/" + year().slug()));
        String edit = "/offer/work-groups/" + byName(name).getId();
        Map<String, String> firstTab = FormPost.fields(page(edit, SignedIn.HUB_LEAD), edit);
        Map<String, String> secondTab = FormPost.fields(page(edit, SignedIn.HUB_LEAD), edit);

        mvc.perform(FormPost.post(edit, signedIn.as(SignedIn.HUB_LEAD), secondTab, "summary", "Saved second."))
                .andExpect(redirectedUrl("/offer/" + year().slug()));
        Document refused =
                Jsoup.parse(mvc.perform(FormPost.post(edit, signedIn.as(SignedIn.HUB_LEAD), firstTab, "status", "OPEN"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Someone else saved changes to this work group after you opened it");
        assertThat(byName(name).getSummary()).isEqualTo("Saved second.");
        assertThat(byName(name).getStatus().name())
                .as("nothing of the stale form is saved")
                .isEqualTo("DRAFT");
        assertThat(publicCatalogue()).doesNotContain(name);
    }

    @Test
    void badInputIsShownInTheErrorSummaryAndNothingIsSaved() throws Exception {
        long before = HubScope.asSystem(() -> workGroups.count());
        Document page = Jsoup.parse(mvc.perform(post("/offer/" + year().slug() + "/work-groups/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("projectId", "")
                        .param("name", "")
                        .param("capacitySchools", "six")
                        .param("placesPerSchool", "2")
                        .param("sessionCount", "3")
                        .param("sessionLength", "FULL_DAY")
                        .param("sessionFormat", "IN_PERSON")
                        .param("deadlineDay", "31")
                        .param("deadlineMonth", "2")
                        .param("deadlineYear", "2027")
                        .param("cost", "-5")
                        .param("noShowCharge", "0")
                        .param("status", "DRAFT"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#projectId", "#name", "#capacitySchools", "#deadlineDay", "#cost");
        assertThat(page.select("#capacitySchools").val()).isEqualTo("six");
        assertThat(HubScope.asSystem(() -> workGroups.count())).isEqualTo(before);
    }

    @Test
    void aHubLeadCannotSeeOrChangeAnotherHubsOffer() throws Exception {
        WorkGroup demo = byName("Development 1");
        mvc.perform(get("/offer/work-groups/" + demo.getId()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(valid(post("/offer/work-groups/" + demo.getId()), "Taken over", "CANCELLED")
                        .with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        assertThat(byName("Development 1").getStatus().name()).isEqualTo("OPEN");
        assertThat(page("/offer/" + year().slug(), SignedIn.HUB_LEAD_2).text())
                .contains("Northfield Development 1")
                .doesNotContain("Mastering Number 3");
        mvc.perform(get("/offer").with(signedIn.as(SignedIn.WGL))).andExpect(status().isForbidden());
        mvc.perform(get("/offer/" + year().slug() + "/work-groups/new").with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aLeadMustBeOneOfTheHubsOwnPeople() throws Exception {
        Document page = Jsoup.parse(
                mvc.perform(valid(post("/offer/" + year().slug() + "/work-groups/new"), "Lead check", "DRAFT")
                                .param("leadPersonId", "999999")
                                .with(signedIn.as(SignedIn.HUB_LEAD)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#leadPersonId");
    }

    @Test
    void copiesAYearsOfferIntoTheNextAsDraftsOfNextYearsProjectsWithoutLeads() throws Exception {
        AcademicYear next = year().next();
        long northfield = hubs.getBySlug("northfield-maths-hub").id();
        Document none = Jsoup.parse(mvc.perform(
                        post("/offer/" + year().slug() + "/copy").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andReturn()
                .getFlashMap()
                .get("notCopied")
                .toString());
        assertThat(none.text())
                .as("no project continues any of them yet")
                .contains("Northfield Development 1 (NCP" + yy(year()) + "-02)");
        assertThat(copies(northfield, next)).isEmpty();

        continuation("02", "Primary Teaching for Mastery Development");
        continuation("05", "Mastering Number");
        mvc.perform(post("/offer/" + year().slug() + "/copy").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(redirectedUrl("/offer/" + next.slug()));
        var copies = copies(northfield, next);
        assertThat(copies)
                .extracting(WorkGroup::getName)
                .contains("Northfield Development 1", "Northfield Mastering Number 2")
                .doesNotContain("Northfield Secondary Development");
        assertThat(copies).allSatisfy(g -> {
            assertThat(g.getStatus().name()).isEqualTo("DRAFT");
            assertThat(g.getLeadPersonId())
                    .as("leads are commissioned next year")
                    .isNull();
            assertThat(g.getProjectId())
                    .isNotEqualTo(original(northfield, g.getName()).getProjectId());
        });
        WorkGroup first = copies.get(0);
        assertThat(first.getApplicationDeadline())
                .isEqualTo(original(northfield, first.getName())
                        .getApplicationDeadline()
                        .plusYears(1));
        Document form = Jsoup.parse(
                mvc.perform(get("/offer/work-groups/" + first.getId()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(form.select("#projectId option[selected]").text()).contains("NCP" + yy(next));
        assertThat(Jsoup.parse(mvc.perform(get("/catalogue/northfield-maths-hub/" + next.slug()))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("tbody tr"))
                .isEmpty();
    }

    /** Next year's continuation of one of this year's projects, as the national admin would write it. */
    private void continuation(String number, String title) {
        String code = "NCP" + yy(year().next()) + "-" + number;
        HubScope.asSystem(() -> projects.save(
                null,
                new org.hubcycle.catalogue.internal.Projects.ProjectInput(
                        org.hubcycle.catalogue.internal.ProjectCode.parse(code),
                        title,
                        java.util.EnumSet.of(org.hubcycle.shared.Phase.PRIMARY),
                        org.hubcycle.catalogue.CatalogueTerms.Section.EARLY_YEARS_AND_PRIMARY,
                        "Primary",
                        org.hubcycle.catalogue.CatalogueTerms.ProjectType.PROGRAMME,
                        org.hubcycle.catalogue.CatalogueTerms.Stage.SCALING_UP,
                        title,
                        null,
                        null,
                        null,
                        java.util.Map.of(),
                        "NCP" + yy(year()) + "-" + number,
                        null,
                        org.hubcycle.catalogue.CatalogueTerms.Allocation.FIRST_COME,
                        null,
                        null,
                        org.hubcycle.catalogue.CatalogueTerms.ChargeBasis.PER_SCHOOL,
                        null)));
    }

    private java.util.List<WorkGroup> copies(long hub, AcademicYear next) {
        return HubScope.asSystem(() -> workGroups.findAll()).stream()
                .filter(g -> g.getHubId() == hub && g.getAcademicYear().equals(next))
                .toList();
    }

    private WorkGroup original(long hub, String name) {
        return HubScope.asSystem(() -> workGroups.findAll()).stream()
                .filter(g -> g.getHubId() == hub
                        && g.getAcademicYear().equals(year())
                        && g.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static String yy(AcademicYear year) {
        return String.format("%02d", year.startYear() % 100);
    }

    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String name, String status) {
        return request.with(csrf())
                .param("projectId", String.valueOf(projectId()))
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
                .param("startYear", String.valueOf(year().startYear()))
                .param("deadlineDay", "30")
                .param("deadlineMonth", "9")
                .param("deadlineYear", String.valueOf(year().startYear()))
                .param("cost", "£150.50")
                .param("noShowCharge", "0")
                .param("status", status);
    }

    private long projectId() {
        return byName("Development 1").getProjectId();
    }

    private WorkGroup byName(String name) {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        return HubScope.asSystem(() -> workGroups.findAll()).stream()
                .filter(g -> g.getHubId() == demo
                        && g.getName().equals(name)
                        && g.getAcademicYear().equals(year()))
                .findFirst()
                .orElseThrow();
    }

    private String publicCatalogue() throws Exception {
        return Jsoup.parse(mvc.perform(get("/catalogue/demo-maths-hub/" + year().slug()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .text();
    }

    private Document page(String path, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(signedIn.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private AcademicYear year() {
        return AcademicYear.containing(LocalDate.now(clock));
    }
}
