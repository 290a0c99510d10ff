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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A lead records support visits, and the coverage grid shows the year groups nobody saw; the group's leads and
 * the hub lead correct or delete a record, never from a stale form, and nobody else may.
 */
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
        assertThat(refused.select("input[name=yearGroups]").eachAttr("value"))
                .as("a group of primary schools is offered the primary years")
                .containsExactly("Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6");

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

    @Test
    void theGroupsLeadsCorrectOrDeleteAVisitsRecordButNotFromAStaleFormAndNobodyElseMay() throws Exception {
        WorkGroupBrief development = group("Development 1");
        int ashgateUrn =
                HubScope.asSystem(() -> seats.ofParticipant(PARTICIPANT)).get(0).schoolUrn();
        Seat school = HubScope.asSystem(() -> seats.of(development.id())).stream()
                .filter(seat -> seat.schoolUrn() != ashgateUrn)
                .findFirst()
                .orElseThrow();
        String visits = "/delivery/work-groups/" + development.id() + "/visits";
        LocalDate day = LocalDate.now(clock).minusDays(3);
        mvc.perform(visit(post(visits), SignedIn.WGL, school, day, "Reasoning in Year 5")
                        .param("yearGroups", "Year 5"))
                .andExpect(redirectedUrl(visits));
        String edit = page(visits, SignedIn.WGL).select("tbody tr").stream()
                .filter(r -> r.text().contains("Reasoning in Year 5"))
                .findFirst()
                .orElseThrow()
                .select("a[href^=/delivery/visits/]")
                .attr("href");
        String delete = edit.replace("/edit", "/delete");

        Document form = page(edit, SignedIn.WGL);
        assertThat(form.select("#focus").val()).isEqualTo("Reasoning in Year 5");
        assertThat(form.select("input[name=yearGroups][checked]").eachAttr("value"))
                .containsExactly("Year 5");
        String opened = form.select("input[name=version]").val();

        Document future = html(visit(
                        post(edit),
                        SignedIn.HUB_LEAD,
                        school,
                        LocalDate.now(clock).plusDays(2),
                        "x")
                .param("yearGroups", "Year 5")
                .param("version", opened));
        assertThat(future.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#day");

        mvc.perform(visit(post(edit), SignedIn.HUB_LEAD, school, day, "Reasoning in Years 5 and 6")
                        .param("yearGroups", "Year 5", "Year 6")
                        .param("version", opened))
                .andExpect(redirectedUrl(visits));
        assertThat(page(visits, SignedIn.WGL).select("tbody").text())
                .contains("Reasoning in Years 5 and 6", "Year 5, Year 6", "Samir Haddad");

        Document stale = html(visit(post(edit), SignedIn.WGL, school, day, "Reasoning in Year 5 only")
                .param("yearGroups", "Year 5")
                .param("version", opened));
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else saved changes");
        assertThat(stale.select("#focus").val()).as("what they typed is kept").isEqualTo("Reasoning in Year 5 only");
        assertThat(html(post(delete)
                                .with(csrf())
                                .with(signedIn.as(SignedIn.WGL))
                                .param("version", opened))
                        .select(".govuk-error-summary")
                        .text())
                .contains("so it was not deleted");
        assertThat(page(visits, SignedIn.WGL).select("tbody").text()).contains("Reasoning in Years 5 and 6");

        mvc.perform(get(edit).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        mvc.perform(post(delete).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        // hub staff read visits but do not change them
        mvc.perform(get(edit).with(signedIn.asStaffOf(hubs.getBySlug("demo-maths-hub"))))
                .andExpect(status().isNotFound());
        mvc.perform(get(delete).with(signedIn.as(SignedIn.SCHOOL))).andExpect(status().isForbidden());

        Document confirm = page(delete, SignedIn.WGL);
        assertThat(confirm.select("h1").text()).isEqualTo("Delete the record of this visit?");
        mvc.perform(post(delete)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL))
                        .param("version", confirm.select("input[name=version]").val()))
                .andExpect(redirectedUrl(visits));
        assertThat(page(visits, SignedIn.WGL).select("tbody").text()).doesNotContain("Reasoning in Years 5 and 6");
        mvc.perform(get(edit).with(signedIn.as(SignedIn.WGL))).andExpect(status().isNotFound());
        assertThat(page("/audit?type=delivery.visit-corrected", SignedIn.HUB_LEAD)
                        .select("tbody")
                        .text())
                .contains(school.schoolName(), "visited by Samir Haddad on " + dates.date(day));
        assertThat(page("/audit?type=delivery.visit-deleted", SignedIn.HUB_LEAD)
                        .select("tbody")
                        .text())
                .contains(school.schoolName());
    }

    private MockHttpServletRequestBuilder visit(
            MockHttpServletRequestBuilder request, String user, Seat school, LocalDate date, String focus) {
        return request.with(csrf())
                .with(signedIn.as(user))
                .param("schoolUrn", String.valueOf(school.schoolUrn()))
                .param("day", String.valueOf(date.getDayOfMonth()))
                .param("month", String.valueOf(date.getMonthValue()))
                .param("year", String.valueOf(date.getYear()))
                .param("focus", focus);
    }
}
