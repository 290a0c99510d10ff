package org.hubcycle.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hubcycle.directory.People;
import org.hubcycle.leadership.internal.LeadershipTerms;
import org.hubcycle.leadership.internal.LlmeRegister;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.TestKeys;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A hub's LLME register and its specialist cohorts: the hub lead keeps them; no other hub sees them. */
@IntegrationTest
class RegisterTest extends LeadershipFixtures {

    @Autowired
    People people;

    @Test
    void theRegisterFiltersByRoleAndStatusAndCountsActiveLlmes() throws Exception {
        Document current = page("/llmes", SignedIn.HUB_LEAD);
        assertThat(current.select("tbody").text())
                .contains("Samir Haddad", "Owen Pritchard", "Hannah Lowe")
                .doesNotContain("Isla Carmody");
        long active = HubScope.asSystem(() -> register.activeCount(hub("demo-maths-hub"), year()));
        assertThat(active).isGreaterThanOrEqualTo(8);
        assertThat(current.select("#active-count").text()).isEqualTo(active + " LLMEs hold a role in " + year() + ".");

        Document former = page("/llmes?status=FORMER&role=MASTERY_ADVOCATE", SignedIn.HUB_LEAD);
        assertThat(former.select("tbody tr")).hasSize(1);
        assertThat(former.select("tbody").text()).contains("Isla Carmody", "Mastery Advocate");

        Document trainees = page("/llmes?status=TRAINEE", SignedIn.HUB_LEAD);
        assertThat(trainees.select("tbody").text())
                .contains("Leah Brennan", "Marcus Bell")
                .doesNotContain("Samir Haddad");

        Document earlier = page(
                "/llmes?year=" + year().previous().previous().previous().slug() + "&role=PRIMARY_MASTERY_SPECIALIST",
                SignedIn.HUB_LEAD);
        assertThat(earlier.select("tbody").text()).contains("Samir Haddad").doesNotContain("Leah Brennan");

        Document wildcard = page("/llmes?q=%25", SignedIn.HUB_LEAD);
        assertThat(wildcard.select("tbody tr"))
                .as("%% is a letter to find, not a wildcard")
                .isEmpty();
        assertThat(page("/llmes?q=am", SignedIn.HUB_LEAD).select("tbody").text())
                .contains("Samir Haddad");

        Document garbage = page("/llmes?year=garbage&role=WIZARD", SignedIn.HUB_LEAD);
        assertThat(garbage.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#role", "#year");
        assertThat(garbage.select(".govuk-error-summary").text())
                .contains("Choose a year from the list, from 2014/15 to " + year().next());
        assertThat(garbage.select("#active-count").text()).contains(year().toString());
    }

    @Test
    void aHubLeadAddsOneOfTheHubsPeopleWithRolesOverYears() throws Exception {
        String email = TestKeys.next("llme") + "@demo-school.test";
        HubScope.asSystem(() -> people.add(hub("demo-maths-hub"), "Tamsin Greer", email, null, null, "Maths lead"));

        String location = mvc.perform(post("/llmes/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("email", email.toUpperCase())
                        .param("role", "PD_LEAD")
                        .param("fromYear", year().previous().toString())
                        .param("detail", "Secondary PD Lead Programme")
                        .param("accreditedDay", "12")
                        .param("accreditedMonth", "7")
                        .param("accreditedYear", String.valueOf(year().startYear())))
                .andExpect(redirectedUrlPattern("/llmes/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document profile = page(location, SignedIn.HUB_LEAD);
        assertThat(profile.select("h1").text()).isEqualTo("Tamsin Greer");
        assertThat(profile.select("table").first().text())
                .contains(
                        "Accredited PD Lead",
                        "from " + year().previous(),
                        "Secondary PD Lead Programme",
                        "accredited 12 July " + year().startYear());

        mvc.perform(post(location + "/roles")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("role", "WORK_GROUP_LEAD")
                        .param("fromYear", year().previous().previous().toString())
                        .param("toYear", year().previous().toString()))
                .andExpect(redirectedUrl(location));
        assertThat(page("/llmes?status=FORMER&role=WORK_GROUP_LEAD&q=tamsin", SignedIn.HUB_LEAD)
                        .select("tbody")
                        .text())
                .contains("Tamsin Greer", "Work Group Lead");

        Document again = submit("/llmes/new", "email", email, "role", "OTHER", "fromYear", year().toString());
        assertThat(again.select(".govuk-error-summary").text()).contains("Tamsin Greer is already on the register");
    }

    @Test
    void badRolesAreRefusedWithTheFieldAtFaultAndNothingIsSaved() throws Exception {
        Document unknown =
                submit("/llmes/new", "email", "nobody@nowhere.test", "role", "SLE", "fromYear", year().toString());
        assertThat(unknown.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#email");
        assertThat(unknown.select(".govuk-error-summary").text()).contains("add them on the People page first");

        Document missing = submit("/llmes/new", "email", "", "role", "", "fromYear", "", "toYear", "1999/00");
        assertThat(missing.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#email", "#role", "#fromYear", "#toYear");

        long samir = HubScope.asSystem(() -> register.llmeOf(SignedIn.WGL)).orElseThrow();
        int before = register(samir);
        Document specialist = submit(
                "/llmes/" + samir + "/roles",
                "role",
                "SECONDARY_MASTERY_SPECIALIST",
                "fromYear",
                year().toString(),
                "cohortId",
                String.valueOf(cohortId("Primary cohort 3")),
                "status",
                "TRAINEE");
        assertThat(specialist.select(".govuk-error-summary").text())
                .contains("Choose a secondary cohort for a Secondary Mastery Specialist");
        Document hidden = submit(
                "/llmes/" + samir + "/roles", "role", "PRIMARY_MASTERY_SPECIALIST", "fromYear", year().toString());
        assertThat(hidden.select(".govuk-error-summary").text())
                .contains("Choose the specialist's cohort", "Choose whether the specialist is in training or active");
        assertThat(hidden.select("details#specialist").hasAttr("open"))
                .as("the fields at fault are shown, not folded away")
                .isTrue();
        assertThat(submit("/llmes/" + samir + "/roles", "role", "OTHER", "fromYear", "")
                        .select("details#specialist")
                        .hasAttr("open"))
                .isFalse();
        Document backwards = submit(
                "/llmes/" + samir + "/roles",
                "role",
                "OTHER",
                "fromYear",
                year().toString(),
                "toYear",
                year().previous().toString());
        assertThat(backwards.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#toYear");
        assertThat(register(samir)).isEqualTo(before);
    }

    @Test
    void traineesOfACohortBecomeActiveSpecialistsAndCohortNumbersAreUnique() throws Exception {
        Document duplicate =
                submit("/llmes/cohorts", "phase", "PRIMARY", "number", "3", "startYear", year().toString());
        assertThat(duplicate.select(".govuk-error-summary").text()).contains("already has a primary cohort 3");

        int number = 10 + TestKeys.next() % 80;
        String location = mvc.perform(post("/llmes/cohorts")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("phase", "SECONDARY")
                        .param("number", String.valueOf(number))
                        .param("startYear", year().toString()))
                .andExpect(redirectedUrlPattern("/llmes/cohorts/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long hannah = llme("Hannah Lowe");
        mvc.perform(post(location + "/specialists")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("llmeId", String.valueOf(hannah))
                        .param("status", "TRAINEE"))
                .andExpect(redirectedUrl(location));
        assertThat(page(location, SignedIn.HUB_LEAD).select("tbody").text()).contains("Hannah Lowe", "Trainee");
        Document twice = submit(location + "/specialists", "llmeId", String.valueOf(hannah), "status", "TRAINEE");
        assertThat(twice.select(".govuk-error-summary").text())
                .contains("Hannah Lowe is already a Secondary Mastery Specialist");

        mvc.perform(post(location + "/activate").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(redirectedUrl(location));
        assertThat(page(location, SignedIn.HUB_LEAD).select("tbody").text())
                .contains("Hannah Lowe", "Active")
                .doesNotContain("Trainee");
    }

    @Test
    void aHubLeadSeesOnlyTheirOwnHubsRegisterAndCannotChangeAnothersRecords() throws Exception {
        long samir = llme("Samir Haddad");
        Document northfield = page("/llmes?status=ALL", SignedIn.HUB_LEAD_2);
        assertThat(northfield.select("tbody").text()).contains("Callum Reyes").doesNotContain("Samir Haddad");
        mvc.perform(get("/llmes/" + samir).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        int before = register(samir);
        mvc.perform(post("/llmes/" + samir + "/roles")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("role", "OTHER")
                        .param("fromYear", year().toString()))
                .andExpect(status().isNotFound());
        assertThat(register(samir)).isEqualTo(before);
        long cohort = cohortId("Primary cohort 3");
        mvc.perform(get("/llmes/cohorts/" + cohort).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/llmes/cohorts/" + cohort + "/activate").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        assertThat(page("/llmes/cohorts/" + cohort, SignedIn.HUB_LEAD)
                        .select("tbody")
                        .text())
                .contains("Trainee");

        mvc.perform(get("/llmes").with(signedIn.as(SignedIn.LLME))).andExpect(status().isForbidden());
        mvc.perform(get("/llmes").with(signedIn.as(SignedIn.NATIONAL))).andExpect(status().isForbidden());
        mvc.perform(post("/llmes/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL))
                        .param("email", SignedIn.WGL))
                .andExpect(status().isForbidden());
    }

    private long llme(String name) {
        return HubScope.asSystem(() -> register.register(
                        hub("demo-maths-hub"),
                        new LlmeRegister.Filter(name, null, LeadershipTerms.RegisterStatus.ALL, year()),
                        PageRequest.of(0, 5))
                .getContent()
                .get(0)
                .id());
    }

    private int register(long llmeId) {
        return HubScope.asSystem(() -> register.profile(llmeId))
                .orElseThrow()
                .roles()
                .size();
    }

    private long cohortId(String name) {
        return HubScope.asSystem(() -> cohorts.cohorts(hub("demo-maths-hub"))).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
