package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** Private calendar feeds: each session keeps its UID and raises its SEQUENCE when it moves; a withdrawn participants feed stops. */
class CalendarFeedsTest extends DeliveryFixtures {

    @Test
    void aWithdrawnParticipantsCalendarFeedStops() throws Exception {
        WorkGroupBrief group = group("Mastering Number 1");
        long planned = plan(group, SignedIn.HUB_LEAD, LocalDate.now(clock).plusDays(45));
        SchoolSummary school =
                HubScope.asSystem(() -> schools
                        .search(
                                new SchoolSearch(null, "Primary", "882", null, "Open", null, null),
                                PageRequest.of(0, 200))
                        .stream()
                        .filter(s -> applications.forSchool(s.urn()).isEmpty())
                        .reduce((a, b) -> b)
                        .orElseThrow());
        long application = HubScope.asSystem(() -> apply(group, school.urn()));
        assertThat(HubScope.asSystem(() -> applications.find(application))
                        .orElseThrow()
                        .status()
                        .name())
                .isEqualTo("ACCEPTED");
        Seat seat = HubScope.asSystem(() -> seats.of(group.id())).stream()
                .filter(s -> s.enrolmentId() == application)
                .findFirst()
                .orElseThrow();
        String feed = "/calendar/" + calendars.participantToken(seat) + ".ics";
        assertThat(mvc.perform(get(feed)).andReturn().getResponse().getContentAsString())
                .contains("UID:session-" + planned + "@");

        HubScope.asSystem(() -> enrolments.withdrawByHub(application, "The school closed its maths department"));

        String after = mvc.perform(get(feed))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after).contains("BEGIN:VCALENDAR").doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void calendarFeedsKeepEachSessionsUidAndRaiseItsSequenceWhenItMoves() throws Exception {
        SessionView online = session("Development 1", 3);
        long elsewhere = plan(
                group("Development 4"), SignedIn.HUB_LEAD, LocalDate.now(clock).plusDays(5));
        String feed = page("/delivery/work-groups/" + online.workGroupId(), SignedIn.WGL)
                .select("#feed")
                .text();
        String path = feed.substring(feed.indexOf("/calendar/"));
        String before = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(before)
                .contains(
                        "BEGIN:VCALENDAR",
                        "UID:session-" + online.id() + "@localhost",
                        "SEQUENCE:" + online.revision(),
                        "SUMMARY:Development 1: session 3");

        LocalDate later = online.date().plusDays(1);
        mvc.perform(post("/delivery/sessions/" + online.id() + "/edit")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL))
                        .param("day", String.valueOf(later.getDayOfMonth()))
                        .param("month", String.valueOf(later.getMonthValue()))
                        .param("year", String.valueOf(later.getYear()))
                        .param("startTime", "15:45")
                        .param("endTime", "17:00")
                        .param("length", "HALF_DAY")
                        .param("format", "ONLINE")
                        .param("joiningLink", online.joiningLink())
                        .param("confirmDate", "yes"))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("UID:session-" + online.id() + "@localhost", "SEQUENCE:" + (online.revision() + 1));

        String mine = page("/my-sessions", PARTICIPANT)
                .select(".hubcycle-feed")
                .first()
                .text();
        String personal = mvc.perform(get(mine.substring(mine.indexOf("/calendar/"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(personal)
                .contains("UID:session-" + online.id() + "@localhost")
                .doesNotContain("UID:session-" + elsewhere + "@localhost");
        mvc.perform(get("/calendar/not-a-real-token.ics")).andExpect(status().isNotFound());
    }
}
