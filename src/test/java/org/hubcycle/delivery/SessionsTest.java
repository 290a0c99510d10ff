package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.FormPost;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** A lead plans, moves and cancels sessions, each participant told; odd dates are confirmed and bad links refused; a participant sees only their own sessions and reports back on a task. */
class SessionsTest extends DeliveryFixtures {

    @Test
    void theCatalogueSaysWhenAGroupsSessionsAreEarliestFirst() throws Exception {
        WorkGroupBrief group = group("Development 1");
        List<LocalDate> planned = HubScope.asSystem(() -> sessions.forWorkGroup(group.id())).stream()
                .map(SessionView::date)
                .sorted()
                .toList();
        assertThat(planned).hasSizeGreaterThan(1);
        String offer = "/catalogue/demo-maths-hub/" + year().slug();

        Document page = html(get(offer + "/work-groups/" + group.id()));
        assertThat(page.select("#dates li").eachText())
                .containsExactlyElementsOf(planned.stream().map(dates::date).toList());
        assertThat(html(get(offer)).select("tr:contains(" + group.name() + ")").text())
                .contains("From " + dates.date(planned.get(0)) + " (" + planned.size() + " sessions)");
    }

    @Test
    void movingASessionEmailsItsParticipantsAndBadSessionsAreRefused() throws Exception {
        SessionView online = session("Development 1", 3);
        LocalDate later = online.date().plusDays(7);
        mvc.perform(post("/delivery/sessions/" + online.id() + "/edit")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL))
                        .param("day", String.valueOf(later.getDayOfMonth()))
                        .param("month", String.valueOf(later.getMonthValue()))
                        .param("year", String.valueOf(later.getYear()))
                        .param("startTime", "3:45pm")
                        .param("endTime", "17:00")
                        .param("length", "HALF_DAY")
                        .param("format", "ONLINE")
                        .param("joiningLink", online.joiningLink())
                        .param("task", online.task())
                        .param("confirmDate", "yes"))
                .andExpect(redirectedUrl("/delivery/work-groups/" + online.workGroupId()));
        assertThat(session("Development 1", 3).revision()).isEqualTo(online.revision() + 1);
        assertThat(HubScope.asSystem(() -> outbox.list(PARTICIPANT, PageRequest.of(0, 10)))
                        .getContent())
                .anySatisfy(e -> {
                    assertThat(e.subject()).isEqualTo("Development 1: session 3 has moved");
                    assertThat(e.body()).contains("3:45pm to 5pm", "online");
                });

        Document refused = html(post("/delivery/work-groups/" + online.workGroupId() + "/sessions/new")
                .with(csrf())
                .with(signedIn.as(SignedIn.WGL))
                .param("day", "31")
                .param("month", "2")
                .param("year", "2027")
                .param("startTime", "14:00")
                .param("endTime", "9am")
                .param("length", "HALF_DAY")
                .param("format", "ONLINE")
                .param("joiningLink", "meet.example.test")
                .param("taskBring", "Books"));
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#day", "#endTime", "#joiningLink", "#task");
    }

    @Test
    void aDateOnAWeekendOrOutsideTheYearIsConfirmedAndABadJoiningLinkIsRefused() throws Exception {
        WorkGroupBrief group = group("Development 2");
        LocalDate saturday =
                LocalDate.now(clock).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
        String form = "/delivery/work-groups/" + group.id() + "/sessions/new";

        Document weekend = html(newSession(form, saturday, "https://meet.example.test/weekend"));
        assertThat(weekend.select(".govuk-error-summary").text()).contains(dates.date(saturday) + " is a Saturday");
        assertThat(weekend.select("#confirmDate")).hasSize(1);
        mvc.perform(newSession(form, saturday, "https://meet.example.test/weekend")
                        .param("confirmDate", "yes"))
                .andExpect(redirectedUrl("/delivery/work-groups/" + group.id()));

        // Its date was confirmed when it was set: changing its agenda does not ask again, moving it to another
        // weekend does.
        long weekendId = HubScope.asSystem(() -> sessions.forWorkGroup(group.id())).stream()
                .filter(planned -> planned.date().equals(saturday))
                .findFirst()
                .orElseThrow()
                .id();
        String edit = "/delivery/sessions/" + weekendId + "/edit";
        java.util.Map<String, String> opened =
                FormPost.fields(html(get(edit).with(signedIn.as(SignedIn.HUB_LEAD))), edit);
        mvc.perform(FormPost.post(edit, signedIn.as(SignedIn.HUB_LEAD), opened, "agenda", "Still on its Saturday."))
                .andExpect(redirectedUrl("/delivery/work-groups/" + group.id()));
        LocalDate sunday = saturday.plusDays(1);
        assertThat(html(FormPost.post(
                                edit,
                                signedIn.as(SignedIn.HUB_LEAD),
                                FormPost.fields(html(get(edit).with(signedIn.as(SignedIn.HUB_LEAD))), edit),
                                "day",
                                String.valueOf(sunday.getDayOfMonth()),
                                "month",
                                String.valueOf(sunday.getMonthValue()),
                                "year",
                                String.valueOf(sunday.getYear())))
                        .select(".govuk-error-summary")
                        .text())
                .contains(dates.date(sunday) + " is a Sunday");

        LocalDate nextYear = year().lastDay().plusDays(10);
        assertThat(html(newSession(form, nextYear, "https://meet.example.test/x"))
                        .select(".govuk-error-summary")
                        .text())
                .contains("is outside the work group's year, " + year());
        assertThat(html(newSession(form, year().lastDay().plusYears(3), "https://meet.example.test/x")
                                .param("confirmDate", "yes"))
                        .select(".govuk-error-summary")
                        .text())
                .contains("Enter a date in or near the work group's year");

        for (String link :
                List.of("https://meet.example.test/a b", "javascript:alert(1)", "http://meet.example.test/plain")) {
            Document bad = html(newSession(form, saturday.plusDays(2), link));
            assertThat(bad.select(".govuk-error-summary a").attr("href"))
                    .as(link)
                    .isEqualTo("#joiningLink");
        }
        List<SessionView> planned = HubScope.asSystem(() -> sessions.forWorkGroup(group.id()));
        assertThat(planned)
                .extracting(SessionView::date)
                .as("numbered in date order")
                .isSorted();
        assertThat(planned)
                .extracting(SessionView::sequence)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, planned.size())
                        .boxed()
                        .toList());
    }

    @Test
    void aSessionThatHasNotMetIsCancelledAndEveryParticipantIsTold() throws Exception {
        WorkGroupBrief development = group("Development 1");
        LocalDate date = LocalDate.now(clock).plusDays(40);
        long planned = plan(development, SignedIn.HUB_LEAD, date);
        String cancel = "/delivery/sessions/" + planned + "/cancel";

        assertThat(html(post(cancel)
                                .with(csrf())
                                .with(signedIn.as(SignedIn.WGL))
                                .param("reason", " "))
                        .select(".govuk-error-summary")
                        .text())
                .contains("Say why the session is cancelled");
        mvc.perform(post(cancel)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("reason", "Not mine"))
                .andExpect(status().isNotFound());
        mvc.perform(post(cancel).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("reason", "The venue flooded"))
                .andExpect(redirectedUrl("/delivery/work-groups/" + development.id()));

        assertThat(HubScope.asSystem(() -> sessions.find(planned))).isEmpty();
        assertThat(HubScope.asSystem(() -> outbox.list(PARTICIPANT, PageRequest.of(0, 20)))
                        .getContent())
                .anySatisfy(e -> {
                    assertThat(e.subject())
                            .isEqualTo("Development 1: the session on " + dates.date(date) + " is cancelled");
                    assertThat(e.body()).contains("The venue flooded");
                });
        assertThat(page("/audit?type=delivery.session-cancelled", SignedIn.HUB_LEAD)
                        .select("tbody")
                        .text())
                .contains("The venue flooded");

        SessionView held = session("Development 1", 1);
        mvc.perform(post("/delivery/sessions/" + held.id() + "/register")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL))
                        .param("all", "yes"))
                .andExpect(redirectedUrl("/delivery/sessions/" + held.id() + "/register"));
        assertThat(html(post("/delivery/sessions/" + held.id() + "/cancel")
                                .with(csrf())
                                .with(signedIn.as(SignedIn.WGL))
                                .param("reason", "Too late"))
                        .select(".govuk-error-summary")
                        .text())
                .contains("register has been taken");
        assertThat(HubScope.asSystem(() -> sessions.find(held.id()))).isPresent();
    }

    @Test
    void aParticipantSeesOnlyTheirOwnSessionsAndReportsBackOnATask() throws Exception {
        WorkGroupBrief other = group("Development 3");
        long elsewhere = plan(other, SignedIn.HUB_LEAD, LocalDate.now(clock).plusDays(3));
        Document mine = page("/my-sessions", PARTICIPANT);
        assertThat(mine.text())
                .contains("Development 1: Session 1", "https://meet.demo-maths-hub.test/development-1")
                .doesNotContain("Development 3");

        SessionView first = session("Development 1", 1);
        mvc.perform(post("/my-sessions/" + first.id() + "/report")
                        .with(csrf())
                        .with(signedIn.as(PARTICIPANT))
                        .param("note", "Pupils got stuck on partitioning; plan attached."))
                .andExpect(redirectedUrl("/my-sessions"));
        assertThat(page("/delivery/work-groups/" + first.workGroupId(), SignedIn.WGL)
                        .text())
                .contains("1 participant has reported back.");
        Document register = page("/delivery/sessions/" + first.id() + "/register", SignedIn.WGL);
        assertThat(register.text()).doesNotContain("plan attached");
        assertThat(register.select("legend").stream()
                        .filter(l -> l.text().contains("Ayesha Brook"))
                        .findFirst()
                        .orElseThrow()
                        .text())
                .contains("Reported back on the gap task");
        String participants = "/delivery/work-groups/" + first.workGroupId() + "/participants";
        Document roster = page(participants, SignedIn.WGL);
        assertThat(roster.select("#participants").text()).contains("Ayesha Brook", PARTICIPANT);
        assertThat(roster.select("dl").first().text())
                .contains("Ayesha Brook Pupils got stuck on partitioning; plan attached.");
        mvc.perform(get(participants).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        mvc.perform(get(participants).with(signedIn.as(PARTICIPANT))).andExpect(status().isForbidden());

        mvc.perform(post("/my-sessions/" + elsewhere + "/report")
                        .with(csrf())
                        .with(signedIn.as(PARTICIPANT))
                        .param("note", "Not mine"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my-sessions").with(signedIn.as(SignedIn.SCHOOL))).andExpect(status().isForbidden());
        mvc.perform(get("/delivery/work-groups/" + first.workGroupId()).with(signedIn.as(PARTICIPANT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/delivery/work-groups/" + first.workGroupId()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        assertThat(Jsoup.parse(mvc.perform(get("/catalogue/demo-maths-hub/" + year().slug() + "/work-groups/"
                                        + first.workGroupId()))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .text())
                .doesNotContain("meet.demo-maths-hub.test");
    }
}
