package org.hubcycle.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hubcycle.leadership.internal.LeadershipTerms;
import org.hubcycle.leadership.internal.NetworkMeetings;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.TestKeys;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The hub's LLME network meetings: scheduled, invited by email, attendance recorded once the day comes. Own hub only. */
@IntegrationTest
class NetworkMeetingsTest extends LeadershipFixtures {

    @Autowired
    NetworkMeetings network;

    @Autowired
    Outbox outbox;

    @Test
    void aMeetingNeedsADateAheadAndSomewhereToMeet() throws Exception {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        Document refused = submit(
                "/llmes/meetings/new",
                "title",
                "",
                "day",
                String.valueOf(yesterday.getDayOfMonth()),
                "month",
                String.valueOf(yesterday.getMonthValue()),
                "year",
                String.valueOf(yesterday.getYear()),
                "startTime",
                "10am",
                "endTime",
                "9:30",
                "venue",
                "",
                "onlineLink",
                "meet.example.test/x");
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#title", "#day", "#endTime", "#onlineLink");
        assertThat(submit(
                                "/llmes/meetings/new",
                                "title",
                                "Summer network",
                                "day",
                                "1",
                                "month",
                                "13",
                                "year",
                                "2027",
                                "venue",
                                "",
                                "onlineLink",
                                "")
                        .select(".govuk-error-summary a")
                        .eachAttr("href"))
                .containsExactlyInAnyOrder("#day", "#venue");
    }

    @Test
    void theHubLeadSchedulesInvitesAndRecordsAttendanceOnlyOnceTheDayComes() throws Exception {
        String title = TestKeys.next("Summer network");
        LocalDate ahead = LocalDate.now(clock).plusDays(20);
        String location = mvc.perform(post("/llmes/meetings/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("title", title)
                        .param("day", String.valueOf(ahead.getDayOfMonth()))
                        .param("month", String.valueOf(ahead.getMonthValue()))
                        .param("year", String.valueOf(ahead.getYear()))
                        .param("startTime", "1:30pm")
                        .param("endTime", "16:00")
                        .param("venue", "Castlewick Learning Centre"))
                .andExpect(redirectedUrlPattern("/llmes/meetings/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document meeting = page(location, SignedIn.HUB_LEAD);
        assertThat(meeting.select(".govuk-summary-list").text())
                .contains("1:30pm to 4pm", "Castlewick Learning Centre");

        long owen = llme("owen.pritchard@demo-school.test");
        long leah = llme("leah.brennan@demo-school.test");
        mvc.perform(post(location + "/invitations")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("llmeIds", String.valueOf(owen), String.valueOf(leah)))
                .andExpect(redirectedUrl(location));
        assertThat(page(location, SignedIn.HUB_LEAD).select("table").first().text())
                .contains("Owen Pritchard", "Leah Brennan");
        assertThat(HubScope.asSystem(() -> outbox.list("leah.brennan@demo-school.test", PageRequest.of(0, 20)))
                        .getContent())
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("Invitation: " + title));

        Document early = submit(location + "/attendance", "attendance-" + owen, "ATTENDED");
        assertThat(early.select(".govuk-error-summary").text())
                .contains("You can record attendance from the day of the meeting");

        long past = HubScope.asSystem(() -> network.schedule(
                hub("demo-maths-hub"),
                new NetworkMeetings.MeetingInput(
                        title + " (past)", LocalDate.now(clock).minusDays(2), null, null, "Online", null, null)));
        HubScope.asSystem(() -> network.invite(past, List.of(owen, leah)));
        mvc.perform(post("/llmes/meetings/" + past + "/attendance")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("attendance-" + owen, "ATTENDED")
                        .param("attendance-" + leah, "APOLOGIES")
                        .param("attendance-" + llme(SignedIn.WGL), "ATTENDED"))
                .andExpect(redirectedUrl("/llmes/meetings/" + past));
        assertThat(page("/audit?type=leadership.meeting-attendance", SignedIn.HUB_LEAD)
                        .select("tbody tr")
                        .first()
                        .text())
                .as("only the invited are counted")
                .contains(title + " (past)", "1 attended");
        assertThat(page("/llmes/meetings", SignedIn.HUB_LEAD).select("tbody tr").stream()
                        .filter(r -> r.text().contains(title + " (past)"))
                        .findFirst()
                        .orElseThrow()
                        .text())
                .endsWith("2 1");
    }

    @Test
    void anotherHubCannotSeeOrChangeTheMeetings() throws Exception {
        long meeting =
                HubScope.asSystem(() -> network.meetings(hub("demo-maths-hub"), PageRequest.of(0, 50)))
                        .getContent()
                        .stream()
                        .filter(m -> m.title().equals("LLME network: autumn meeting"))
                        .findFirst()
                        .orElseThrow()
                        .id();
        mvc.perform(get("/llmes/meetings/" + meeting).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/llmes/meetings/" + meeting + "/attendance")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("attendance-" + llme(SignedIn.WGL), "ABSENT"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/llmes/meetings/" + meeting + "/invitations")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("llmeIds", String.valueOf(llme("callum.reyes@northfield-school.test"))))
                .andExpect(status().isNotFound());
        assertThat(page("/llmes/meetings/" + meeting, SignedIn.HUB_LEAD)
                        .select("table")
                        .first()
                        .text())
                .doesNotContain("Callum Reyes");
        assertThat(HubScope.asSystem(() -> network.invitees(meeting)))
                .filteredOn(i -> i.fullName().equals("Samir Haddad"))
                .extracting(NetworkMeetings.Invitee::attendance)
                .containsExactly(LeadershipTerms.Attendance.ATTENDED);
        assertThat(page("/llmes/meetings", SignedIn.HUB_LEAD_2).text()).doesNotContain("autumn meeting");
    }

    private long llme(String email) {
        return HubScope.asSystem(() -> register.llmeOf(email)).orElseThrow();
    }
}
