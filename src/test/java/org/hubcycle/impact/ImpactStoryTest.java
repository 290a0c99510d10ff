package org.hubcycle.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A participant tells the hub their story of a work group and says what the hub may do with it; the hub's
 * team reads it with the writer's name only where allowed; nobody else writes or reads it.
 */
@IntegrationTest
class ImpactStoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Seats seats;

    @Autowired
    Clock clock;

    @Test
    void aParticipantTellsTheirStoryAndTheHubReadsItAsAllowed() throws Exception {
        RequestPostProcessor participant = signedIn.as(SignedIn.PARTICIPANT);
        Seat seat = seats.ofParticipant(SignedIn.PARTICIPANT).stream()
                .filter(s -> html(get("/my-stories").with(participant))
                        .select("a[href=/my-stories/" + s.workGroupId() + "]")
                        .hasText())
                .findFirst()
                .orElseThrow();
        String form = "/my-stories/" + seat.workGroupId();
        AcademicYear year = AcademicYear.containing(LocalDate.now(clock));
        String hubStories = "/impact/" + year.slug() + "/demo-maths-hub/stories";
        RequestPostProcessor lead = signedIn.as(SignedIn.HUB_LEAD);

        assertThat(html(get("/my-sessions").with(participant)).select("a[href=/my-stories]"))
                .hasSize(1);
        Document empty = html(post(form).with(csrf()).with(participant));
        assertThat(empty.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#story", "#consent");

        mvc.perform(tell(form, participant, "I let pupils explain before I do.", "NAMED"))
                .andExpect(redirectedUrl("/my-stories"));
        assertThat(html(get("/my-stories").with(participant)).text()).contains("I let pupils explain before I do.");
        Document named = html(get(hubStories).with(lead));
        assertThat(named.select(".govuk-summary-card__title").eachText())
                .contains(seat.fullName() + ", " + seat.schoolName());
        assertThat(named.select(".govuk-summary-card .govuk-hint").eachText())
                .as("worded for the hub, not as the participant chose it")
                .anyMatch(hint -> hint.endsWith(". May be shared, with their name and school"));
        assertThat(html(get("/impact/" + year.slug() + "/demo-maths-hub").with(lead))
                        .select("#stories ~ p")
                        .text())
                .contains("1 participant has told their story of this year.");

        mvc.perform(tell(form, participant, "I let pupils explain before I do.", "ANONYMOUS"))
                .andExpect(redirectedUrl("/my-stories"));
        Document anonymous = html(get(hubStories).with(signedIn.as(SignedIn.NATIONAL)));
        assertThat(anonymous.select("main").text())
                .contains("I let pupils explain before I do.")
                .doesNotContain(seat.fullName());

        RequestPostProcessor stranger = signedIn.asParticipant("stranger@elsewhere.test");
        mvc.perform(get(form).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(tell(form, stranger, "Not my group.", "NAMED")).andExpect(status().isNotFound());
        mvc.perform(get(hubStories).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        mvc.perform(get(hubStories).with(signedIn.as(SignedIn.WGL))).andExpect(status().isForbidden());
        mvc.perform(get("/my-stories").with(lead)).andExpect(status().isForbidden());

        mvc.perform(post(form + "/withdraw").with(csrf()).with(participant)).andExpect(redirectedUrl("/my-stories"));
        assertThat(html(get(hubStories).with(lead)).select("main").text())
                .doesNotContain("I let pupils explain before I do.");
    }

    private static MockHttpServletRequestBuilder tell(
            String form, RequestPostProcessor who, String story, String consent) {
        return post(form).with(csrf()).with(who).param("story", story).param("consent", consent);
    }

    private Document html(MockHttpServletRequestBuilder request) {
        try {
            return Jsoup.parse(mvc.perform(request)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
