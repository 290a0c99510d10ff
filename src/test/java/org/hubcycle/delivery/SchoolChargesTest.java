package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.internal.Charges;
import org.hubcycle.delivery.internal.Charges.Charge;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.FreshSchools;
import org.hubcycle.support.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A school's contact sees what their school is charged for places not used, waivers included; nobody else's. */
class SchoolChargesTest extends DeliveryFixtures {

    @Autowired
    Charges charges;

    @Test
    void aSchoolSeesItsOwnChargesAndWhatTheHubWaived() throws Exception {
        WorkGroupBrief group = group("Development 4");
        int urn = FreshSchools.primary(schools, applications, "884", 0);
        long application = HubScope.asSystem(() -> apply(group, urn));
        List<Seat> mine = HubScope.asSystem(() -> seats.of(group.id())).stream()
                .filter(s -> s.enrolmentId() == application)
                .toList();
        long yesterday = plan(group, SignedIn.HUB_LEAD, LocalDate.now(clock).minusDays(1));
        MockHttpServletRequestBuilder register = post("/delivery/sessions/" + yesterday + "/register")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("all", "yes");
        mine.forEach(seat -> register.param("mark-" + seat.participantId(), "ABSENT"));
        mvc.perform(register).andExpect(redirectedUrl("/delivery/sessions/" + yesterday + "/register"));

        RequestPostProcessor contact = signedIn.asContactOf(urn);
        assertThat(html(get("/applications").with(contact)).select("a[href=/charges]"))
                .hasSize(1);
        List<Charge> due = HubScope.asSystem(() -> charges.forSchool(urn, year()));
        assertThat(due).isNotEmpty().allSatisfy(c -> assertThat(c.sessionId()).isEqualTo(yesterday));
        Document page = html(get("/charges").with(contact));
        assertThat(page.select("h1").text()).isEqualTo("Charges to your school in " + year());
        assertThat(page.select("#charges tbody tr")).hasSize(due.size());
        assertThat(page.select("#charges").text()).contains("Development 4", "Absent");
        long pence = due.stream().mapToLong(Charge::due).sum();
        assertThat(page.select("#charges-total").text()).isEqualTo("Total: " + Funding.pounds(pence));

        assertThat(html(get("/charges").with(signedIn.as(SignedIn.SCHOOL)))
                        .select("#charges")
                        .text())
                .as("another school's contact sees only their own school's")
                .doesNotContain("Development 4");
        mvc.perform(get("/charges").with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isForbidden());

        Charge first = due.get(0);
        mvc.perform(post("/delivery/charges/" + year().slug() + "/waive")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("session", String.valueOf(first.sessionId()))
                        .param("urn", String.valueOf(urn))
                        .param("participant", String.valueOf(first.participantId()))
                        .param("reason", "The train was cancelled"))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get("/charges").with(contact)).select("#charges").text())
                .contains("Waived: The train was cancelled");

        assertThat(html(get("/charges?year=" + year().previous().slug()).with(contact))
                        .select("h1")
                        .text())
                .isEqualTo("Charges to your school in " + year().previous());
        mvc.perform(get("/charges?year=1990-91").with(contact)).andExpect(status().isNotFound());
    }
}
