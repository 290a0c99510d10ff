package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.notifications.Outbox.View;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.FreshSchools;
import org.hubcycle.support.SignedIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A participant sends apologies for a session they cannot come to: the leads are emailed, the register offers
 * them as the mark (a late cancellation when sent the day before or on the day), and they stand until the
 * register is taken, the session has been held, or it moves to another day.
 */
class ApologiesTest extends DeliveryFixtures {

    @Test
    void aParticipantsApologiesReachTheLeadsAndTheRegisterUntilWithdrawn() throws Exception {
        WorkGroupBrief development = group("Development 1");
        long planned = plan(development, SignedIn.HUB_LEAD, LocalDate.now(clock).plusDays(50));
        int sequence =
                HubScope.asSystem(() -> sessions.find(planned)).orElseThrow().sequence();
        String send = "/my-sessions/" + planned + "/apologies";

        assertThat(card(PARTICIPANT, planned).select("details form").attr("action"))
                .isEqualTo(send);
        mvc.perform(post(send).with(csrf()).with(signedIn.as(PARTICIPANT)).param("note", "  Year 6 residential trip  "))
                .andExpect(redirectedUrl("/my-sessions#session-" + planned))
                .andExpect(flash().attribute(
                                "confirmation",
                                "Your apologies for session " + sequence
                                        + " are recorded, and the register will show them. The email telling your"
                                        + " work group's leads waits in the outbox: this installation does not send"
                                        + " email yet."));

        Element card = card(PARTICIPANT, planned);
        assertThat(card.text())
                .contains("You sent apologies on", "Your note: Year 6 residential trip", "Withdraw your apologies")
                .doesNotContain("late cancellation", "I cannot come to this session");
        assertThat(lastEmailTo(SignedIn.WGL)).satisfies(email -> {
            assertThat(email.subject())
                    .isEqualTo("Ayesha Brook has sent apologies for Development 1, session " + sequence);
            assertThat(email.body())
                    .contains("Year 6 residential trip", "/delivery/sessions/" + planned + "/register")
                    .doesNotContain("late cancellation");
        });
        assertThat(sessionCard(development, sequence).text()).contains("1 participant has sent apologies");
        String feed = html(get("/my-sessions").with(signedIn.as(PARTICIPANT)))
                .select("code.hubcycle-feed")
                .first()
                .text();
        String calendar = feed.substring(feed.indexOf("/calendar/"));
        assertThat(mvc.perform(get(calendar)).andReturn().getResponse().getContentAsString())
                .as("the participant's own calendar says so and leaves the time free")
                .contains("SUMMARY:Development 1: session " + sequence + " (you sent apologies)", "TRANSP:TRANSPARENT");
        String register = "/delivery/sessions/" + planned + "/register";
        assertThat(page(register, SignedIn.WGL).select("#apologies").text())
                .contains("Ayesha Brook", "Sent apologies on", "Their note: Year 6 residential trip");
        assertThat(page("/audit?type=delivery.apologies-sent", SignedIn.HUB_LEAD)
                        .select("tbody")
                        .text())
                .contains("Ayesha Brook, for session " + sequence);

        mvc.perform(get(register).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        mvc.perform(post(send).with(csrf()).with(signedIn.as(SignedIn.SCHOOL))).andExpect(status().isForbidden());
        mvc.perform(post(send).with(csrf()).with(participant(placeIn(group("Mastering Number 3"), "884"))))
                .andExpect(status().isNotFound());

        mvc.perform(post(send + "/withdraw").with(csrf()).with(signedIn.as(PARTICIPANT)))
                .andExpect(redirectedUrl("/my-sessions#session-" + planned))
                .andExpect(flash().attribute("confirmation", Matchers.containsString("are withdrawn")));
        assertThat(card(PARTICIPANT, planned).text()).contains("I cannot come to this session");
        assertThat(lastEmailTo(SignedIn.WGL).subject())
                .isEqualTo("Ayesha Brook has withdrawn their apologies for Development 1, session " + sequence);
        assertThat(sessionCard(development, sequence).text()).doesNotContain("sent apologies");
        assertThat(mvc.perform(get(calendar)).andReturn().getResponse().getContentAsString())
                .doesNotContain("(you sent apologies)");
        assertThat(page(register, SignedIn.WGL).select("#apologies")).isEmpty();

        mvc.perform(post(send).with(csrf()).with(signedIn.as(PARTICIPANT)))
                .andExpect(redirectedUrl("/my-sessions#session-" + planned));
        mvc.perform(post("/delivery/sessions/" + planned + "/cancel")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("reason", "The venue is closed"))
                .andExpect(status().is3xxRedirection());
        assertThat(HubScope.asSystem(() -> sessions.find(planned)))
                .as("a session with apologies can still be cancelled")
                .isEmpty();
    }

    @Test
    void apologiesSentTheDayBeforeAreALateCancellationWhichTheRegisterRecords() throws Exception {
        WorkGroupBrief group = group("Mastering Number 3");
        Seat seat = placeIn(group, "885");
        long tomorrow = plan(group, SignedIn.HUB_LEAD, LocalDate.now(clock).plusDays(1));
        long today = plan(group, SignedIn.HUB_LEAD, LocalDate.now(clock));

        for (long session : List.of(tomorrow, today)) {
            mvc.perform(post("/my-sessions/" + session + "/apologies")
                            .with(csrf())
                            .with(participant(seat)))
                    .andExpect(flash().attribute("confirmation", Matchers.containsString("late cancellation")));
        }
        assertThat(card(participant(seat), tomorrow).text()).contains("count as a late cancellation");

        String register = "/delivery/sessions/" + today + "/register";
        Document before = page(register, SignedIn.HUB_LEAD);
        assertThat(before.select("#mark-" + seat.participantId() + "-LATE_CANCELLATION")
                        .hasAttr("checked"))
                .as("the register offers the late cancellation")
                .isTrue();
        assertThat(before.text()).contains("a late cancellation");
        mvc.perform(post(register)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("all", "yes"))
                .andExpect(redirectedUrl(register));
        List<Seat> others = HubScope.asSystem(() -> seats.of(group.id())).stream()
                .filter(s -> s.participantId() != seat.participantId())
                .toList();
        Document after = page(register, SignedIn.HUB_LEAD);
        assertThat(after.select("#mark-" + seat.participantId() + "-LATE_CANCELLATION")
                        .hasAttr("checked"))
                .as("marking everyone else present keeps the apologies")
                .isTrue();
        assertThat(others)
                .allSatisfy(other -> assertThat(
                                after.select("#mark-" + other.participantId()).hasAttr("checked"))
                        .isTrue());

        Document refused = html(post("/my-sessions/" + today + "/apologies/withdraw")
                .with(csrf())
                .with(participant(seat)));
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Your work group's lead has already taken the register for you");
        assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#session-" + today);
        assertThat(card(participant(seat), today).text()).contains("Your attendance Late cancellation");

        long past = session("Development 1", 1).id();
        Document held =
                html(post("/my-sessions/" + past + "/apologies").with(csrf()).with(signedIn.as(PARTICIPANT)));
        assertThat(held.select(".govuk-error-summary").text()).contains("apologies can no longer be sent or withdrawn");
        assertThat(card(PARTICIPANT, past).text()).contains("Your attendance Present");
    }

    @Test
    void apologiesForASessionThatMovesToAnotherDayNoLongerStandAndTheirSenderIsTold() throws Exception {
        WorkGroupBrief group = group("Mastering Number 3");
        Seat seat = placeIn(group, "886");
        LocalDate date = LocalDate.now(clock).plusDays(20);
        long planned = plan(group, SignedIn.HUB_LEAD, date);
        Document tooLong = html(post("/my-sessions/" + planned + "/apologies")
                .with(csrf())
                .with(participant(seat))
                .param("note", "x".repeat(501)));
        assertThat(tooLong.select(".govuk-error-summary a").attr("href")).isEqualTo("#apologies-" + planned);
        assertThat(tooLong.select("#session-" + planned + " details").hasAttr("open"))
                .as("the form is open on its error")
                .isTrue();
        mvc.perform(post("/my-sessions/" + planned + "/apologies").with(csrf()).with(participant(seat)))
                .andExpect(redirectedUrl("/my-sessions#session-" + planned));

        LocalDate later = date.plusDays(7);
        mvc.perform(post("/delivery/sessions/" + planned + "/edit")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("day", String.valueOf(later.getDayOfMonth()))
                        .param("month", String.valueOf(later.getMonthValue()))
                        .param("year", String.valueOf(later.getYear()))
                        .param("length", "FULL_DAY")
                        .param("format", "ONLINE")
                        .param("joiningLink", "https://meet.example.test/" + group.id())
                        .param("confirmDate", "yes"))
                .andExpect(redirectedUrl("/delivery/work-groups/" + group.id()));

        assertThat(card(participant(seat), planned).text()).contains("I cannot come to this session");
        assertThat(lastEmailTo(seat.email()).body()).contains("You had sent apologies for the old date");
        Seat other = HubScope.asSystem(() -> seats.of(group.id())).stream()
                .filter(s -> s.participantId() != seat.participantId())
                .findFirst()
                .orElseThrow();
        assertThat(lastEmailTo(other.email()).body()).doesNotContain("apologies");
    }

    /** A primary school of the local authority that has applied nowhere takes a place; its first participant. */
    private Seat placeIn(WorkGroupBrief group, String la) {
        int urn = FreshSchools.primary(schools, applications, la, 0);
        long application = HubScope.asSystem(() -> apply(group, urn));
        return HubScope.asSystem(() -> seats.of(group.id())).stream()
                .filter(s -> s.enrolmentId() == application)
                .findFirst()
                .orElseThrow();
    }

    /** Signed in as the seat's participant. */
    private RequestPostProcessor participant(Seat seat) {
        return signedIn.asParticipant(seat.email());
    }

    private Element card(String email, long session) throws Exception {
        return card(signedIn.as(email), session);
    }

    private Element card(RequestPostProcessor who, long session) throws Exception {
        Element card = html(get("/my-sessions").with(who)).getElementById("session-" + session);
        assertThat(card).isNotNull();
        return card;
    }

    private Element sessionCard(WorkGroupBrief group, int sequence) throws Exception {
        return page("/delivery/work-groups/" + group.id(), SignedIn.WGL).select(".govuk-summary-card").stream()
                .filter(c -> c.select("h2").text().equals("Session " + sequence))
                .findFirst()
                .orElseThrow();
    }

    private View lastEmailTo(String email) {
        return HubScope.asSystem(() -> outbox.list(email, PageRequest.of(0, 1)))
                .getContent()
                .get(0);
    }
}
