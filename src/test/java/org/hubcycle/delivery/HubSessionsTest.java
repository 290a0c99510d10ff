package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.List;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.support.SignedIn;
import org.junit.jupiter.api.Test;

/** The hub's sessions month by month, across its work groups; another hub's are not among them. */
class HubSessionsTest extends DeliveryFixtures {

    @Test
    void theHubTeamSeesEachMonthsSessionsOfAllItsGroupsAndNoOtherHubs() throws Exception {
        SessionView first = session("Development 1", 1);
        String month = "/delivery/sessions?month=" + YearMonth.from(first.date());
        String groupLink = "a[href=/delivery/work-groups/" + first.workGroupId() + "]";

        assertThat(page(month, SignedIn.HUB_LEAD)
                        .select("#hub-sessions " + groupLink)
                        .eachText())
                .contains("Development 1, session 1");
        assertThat(page("/delivery/registers", SignedIn.HUB_LEAD).select("a[href=/delivery/sessions]"))
                .hasSize(1);
        assertThat(page(month, SignedIn.HUB_LEAD_2).select(groupLink)).isEmpty();
        mvc.perform(get("/delivery/sessions?month=not-a-month").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isNotFound());
        for (String who : List.of(SignedIn.WGL, SignedIn.PARTICIPANT, SignedIn.SCHOOL, SignedIn.NATIONAL)) {
            mvc.perform(get(month).with(signedIn.as(who))).andExpect(status().isForbidden());
        }
    }
}
