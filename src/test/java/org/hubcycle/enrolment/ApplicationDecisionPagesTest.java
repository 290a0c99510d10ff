package org.hubcycle.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.RequiredRoles;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Nominees;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The two decisions the hub lead takes on an application's page that no test reached: declining it
 * with the message the school is sent, and correcting a completion recorded by mistake. Each needs its
 * words, is the hub lead's alone, and is not found from another hub.
 */
@IntegrationTest
class ApplicationDecisionPagesTest {

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
    WorkGroupTerms terms;

    @Autowired
    Clock clock;

    @Test
    void theHubLeadDeclinesAnApplicationWithTheMessageTheSchoolIsSent() throws Exception {
        long id = apply(fresh("Secondary"));
        assertThat(statusOf(id))
                .as("a secondary school is not eligible for a primary group")
                .isEqualTo("INELIGIBLE");
        String decline = "/enrolment/applications/" + id + "/decline";

        assertThat(html(post(decline).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)))
                        .select(".govuk-error-summary a")
                        .attr("href"))
                .isEqualTo("#message");
        mvc.perform(post(decline)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("message", "Not ours"))
                .andExpect(status().isNotFound());
        mvc.perform(post(decline).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("message", "Not mine"))
                .andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo("INELIGIBLE");

        mvc.perform(post(decline)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("message", "This group is for primary schools"))
                .andExpect(redirectedUrl("/enrolment/applications/" + id));
        assertThat(statusOf(id)).isEqualTo("DECLINED");
        assertThat(html(get("/enrolment/applications/" + id).with(signedIn.as(SignedIn.HUB_LEAD)))
                        .text())
                .contains("This group is for primary schools");
    }

    @Test
    void theHubLeadCorrectsACompletionRecordedByMistake() throws Exception {
        long id = apply(fresh("Primary"));
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
        HubScope.asSystem(() -> enrolments.complete(id, true, "Recorded early for the test"));
        String correction = "/enrolment/applications/" + id + "/correction";

        assertThat(html(post(correction).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)))
                        .select(".govuk-error-summary a")
                        .attr("href"))
                .isEqualTo("#correction");
        mvc.perform(post(correction)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("correction", "Not ours"))
                .andExpect(status().isNotFound());
        assertThat(statusOf(id)).isEqualTo("COMPLETED");

        mvc.perform(post(correction)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("correction", "Two of its teachers left in March"))
                .andExpect(redirectedUrl("/enrolment/applications/" + id));
        assertThat(statusOf(id)).isEqualTo("NOT_COMPLETED");
    }

    private long apply(SchoolSummary school) {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        WorkGroupBrief group =
                HubScope.asSystem(() -> offers.briefs(hub, AcademicYear.containing(LocalDate.now(clock)))).stream()
                        .filter(g -> g.name().equals("Mastering Number 1"))
                        .findFirst()
                        .orElseThrow();
        RequiredRoles required =
                HubScope.asSystem(() -> terms.of(group.id())).orElseThrow().requiredRoles();
        return enrolments.apply(new Enrolments.Application(
                group.id(), school.urn(), Nominees.forRoles(required, school.urn()), "head@" + school.urn() + ".test"));
    }

    /** An open school of the phase in the demo hub's area that has applied for nothing and has no predecessor. */
    private SchoolSummary fresh(String phase) {
        return HubScope.asSystem(() -> schools.search(
                        new SchoolSearch(null, phase, "881", null, "Open", null, null), PageRequest.of(0, 200)))
                .stream()
                .filter(s -> applications.forSchool(s.urn()).isEmpty()
                        && schools.lineage(s.urn()).size() == 1)
                .skip(phase.equals("Primary") ? 60 : 0)
                .findFirst()
                .orElseThrow();
    }

    private String statusOf(long id) {
        return HubScope.asSystem(() -> applications.find(id))
                .orElseThrow()
                .status()
                .name();
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
