package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The hub confirms completion, prefilled from the attendance rule, only after the last session or with a reason. */
class CompletionTest extends DeliveryFixtures {

    @Test
    void theHubConfirmsCompletionPrefilledFromTheAttendanceRule() throws Exception {
        SessionView today = session("Development 1", 2);
        mvc.perform(post("/delivery/sessions/" + today.id() + "/register")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL))
                        .param("all", "yes"))
                .andExpect(redirectedUrl("/delivery/sessions/" + today.id() + "/register"));
        String sheet = "/delivery/work-groups/" + today.workGroupId() + "/completion";
        Document page = page(sheet, SignedIn.HUB_LEAD);
        assertThat(page.text())
                .contains(
                        "at least one of its participants attended 4 sessions",
                        "2 sessions have been held, of 3 planned");
        assertThat(page.select("tbody tr").first().text()).contains("2 / 2");
        assertThat(page.select("input[value=no][checked]")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(page.select("input[value=yes][checked]")).isEmpty();

        List<Applications.View> places = HubScope.asSystem(() -> applications.allForWorkGroup(today.workGroupId()));
        Applications.View last = places.get(places.size() - 1);
        Document early = html(
                post(sheet).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)).param("completed-" + last.id(), "yes"));
        assertThat(early.select(".govuk-error-summary").text())
                .as("not before the last session without a reason")
                .contains("last planned session is on");
        assertThat(HubScope.asSystem(() -> applications.find(last.id()))
                        .orElseThrow()
                        .status()
                        .name())
                .isEqualTo("ACCEPTED");
        mvc.perform(post(sheet)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("completed-" + last.id(), "yes")
                        .param("endedEarly", "The school finished the programme with another hub"))
                .andExpect(redirectedUrl(sheet));
        assertThat(HubScope.asSystem(() -> applications.find(last.id()))
                        .orElseThrow()
                        .status()
                        .name())
                .isEqualTo("COMPLETED");
        assertThat(page("/enrolment/" + year().slug(), SignedIn.HUB_LEAD)
                        .select("#engaged")
                        .text())
                .contains("completed a work group in " + year());

        Document nothing = html(post(sheet).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(nothing.select(".govuk-error-summary").text()).contains("Say for at least one school");
        mvc.perform(post(sheet)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("completed-" + last.id(), "no"))
                .andExpect(status().isNotFound());
        mvc.perform(get(sheet).with(signedIn.as(SignedIn.WGL))).andExpect(status().isForbidden());
        mvc.perform(get(sheet).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
    }
}
