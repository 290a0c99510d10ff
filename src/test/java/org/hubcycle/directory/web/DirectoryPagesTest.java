package org.hubcycle.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.directory.gias.GiasFiles;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.TestKeys;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DirectoryPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Schools schools;

    @Autowired
    Hubs hubs;

    @Test
    void theDemoDirectoryCoversBothDemoHubs() {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        assertThat(hubs.area(demo)).containsExactly("881", "882", "883");
        assertThat(schools.search(new SchoolSearch(null, null, "881", null, null, null, null), PageRequest.of(0, 1))
                        .getTotalElements())
                .isGreaterThan(250);
        assertThat(schools.search(SchoolSearch.text(""), PageRequest.of(0, 1)).getTotalElements())
                .isGreaterThanOrEqualTo(2000);
    }

    @Test
    void findsASchoolByNameUrnPostcodeOrTownAndFilters() throws Exception {
        SchoolSummary school = anOpenSchool("Secondary", "884");
        for (String q : List.of(
                school.name().toUpperCase(),
                String.valueOf(school.urn()),
                school.postcode().toLowerCase(),
                school.town())) {
            Document page = html(mvc.perform(get("/schools").param("q", q).with(signedIn.as(SignedIn.SCHOOL)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(page.select("tbody a").eachText())
                    .as("searching for " + q)
                    .contains(school.name());
        }
        Document filtered = html(mvc.perform(get("/schools")
                        .param("phase", "Secondary")
                        .param("la", "884")
                        .param("status", "Open")
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(filtered.select("tbody tr"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.text()).contains("Secondary", "Open"));
        assertThat(filtered.select("select#phase option[selected]").text()).isEqualTo("Secondary");
        assertThat(filtered.select(".govuk-pagination")).isNotNull();
    }

    @Test
    void aBroadSearchCountsAThousandAndSaysThereAreMore() throws Exception {
        assertThat(schools.search(SchoolSearch.text(""), PageRequest.of(0, 1)).getTotalElements())
                .as("the demo directory is bigger than what a search counts")
                .isGreaterThan(Schools.COUNTED);

        Document first = schoolsPage("");
        assertThat(first.select(".govuk-inset-text").text())
                .isEqualTo("More than 1,000 schools match. Add a filter or another word to find fewer.");
        assertThat(first.select("tbody tr")).hasSize(25);
        assertThat(first.text()).contains("Showing 1 to 25 of more than 1,000");
        assertThat(first.select(".govuk-pagination__item").last().text()).isEqualTo("40");

        // The API counts the same way, so a program's broad search costs no more than a narrow one.
        mvc.perform(get("/api/v1/schools").param("q", "").with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(Schools.COUNTED))
                .andExpect(jsonPath("$.more").value(true))
                .andExpect(jsonPath("$.items.length()").value(25));

        Document last = schoolsPage("40");
        assertThat(last.select("tbody tr")).hasSize(25);
        assertThat(last.select(".govuk-pagination__next")).isEmpty();

        Document beyond = schoolsPage("41");
        assertThat(beyond.select("tbody tr")).isEmpty();
        assertThat(beyond.select(".govuk-inset-text")).hasSize(1);
        assertThat(beyond.text()).doesNotContain("No schools match");

        Document narrow = html(mvc.perform(get("/schools").param("la", "881").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        long inLa = schools.search(new SchoolSearch(null, null, "881", null, null, null, null), PageRequest.of(0, 1))
                .getTotalElements();
        assertThat(narrow.select(".govuk-inset-text")).isEmpty();
        assertThat(narrow.text()).contains("of " + inLa);
        assertThat(narrow.select("select#la option[selected]").attr("value")).isEqualTo("881");
        assertThat(narrow.select("select#la option:not([value=''])").eachText())
                .containsExactlyElementsOf(
                        jdbc.queryForList("select name from local_authority order by name", String.class));
        assertThat(narrow.select("tbody a").eachText())
                .hasSize(25)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
                .containsExactlyElementsOf(schools.search(
                                new SchoolSearch(null, null, "881", null, null, null, null), PageRequest.of(0, 25))
                        .map(SchoolSummary::name)
                        .getContent());
        Document pastTheEnd = html(mvc.perform(
                        get("/schools").param("la", "881").param("page", "99").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(pastTheEnd.select("tbody tr")).isEmpty();
    }

    @Test
    void aSearchByWordsOrPostcodeFindsAndOrdersWhatTheWholeSearchDoes() {
        String common = jdbc.queryForObject(
                "select word from school_word group by word order by count(*) desc, word limit 1", String.class);
        String rare = jdbc.queryForObject(
                "select word from school_word group by word having count(*) between 30 and 80 order by word limit 1",
                String.class);
        SchoolSummary some = schools.search(SchoolSearch.text(rare), PageRequest.of(0, 1))
                .getContent()
                .get(0);
        String district = jdbc.queryForObject(
                "select substring(search_postcode, 1, 3) from school group by substring(search_postcode, 1, 3)"
                        + " order by count(*) desc limit 1",
                String.class);
        for (String q : List.of(
                common,
                rare,
                common.substring(0, 2),
                some.name(),
                rare + " " + common,
                "zzzz",
                some.postcode(),
                district,
                district.substring(0, 2))) {
            long all =
                    schools.search(SchoolSearch.text(q), PageRequest.of(0, 1)).getTotalElements();
            for (int page : List.of(0, 1, 39, 40)) {
                Schools.Found found = schools.find(SchoolSearch.text(q), PageRequest.of(page, 25));
                assertThat(found.page().getContent())
                        .as("page " + page + " of " + q)
                        .containsExactlyElementsOf(
                                page * 25 < Schools.COUNTED
                                        ? schools.search(SchoolSearch.text(q), PageRequest.of(page, 25))
                                                .getContent()
                                        : List.of());
                assertThat(found.more()).as(q).isEqualTo(all > Schools.COUNTED);
                assertThat(found.page().getTotalElements()).as(q).isEqualTo(Math.min(all, Schools.COUNTED));
            }
        }
    }

    private Document schoolsPage(String page) throws Exception {
        return html(mvc.perform(get("/schools").param("page", page).with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void aClosedSchoolsPageLinksToItsSuccessor() throws Exception {
        SchoolSummary academy = schools
                .search(new SchoolSearch(null, null, "881", null, "Open", "Academies", null), PageRequest.of(0, 200))
                .stream()
                .filter(s -> s.name().endsWith("Academy") && s.phase().equals("Primary"))
                .findFirst()
                .orElseThrow();
        String json = mvc.perform(get("/api/v1/schools/" + academy.urn()).with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int predecessor = com.jayway.jsonpath.JsonPath.read(json, "$.predecessors[0].urn");

        Document page = html(mvc.perform(get("/schools/" + predecessor).with(signedIn.as(SignedIn.SCHOOL)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".govuk-warning-text").text()).contains("This school closed");
        assertThat(page.select(".govuk-warning-text a").attr("href")).isEqualTo("/schools/" + academy.urn());
        assertThat(page.select(".govuk-summary-list").text()).contains("Demo Maths Hub");
        String authority = jdbc.queryForObject("select name from local_authority where code = '881'", String.class);
        assertThat(page.select(".govuk-summary-list").text()).contains(authority + " (881)");
    }

    @Test
    void aTrustPageListsItsSchools() throws Exception {
        SchoolSummary academy = schools.search(
                        new SchoolSearch(null, null, null, null, "Open", "Academies", null), PageRequest.of(0, 1))
                .getContent()
                .get(0);
        Document page = html(mvc.perform(get("/trusts/" + academy.trustUid()).with(signedIn.as(SignedIn.WGL)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo(academy.trustName());
        assertThat(page.select("tbody a").eachText()).contains(academy.name());
        mvc.perform(get("/trusts/1").with(signedIn.as(SignedIn.WGL))).andExpect(status().isNotFound());
    }

    @Test
    void theApiAnswersSignedInUsersWithJsonAndProblems() throws Exception {
        SchoolSummary school = anOpenSchool("Primary", "882");
        mvc.perform(get("/api/v1/schools")
                        .param("q", String.valueOf(school.urn()))
                        .with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.more").value(false))
                .andExpect(jsonPath("$.items[0].name").value(school.name()));
        mvc.perform(get("/api/v1/schools/" + school.urn()).with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(jsonPath("$.hub").value("demo-maths-hub"))
                .andExpect(jsonPath("$.laName").value("Brackenford"));
        mvc.perform(get("/api/v1/schools/1").with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/schools").param("q", "x")).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyTheNationalAdminImportsAndSeesWhatTheImportDid() throws Exception {
        mvc.perform(get("/directory/import").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isForbidden());
        var bad = GiasFiles.establishment(990_001, "Upload School");
        bad.put("CloseDate", "yesterday");
        MockMultipartFile file = new MockMultipartFile(
                "files",
                "edubasealldata.csv",
                "text/csv",
                GiasFiles.establishments(List.of(GiasFiles.establishment(990_000, "Upload School"), bad)));
        MockMultipartFile notGias = new MockMultipartFile("files", "notes.txt", "text/plain", "hello".getBytes());
        Document page = html(mvc.perform(multipart("/directory/import")
                        .file(file)
                        .file(notGias)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".govuk-summary-card").get(0).text())
                .contains(
                        "edubasealldata.csv",
                        "Created 1",
                        "Rows skipped 1",
                        "CloseDate 'yesterday' is not a date written dd-mm-yyyy");
        assertThat(page.select(".govuk-summary-card").get(1).text()).contains("notes.txt", "Refused");
        Document later = html(mvc.perform(get("/directory/import").with(signedIn.as(SignedIn.NATIONAL)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(later.select(".govuk-summary-card")).isEmpty();
        assertThat(later.select("table").text())
                .contains(
                        "notes.txt",
                        "Refused",
                        "edubasealldata.csv",
                        "establishments: 1 created, 0 updated, 0 unchanged, 0 closed, 1 skipped",
                        SignedIn.NATIONAL);
        mvc.perform(multipart("/directory/import").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isForbidden());
        Document empty =
                html(mvc.perform(multipart("/directory/import").with(csrf()).with(signedIn.as(SignedIn.NATIONAL)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(empty.select(".govuk-error-summary a").attr("href")).isEqualTo("#files");
    }

    @Test
    void anAuthorityNewInAnExtractIsInTheSearchFilterOnceImported() throws Exception {
        // The filter's list of authorities is kept between searches; an import makes it read again.
        assertThat(schoolsPage("1").select("select#la option").eachText()).doesNotContain("Lowmoor");
        var row = GiasFiles.establishment(990_500, "Lowmoor Church School");
        row.put("LA (code)", "998");
        row.put("LA (name)", "Lowmoor");
        mvc.perform(multipart("/directory/import")
                        .file(new MockMultipartFile(
                                "files", "edubasealldata.csv", "text/csv", GiasFiles.establishments(List.of(row))))
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isOk());
        assertThat(schoolsPage("1").select("select#la option").eachText()).contains("Lowmoor");
    }

    @Test
    void aHubLeadCannotTakeAnotherHubsSchoolButTheNationalCentreCanMoveIt() throws Exception {
        SchoolSummary school = anOpenSchool("Primary", "883");
        long demo = hubs.getBySlug("demo-maths-hub").id();
        long northfield = hubs.getBySlug("northfield-maths-hub").id();
        assertThat(schools.hubOf(school.urn())).contains(demo);

        Document otherHubs = html(mvc.perform(get("/schools/" + school.urn()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(otherHubs.select("form[action$=hub-choice]")).isEmpty();
        assertThat(otherHubs.text()).contains("Only the national centre can move it to your hub");
        Document taken = html(mvc.perform(post("/schools/" + school.urn() + "/hub-choice")
                        .param("reason", "Nearer our events")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(taken.select(".govuk-error-summary").text())
                .contains(school.name() + " belongs to Demo Maths Hub. Only the national centre can move a school");
        assertThat(schools.hubOf(school.urn())).contains(demo);
        mvc.perform(post("/schools/" + school.urn() + "/hub-choice")
                        .param("reason", "Nearer our events")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL)))
                .andExpect(status().isForbidden());

        Document noHub = html(mvc.perform(post("/schools/" + school.urn() + "/hub-choice")
                        .param("reason", "Nearer")
                        .param("hub", "")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(noHub.select(".govuk-error-summary a").attr("href")).isEqualTo("#hub");
        mvc.perform(post("/schools/" + school.urn() + "/hub-choice")
                        .param("reason", "The school asked to move")
                        .param("hub", "northfield-maths-hub")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(redirectedUrlPattern("/schools/*"));

        assertThat(schools.hubOf(school.urn())).contains(northfield);
        String subject = school.name() + " (URN " + school.urn() + ")";
        assertThat(jdbc.queryForList(
                        "select hub_id from audit_event where subject = ? and type = 'directory.school-chose-hub'",
                        Long.class,
                        subject))
                .containsExactly(northfield);
        assertThat(html(mvc.perform(get("/audit?type=directory.school-left-hub").with(signedIn.as(SignedIn.HUB_LEAD)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("tbody tr")
                        .text())
                .contains(subject, "Moved to Northfield Maths Hub: The school asked to move");
        Document ownNow = html(mvc.perform(get("/schools/" + school.urn()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(ownNow.select("form[action$=hub-choice]")).hasSize(1);
    }

    @Test
    void peopleAreRecordedOnceAndSeenOnlyByTheirHub() throws Exception {
        String email = TestKeys.next("teacher") + "@school.test";
        String trn = String.valueOf(1_000_000 + TestKeys.next());
        SchoolSummary school = anOpenSchool("Primary", "881");
        String location = mvc.perform(post("/people/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("fullName", "Ada Fenwick")
                        .param("email", email)
                        .param("trn", trn)
                        .param("schoolUrn", String.valueOf(school.urn()))
                        .param("jobTitle", "Maths lead"))
                .andExpect(redirectedUrlPattern("/people/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(location).with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(school.name())));
        mvc.perform(get(location).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        mvc.perform(get("/people").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(content().string(not(containsString(email))));
        assertThat(html(mvc.perform(get("/people").param("q", "Ada Fen").with(signedIn.as(SignedIn.HUB_LEAD)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("tbody")
                        .text())
                .contains("Ada Fenwick");
        for (String wildcard : List.of("%", "_", "Ada%Fenwick")) {
            assertThat(html(mvc.perform(get("/people").param("q", wildcard).with(signedIn.as(SignedIn.HUB_LEAD)))
                                    .andReturn()
                                    .getResponse()
                                    .getContentAsString())
                            .select("tbody tr"))
                    .as(wildcard + " is a character to find, not a wildcard")
                    .isEmpty();
        }
        mvc.perform(get("/people").with(signedIn.as(SignedIn.SCHOOL))).andExpect(status().isForbidden());

        Document sameHub = html(mvc.perform(post("/people/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("fullName", "Ada Again")
                        .param("email", email.toUpperCase())
                        .param("trn", "")
                        .param("schoolUrn", "")
                        .param("jobTitle", ""))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(sameHub.select(".govuk-error-summary").text()).contains("already recorded: Ada Fenwick");
        assertThat(sameHub.select("a[href=" + location + "]")).isNotEmpty();

        Document otherHub = html(mvc.perform(post("/people/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("fullName", "Someone")
                        .param("email", "other-" + email)
                        .param("trn", trn)
                        .param("schoolUrn", "")
                        .param("jobTitle", ""))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(otherHub.select(".govuk-error-summary a").attr("href")).isEqualTo("#trn");
        assertThat(otherHub.select(".govuk-error-summary").text())
                .contains("recorded by another hub")
                .doesNotContain("Ada");

        Document invalid = html(mvc.perform(post("/people/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("fullName", "")
                        .param("email", "not-an-email")
                        .param("trn", "12")
                        .param("schoolUrn", "99")
                        .param("jobTitle", ""))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(invalid.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#fullName", "#email", "#trn", "#schoolUrn");
        assertThat(invalid.select("#email").val()).isEqualTo("not-an-email");
    }

    private SchoolSummary anOpenSchool(String phase, String la) {
        return schools.search(new SchoolSearch(null, phase, la, null, "Open", null, null), PageRequest.of(0, 1))
                .getContent()
                .get(0);
    }

    private static Document html(String body) {
        return Jsoup.parse(body);
    }
}
