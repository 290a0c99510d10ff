package org.hubcycle.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.TestKeys;
import org.hubcycle.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A hub corrects what it recorded about a person (ADR 0042): a misspelt name, a mistyped address, a new school or
 * job title. Only its own people, by its own lead and staff; never an address somebody signs in with; never over
 * someone else's change; and an invitation sent to a mistyped address goes to the corrected one instead.
 */
@IntegrationTest
class PersonCorrectionTest {

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
    Schools schools;

    @Test
    void theHubCorrectsAPersonsDetailsAndTheAuditSaysWhatChanged() throws Exception {
        People.PersonView person = aPerson("Ada Fenwik");
        SchoolSummary school = anOpenSchool();
        Document form = html(get("/people/" + person.id() + "/edit").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(form.select("#fullName").val()).isEqualTo("Ada Fenwik");
        assertThat(form.select("input[name=version]").val()).isEqualTo("0");

        String trn = String.valueOf(1_000_000 + TestKeys.next());
        MvcResult saved = mvc.perform(correct(
                        SignedIn.HUB_LEAD,
                        person,
                        "fullName",
                        " Ada Fenwick ",
                        "trn",
                        trn,
                        "schoolUrn",
                        String.valueOf(school.urn()),
                        "jobTitle",
                        "Maths lead"))
                .andExpect(redirectedUrl("/people/" + person.id()))
                .andReturn();
        assertThat((String) saved.getFlashMap().get("confirmation"))
                .isEqualTo("Ada Fenwick's details have been saved.");
        Document page = html(get("/people/" + person.id()).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(page.select(".govuk-summary-list").text()).contains("Ada Fenwick", trn, school.name(), "Maths lead");
        assertThat(page.select(".govuk-summary-list__actions a").eachAttr("href"))
                .contains("/people/" + person.id() + "/edit#email", "/people/" + person.id() + "/edit#jobTitle");
        assertThat(audit(person.id())).containsExactly("name, teacher reference number, school, job title");

        mvc.perform(correct(
                        SignedIn.HUB_LEAD,
                        person,
                        "fullName",
                        "Ada Fenwick",
                        "email",
                        person.email().toUpperCase(),
                        "trn",
                        trn,
                        "schoolUrn",
                        String.valueOf(school.urn()),
                        "jobTitle",
                        "Maths lead",
                        "version",
                        "1"))
                .andExpect(redirectedUrl("/people/" + person.id()));
        assertThat(audit(person.id())).as("nothing changed, nothing audited").hasSize(1);
    }

    @Test
    void aBadOrDuplicateCorrectionSaysWhatToFixAndChangesNothing() throws Exception {
        People.PersonView person = aPerson("Bea Thorn");
        People.PersonView other = aPerson("Cal Marsh");
        String trn = String.valueOf(1_000_000 + TestKeys.next());
        long northfield = hubs.getBySlug("northfield-maths-hub").id();
        HubScope.asSystem(() -> people.add(northfield, "Dee North", Unique.email("north"), trn, null, null));

        Document invalid = html(correct(
                SignedIn.HUB_LEAD, person, "fullName", "", "email", "not-an-email", "trn", "12", "schoolUrn", "99"));
        assertThat(invalid.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#fullName", "#email", "#trn", "#schoolUrn");
        assertThat(invalid.select("#email").val()).as("what was typed stays").isEqualTo("not-an-email");

        Document unknownSchool = html(correct(SignedIn.HUB_LEAD, person, "schoolUrn", "999999"));
        assertThat(unknownSchool.select(".govuk-error-summary").text()).contains("There is no school with this URN");

        Document sameHub = html(correct(SignedIn.HUB_LEAD, person, "email", other.email()));
        assertThat(sameHub.select(".govuk-error-summary").text()).contains("already recorded: Cal Marsh");
        assertThat(sameHub.select("a[href=/people/" + other.id() + "]")).isNotEmpty();

        Document otherHub = html(correct(SignedIn.HUB_LEAD, person, "trn", trn));
        assertThat(otherHub.select(".govuk-error-summary a").attr("href")).isEqualTo("#trn");
        assertThat(otherHub.select(".govuk-error-summary").text())
                .contains("recorded by another hub")
                .doesNotContain("Dee");

        Map<String, Object> row =
                jdbc.queryForMap("select full_name, email, trn, version from person where id = ?", person.id());
        assertThat(row.get("full_name")).isEqualTo("Bea Thorn");
        assertThat(row.get("email")).isEqualTo(person.email());
        assertThat(row.get("trn")).isNull();
        assertThat(((Number) row.get("version")).longValue()).isZero();
    }

    @Test
    void aFormOpenedBeforeSomeoneElseSavedIsRefusedWithWhatWasTyped() throws Exception {
        People.PersonView person = aPerson("Eli Shaw");
        mvc.perform(correct(SignedIn.HUB_LEAD, person, "jobTitle", "Head of maths"))
                .andExpect(status().is3xxRedirection());

        Document stale = html(correct(SignedIn.HUB_LEAD, person, "fullName", "Elias Shaw"));
        assertThat(stale.select(".govuk-error-summary").text())
                .contains("Someone else saved changes to this person's details after you opened them");
        assertThat(stale.select("#fullName").val()).isEqualTo("Elias Shaw");
        assertThat(jdbc.queryForObject("select job_title from person where id = ?", String.class, person.id()))
                .as("the other change stands")
                .isEqualTo("Head of maths");
        assertThat(jdbc.queryForObject("select full_name from person where id = ?", String.class, person.id()))
                .isEqualTo("Eli Shaw");
    }

    @Test
    void anAddressSomebodySignsInWithIsTheirsToChange() throws Exception {
        long id = jdbc.queryForObject("select id from person where email = ?", Long.class, SignedIn.LLME);
        String name = jdbc.queryForObject("select full_name from person where id = ?", String.class, id);
        long version = jdbc.queryForObject("select version from person where id = ?", Long.class, id);
        People.PersonView person =
                new People.PersonView(id, name, SignedIn.LLME, null, null, null, null, version, null);

        Document refused = html(correct(
                SignedIn.HUB_LEAD, person, "email", Unique.email("elsewhere"), "version", String.valueOf(version)));
        assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#email");
        assertThat(refused.select(".govuk-error-summary").text())
                .contains(name + " signs in to Hubcycle with this email address, so only they can change it");
        assertThat(jdbc.queryForObject("select email from person where id = ?", String.class, id))
                .isEqualTo(SignedIn.LLME);
    }

    @Test
    void anInvitationSentToAMistypedAddressGoesToTheCorrectedOne() throws Exception {
        String typo = Unique.email("grace.holis");
        String right = Unique.email("grace.hollis");
        long hub = hubs.getBySlug("demo-maths-hub").id();
        People.PersonView person = HubScope.asSystem(() -> people.add(hub, "Grace Hollis", typo, null, null, null))
                .person();
        mvc.perform(post("/llmes/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("email", typo)
                        .param("role", RoleType.SLE.name())
                        .param(
                                "fromYear",
                                AcademicYear.containing(LocalDate.now()).toString()))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(10)).until(() -> mailbox().count(typo) > 0);
        String mistyped = mailbox().link(typo, "/invitation?token=");

        MvcResult saved = mvc.perform(correct(SignedIn.HUB_LEAD, person, "email", right))
                .andExpect(redirectedUrl("/people/" + person.id()))
                .andReturn();
        assertThat((String) saved.getFlashMap().get("confirmation")).contains("will go to the new one instead");

        await().atMost(Duration.ofSeconds(10)).until(() -> mailbox().count(right) > 0);
        assertThat(mailbox().latest(right))
                .contains(
                        "Dear Grace Hollis", "Your hub added you to its register of local leaders of maths education");
        assertThat(html(get(Mailbox.pathOf(mistyped))).text())
                .as("the link sent to the mistyped address no longer works")
                .doesNotContain("Welcome to Hubcycle");
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, typo))
                .as("the account at the mistyped address held nothing else, so it is gone")
                .isZero();
        assertThat(jdbc.queryForList(
                        "select r.role from app_user_role r join app_user u on u.id = r.user_id where u.email = ?",
                        String.class,
                        right))
                .containsExactly("LLME");
        assertThat(jdbc.queryForObject(
                        "select detail_facts from audit_event where type = 'access.invitation-readdressed' and subject = ?",
                        String.class,
                        typo))
                .contains(right, "Local leader of maths education");

        String link = mailbox().link(right, "/invitation?token=");
        mvc.perform(post("/invitation")
                        .with(csrf())
                        .param("token", Mailbox.token(link))
                        .param("password", "a long enough phrase")
                        .param("confirmPassword", "a long enough phrase"))
                .andExpect(redirectedUrl("/interest"));
    }

    @Test
    void onlyTheHubsOwnLeadAndStaffCorrectItsPeople() throws Exception {
        People.PersonView person = aPerson("Fay Lowe");
        mvc.perform(get("/people/" + person.id() + "/edit").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(correct(SignedIn.HUB_LEAD_2, person, "fullName", "Hacked")).andExpect(status().isNotFound());
        for (String other :
                List.of(SignedIn.NATIONAL, SignedIn.WGL, SignedIn.LLME, SignedIn.SCHOOL, SignedIn.PARTICIPANT)) {
            mvc.perform(get("/people/" + person.id() + "/edit").with(signedIn.as(other)))
                    .andExpect(status().isForbidden());
            mvc.perform(correct(other, person, "fullName", "Hacked")).andExpect(status().isForbidden());
        }
        mvc.perform(post("/people/" + person.id() + "/edit")
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("fullName", "Hacked")
                        .param("email", person.email())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select full_name from person where id = ?", String.class, person.id()))
                .isEqualTo("Fay Lowe");
    }

    private People.PersonView aPerson(String name) {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        return HubScope.asSystem(() -> people.add(hub, name, Unique.email("person"), null, null, null))
                .person();
    }

    private SchoolSummary anOpenSchool() {
        return HubScope.asSystem(() -> schools.search(
                        new SchoolSearch(null, "Primary", "881", null, "Open", null, null), PageRequest.of(0, 1))
                .getContent()
                .get(0));
    }

    /**
     * The correction form as {@code who} sends it: the person's details as they stand at version 0, with these
     * fields (name, value, name, value…) changed.
     */
    private MockHttpServletRequestBuilder correct(String who, People.PersonView person, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fullName", person.fullName());
        fields.put("email", person.email());
        fields.put("trn", "");
        fields.put("schoolUrn", "");
        fields.put("jobTitle", "");
        fields.put("version", "0");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/people/" + person.id() + "/edit").with(csrf()).with(signedIn.as(who));
        fields.forEach(request::param);
        return request;
    }

    private List<String> audit(long personId) {
        String name = jdbc.queryForObject("select full_name from person where id = ?", String.class, personId);
        return jdbc.queryForList(
                "select detail_facts from audit_event where type = 'directory.person-corrected' and subject = ?",
                String.class,
                name);
    }

    private Mailbox mailbox() {
        return new Mailbox(jdbc);
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
