package org.hubcycle.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Rows;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A hub removes one of its people whom nothing in Hubcycle names (ADR 0045): the person's page lists what each
 * module keeps about them, and the removal is refused while anything does, even a record made a moment ago.
 */
@IntegrationTest
class PersonRemovalTest {

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
    void aPersonNothingNamesIsRemovedAndTheAuditSaysSo() throws Exception {
        People.PersonView person = aPerson("Gil Added-By-Mistake");
        Document page = html(get("/people/" + person.id()).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(page.text()).contains("Nothing else in Hubcycle names them.");
        assertThat(page.select("a.govuk-button--warning").attr("href")).isEqualTo("/people/" + person.id() + "/remove");

        Document confirm = html(get("/people/" + person.id() + "/remove").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(confirm.select("h1").text()).isEqualTo("Remove Gil Added-By-Mistake?");
        assertThat(confirm.select("form input[name=version]").val()).isEqualTo("0");

        MvcResult removed = mvc.perform(remove(SignedIn.HUB_LEAD, person, "0"))
                .andExpect(redirectedUrl("/people"))
                .andReturn();
        assertThat((String) removed.getFlashMap().get("confirmation"))
                .isEqualTo("Gil Added-By-Mistake has been removed.");
        assertThat(jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, person.id()))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select actor from audit_event where type = 'directory.person-removed' and subject = ?",
                        String.class,
                        "Gil Added-By-Mistake"))
                .containsExactly(SignedIn.HUB_LEAD);
        mvc.perform(get("/people/" + person.id()).with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isNotFound());
        mvc.perform(remove(SignedIn.HUB_LEAD, person, "0")).andExpect(status().isNotFound());
    }

    @Test
    void theHubsStaffRemoveItsPeopleToo() throws Exception {
        People.PersonView person = aPerson("Hal Twice");
        mvc.perform(post("/people/" + person.id() + "/remove")
                        .with(csrf())
                        .with(signedIn.asStaffOf(hubs.getBySlug("demo-maths-hub")))
                        .param("version", "0"))
                .andExpect(redirectedUrl("/people"));
        assertThat(jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, person.id()))
                .isZero();
    }

    @Test
    void thePersonsPageListsWhatHubcycleKeepsAboutThemAndTheyStay() throws Exception {
        long nadia = personWithEmail(SignedIn.LLME);
        Document page = html(get("/people/" + nadia).with(signedIn.as(SignedIn.HUB_LEAD)));
        List<String> held = page.select("ul.govuk-list--bullet li").eachText();
        assertThat(held).contains("On the hub's LLME register");
        assertThat(held).anyMatch(line -> line.startsWith("A leader of the school improvement project"));
        assertThat(held).anyMatch(line -> line.startsWith("Recorded") && line.contains("for school improvement"));
        assertThat(page.select("ul.govuk-list--bullet a").eachAttr("href"))
                .anyMatch(href -> href.startsWith("/llmes/"))
                .anyMatch(href -> href.startsWith("/improvement/"));
        assertThat(page.select("a.govuk-button--warning"))
                .as("no way to remove them")
                .isEmpty();
        assertThat(page.text()).contains("They cannot be removed while Hubcycle keeps these records of their work.");

        long lead = personWithEmail(SignedIn.WGL);
        assertThat(html(get("/people/" + lead).with(signedIn.as(SignedIn.HUB_LEAD)))
                        .select("ul.govuk-list--bullet li")
                        .eachText())
                .anyMatch(line -> line.startsWith("Leads or co-leads"));

        Document kept = html(get("/people/" + nadia + "/remove").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(kept.select("h1").text()).endsWith("cannot be removed");
        assertThat(kept.select("ul.govuk-list--bullet li").eachText()).contains("On the hub's LLME register");
        Document refused = html(remove(SignedIn.HUB_LEAD, nadia, null));
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("cannot be removed: Hubcycle keeps records of their work");
        assertThat(refused.select("button.govuk-button--warning")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, nadia))
                .isEqualTo(1);
    }

    @Test
    void aVisitRecordedForAPersonIsListedAndKeepsThem() throws Exception {
        People.PersonView person = aPerson("Ivy Visitor");
        long hub = hubs.getBySlug("demo-maths-hub").id();
        long group = jdbc.queryForObject(
                "select min(id) from work_group where hub_id = ? and status = 'OPEN'", Long.class, hub);
        Rows.insert(
                jdbc,
                "insert into support_visit (hub_id, work_group_id, school_urn, visitor_person_id, visitor_name,"
                        + " visit_date, year_groups, focus, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                hub,
                group,
                100000,
                person.id(),
                person.fullName(),
                LocalDate.of(2027, 3, 4),
                "Y3",
                "Fluency");

        Document page = html(get("/people/" + person.id()).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(page.select("ul.govuk-list--bullet a").text())
                .isEqualTo("Recorded a visit to a school of a work group on 4 March 2027");
        assertThat(page.select("ul.govuk-list--bullet a").attr("href"))
                .isEqualTo("/delivery/work-groups/" + group + "/visits");
        Document refused = html(remove(SignedIn.HUB_LEAD, person, "0"));
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Ivy Visitor cannot be removed: Hubcycle keeps records of their work");
        assertThat(jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, person.id()))
                .isEqualTo(1);
    }

    @Test
    void everyRecordThatNamesAPersonStopsTheirRowBeingDeleted() {
        People.PersonView person = aPerson("Jo Referenced");
        long hub = hubs.getBySlug("demo-maths-hub").id();
        Rows.insert(
                jdbc,
                "insert into llme (hub_id, person_id, full_name, created_at) values (?, ?, ?, current_timestamp)",
                hub,
                person.id(),
                person.fullName());
        assertThatThrownBy(() -> jdbc.update("delete from person where id = ?", person.id()))
                .as("a removal racing a new reference is refused by the database")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aPageOpenedBeforeSomeoneCorrectedThePersonIsRefused() throws Exception {
        People.PersonView person = aPerson("Kit Renamed");
        jdbc.update("update person set full_name = 'Kit Renamed Again', version = 1 where id = ?", person.id());
        Document refused = html(remove(SignedIn.HUB_LEAD, person, "0"));
        assertThat(refused.select(".govuk-error-summary").text()).contains("Someone else saved changes");
        assertThat(refused.select("h1").text()).isEqualTo("Remove Kit Renamed Again?");
        assertThat(jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, person.id()))
                .isEqualTo(1);
    }

    @Test
    void onlyTheHubsOwnLeadAndStaffRemoveItsPeople() throws Exception {
        People.PersonView person = aPerson("Lou Kept");
        mvc.perform(get("/people/" + person.id() + "/remove").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(remove(SignedIn.HUB_LEAD_2, person, "0")).andExpect(status().isNotFound());
        for (String other :
                List.of(SignedIn.NATIONAL, SignedIn.WGL, SignedIn.LLME, SignedIn.SCHOOL, SignedIn.PARTICIPANT)) {
            mvc.perform(get("/people/" + person.id() + "/remove").with(signedIn.as(other)))
                    .andExpect(status().isForbidden());
            mvc.perform(remove(other, person, "0")).andExpect(status().isForbidden());
        }
        mvc.perform(post("/people/" + person.id() + "/remove")
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, person.id()))
                .isEqualTo(1);
    }

    private People.PersonView aPerson(String name) {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        return HubScope.asSystem(() -> people.add(hub, name, Unique.email("person"), null, null, null))
                .person();
    }

    private long personWithEmail(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }

    private MockHttpServletRequestBuilder remove(String who, People.PersonView person, String version) {
        return remove(who, person.id(), version);
    }

    private MockHttpServletRequestBuilder remove(String who, long id, String version) {
        MockHttpServletRequestBuilder request =
                post("/people/" + id + "/remove").with(csrf()).with(signedIn.as(who));
        return version == null ? request : request.param("version", version);
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
