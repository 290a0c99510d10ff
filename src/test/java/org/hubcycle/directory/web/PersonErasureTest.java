package org.hubcycle.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.LlmeEntries;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A hub erases the contact details of someone its records still name, once none of that work is under way (ADR
 * 0048): their email address, TRN, school and job title go, and their name stays on the records. Work under way keeps
 * them; a person nothing names is removed instead; only the hub's own team does it.
 */
@IntegrationTest
class PersonErasureTest {

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

    @Test
    void someoneWhoLeftHasTheirContactDetailsErasedAndTheirNameStays() throws Exception {
        String email = Unique.email("zara.gone");
        long person = aPerson("Zara Gone", email);
        long llme = anLlmeWhoLeft(email);

        Document page = html(get("/people/" + person).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(page.select("ul.govuk-list--bullet li").eachText())
                .contains("Left the hub's LLME register on " + today());
        assertThat(page.select("a[href=/people/" + person + "/erase]").text()).isEqualTo("Erase their contact details");
        Document confirm = html(get("/people/" + person + "/erase").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(confirm.select("h1").text()).isEqualTo("Erase Zara Gone's contact details?");
        assertThat(confirm.select("form input[name=version]").val()).isEqualTo("0");

        MvcResult erased = mvc.perform(erase(SignedIn.HUB_LEAD, person, "0"))
                .andExpect(redirectedUrl("/people/" + person))
                .andReturn();
        assertThat((String) erased.getFlashMap().get("confirmation"))
                .isEqualTo("Zara Gone's contact details have been erased.");
        Map<String, Object> row = jdbc.queryForMap(
                "select full_name, email, trn, school_urn, job_title, details_erased_on from person where id = ?",
                person);
        assertThat(row.get("full_name")).isEqualTo("Zara Gone");
        assertThat(row.get("email")).isNull();
        assertThat(row.get("trn")).isNull();
        assertThat(row.get("school_urn")).isNull();
        assertThat(row.get("job_title")).isNull();
        assertThat(jdbc.queryForObject("select details_erased_on from person where id = ?", LocalDate.class, person))
                .isEqualTo(LocalDate.now());
        assertThat(jdbc.queryForObject("select count(*) from llme where id = ?", Integer.class, llme))
                .as("the register keeps their entry, under their name")
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select actor from audit_event where type = 'directory.person-details-erased' and subject = ?",
                        String.class,
                        "Zara Gone"))
                .containsExactly(SignedIn.HUB_LEAD);

        Document after = html(get("/people/" + person).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(after.select("#erased").text()).startsWith("Their contact details were erased on " + today());
        assertThat(after.select("dl").text()).contains("Email address Erased");
        assertThat(after.select("a[href=/people/" + person + "/erase]")).isEmpty();
        assertThat(html(get("/llmes/" + llme).with(signedIn.as(SignedIn.HUB_LEAD)))
                        .select("dl")
                        .text())
                .contains("Erased");
        assertThat(HubScope.asSystem(() -> people.findByEmail(email))).isEmpty();

        Document back = html(post("/llmes/" + llme + "/return").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(back.select(".govuk-error-summary").text())
                .contains("Zara Gone's contact details were erased: add their email address under People first");
        Document again = html(erase(SignedIn.HUB_LEAD, person, "1"));
        assertThat(again.select(".govuk-error-summary").text())
                .contains("Zara Gone's contact details have already been erased.");

        mvc.perform(post("/people/" + person + "/edit")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("fullName", "Zara Gone")
                        .param("email", email)
                        .param("version", "1"))
                .andExpect(redirectedUrl("/people/" + person));
        assertThat(jdbc.queryForMap("select email, details_erased_on from person where id = ?", person))
                .as("adding an address again to work with them again")
                .containsEntry("email", email)
                .containsEntry("details_erased_on", null);
    }

    @Test
    void workUnderWayKeepsTheirDetails() throws Exception {
        long nadia = jdbc.queryForObject("select id from person where email = ?", Long.class, SignedIn.LLME);
        Document page = html(get("/people/" + nadia + "/erase").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(page.text())
                .contains("Their contact details are kept while some of their work with the hub is under way");
        assertThat(page.select("main ul.govuk-list--bullet li").eachText()).contains("On the hub's LLME register");
        assertThat(page.select("button.govuk-button--warning")).isEmpty();

        Document refused = html(erase(SignedIn.HUB_LEAD, nadia, null));
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("contact details are kept while some of their work with the hub is under way");
        assertThat(jdbc.queryForObject("select email from person where id = ?", String.class, nadia))
                .isEqualTo(SignedIn.LLME);

        long lead = jdbc.queryForObject("select id from person where email = ?", Long.class, SignedIn.WGL);
        assertThat(HubScope.asSystem(() -> people.records(lead)))
                .as("a work group of this year is under way")
                .anyMatch(held -> held.message().equals("person.held.workGroups") && held.underWay());
    }

    @Test
    void aPersonNothingNamesIsRemovedInstead() throws Exception {
        long person = aPerson("Abe Unnamed", Unique.email("abe.unnamed"));
        Document page = html(get("/people/" + person + "/erase").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(page.select("main a[href=/people/" + person + "/remove]").text())
                .isEqualTo("Remove this person");
        Document refused = html(erase(SignedIn.HUB_LEAD, person, "0"));
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Nothing in Hubcycle names Abe Unnamed: remove them instead.");
        assertThat(jdbc.queryForObject("select email from person where id = ?", String.class, person))
                .isNotNull();
    }

    @Test
    void aPageOpenedBeforeSomeoneCorrectedThePersonIsRefused() throws Exception {
        String email = Unique.email("bo.moved");
        long person = aPerson("Bo Moved", email);
        anLlmeWhoLeft(email);
        jdbc.update("update person set job_title = 'Head of maths', version = 1 where id = ?", person);
        Document refused = html(erase(SignedIn.HUB_LEAD, person, "0"));
        assertThat(refused.select(".govuk-error-summary").text()).contains("Someone else saved changes");
        assertThat(jdbc.queryForObject("select email from person where id = ?", String.class, person))
                .isEqualTo(email);
    }

    @Test
    void onlyTheHubsOwnLeadAndStaffEraseDetails() throws Exception {
        String email = Unique.email("cy.kept");
        long person = aPerson("Cy Kept", email);
        anLlmeWhoLeft(email);
        mvc.perform(get("/people/" + person + "/erase").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(erase(SignedIn.HUB_LEAD_2, person, "0")).andExpect(status().isNotFound());
        for (String other :
                List.of(SignedIn.NATIONAL, SignedIn.WGL, SignedIn.LLME, SignedIn.SCHOOL, SignedIn.PARTICIPANT)) {
            mvc.perform(get("/people/" + person + "/erase").with(signedIn.as(other)))
                    .andExpect(status().isForbidden());
            mvc.perform(erase(other, person, "0")).andExpect(status().isForbidden());
        }
        mvc.perform(post("/people/" + person + "/erase")
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select email from person where id = ?", String.class, person))
                .isEqualTo(email);

        mvc.perform(post("/people/" + person + "/erase")
                        .with(csrf())
                        .with(signedIn.asStaffOf(hubs.getBySlug("demo-maths-hub")))
                        .param("version", "0"))
                .andExpect(redirectedUrl("/people/" + person));
        assertThat(jdbc.queryForObject("select email from person where id = ?", String.class, person))
                .as("the hub's staff erase as its lead does")
                .isNull();
    }

    private long aPerson(String name, String email) {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        return HubScope.asSystem(() -> people.add(hub, name, email, null, null, "Maths lead"))
                .person()
                .id();
    }

    /** Adds the person to the demo hub's register as an SLE this year, then records that they left it. */
    private long anLlmeWhoLeft(String email) throws Exception {
        long llme = LlmeEntries.add(mvc, signedIn, email, RoleType.SLE, AcademicYear.containing(LocalDate.now()));
        mvc.perform(post("/llmes/" + llme + "/leave").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(redirectedUrl("/llmes/" + llme));
        return llme;
    }

    private static String today() {
        return LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    private MockHttpServletRequestBuilder erase(String who, long person, String version) {
        MockHttpServletRequestBuilder request =
                post("/people/" + person + "/erase").with(csrf()).with(signedIn.as(who));
        return version == null ? request : request.param("version", version);
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
