package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A lead records support visits, and the coverage grid shows the year groups nobody saw. */
class SupportVisitsTest extends DeliveryFixtures {

    @Test
    void aLeadRecordsVisitsAndTheCoverageGridShowsYearGroupsNobodySaw() throws Exception {
        WorkGroupBrief development = group("Development 1");
        Seat ashgate = HubScope.asSystem(() -> seats.ofParticipant(PARTICIPANT)).get(0);
        String visits = "/delivery/work-groups/" + development.id() + "/visits";
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        Document refused = html(post(visits)
                .with(csrf())
                .with(signedIn.as(SignedIn.WGL))
                .param("schoolUrn", "")
                .param("day", String.valueOf(tomorrow.getDayOfMonth()))
                .param("month", String.valueOf(tomorrow.getMonthValue()))
                .param("year", String.valueOf(tomorrow.getYear()))
                .param("focus", ""));
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#schoolUrn", "#day", "#yearGroups", "#focus");

        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        mvc.perform(post(visits)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL))
                        .param("schoolUrn", String.valueOf(ashgate.schoolUrn()))
                        .param("day", String.valueOf(yesterday.getDayOfMonth()))
                        .param("month", String.valueOf(yesterday.getMonthValue()))
                        .param("year", String.valueOf(yesterday.getYear()))
                        .param("yearGroups", "Year 2", "Year 3")
                        .param("focus", "Bar models in Year 2 and 3 lessons")
                        .param("nextSteps", "Maths lead to observe Year 4 next half term"))
                .andExpect(redirectedUrl(visits));
        assertThat(page(visits, SignedIn.HUB_LEAD).select("tbody").text())
                .contains(ashgate.schoolName(), "Samir Haddad", "Year 2, Year 3");

        Document grid = page("/delivery/projects/" + development.projectCode() + "/coverage", SignedIn.HUB_LEAD);
        String row = grid.select("#coverage tbody tr").stream()
                .filter(r -> r.text().startsWith(ashgate.schoolName()))
                .findFirst()
                .orElseThrow()
                .text();
        assertThat(row)
                .isEqualTo(ashgate.schoolName() + " URN " + ashgate.schoolUrn() + " None None 1 1 None None None 5");
        assertThat(page("/delivery/projects/" + development.projectCode() + "/coverage", SignedIn.HUB_LEAD_2)
                        .text())
                .doesNotContain(ashgate.schoolName());

        WorkGroupBrief other = group("Development 2");
        mvc.perform(post("/delivery/work-groups/" + other.id() + "/visits")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL))
                        .param("schoolUrn", String.valueOf(ashgate.schoolUrn()))
                        .param("focus", "Not my group"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/delivery/projects/" + development.projectCode() + "/coverage")
                        .with(signedIn.as(SignedIn.WGL)))
                .andExpect(status().isForbidden());
    }
}
