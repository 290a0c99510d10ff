package org.hubcycle.delivery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.WorkGroupAccess;
import org.hubcycle.delivery.internal.Calendars;
import org.hubcycle.delivery.internal.Sessions;
import org.hubcycle.delivery.internal.WorkGroupPages;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.PublicAddress;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.TimeConfiguration;
import org.hubcycle.shared.web.Choices;
import org.hubcycle.support.FormPost;
import org.hubcycle.support.SliceUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The session form alone: each field a work group lead can get wrong, with its message. */
@WebMvcTest(SessionsController.class)
@Import({Dates.class, Choices.class, TimeConfiguration.class})
class SessionsControllerTest {

    private static final Map<String, String> VALID = Map.ofEntries(
            Map.entry("day", "12"),
            Map.entry("month", "3"),
            Map.entry("year", "2027"),
            Map.entry("startTime", "9:30am"),
            Map.entry("endTime", "3:30pm"),
            Map.entry("length", "FULL_DAY"),
            Map.entry("format", "IN_PERSON"),
            Map.entry("venue", "Castlewick Learning Centre"),
            Map.entry("address", ""),
            Map.entry("joiningLink", ""),
            Map.entry("agenda", ""),
            Map.entry("task", ""),
            Map.entry("dueDay", ""),
            Map.entry("dueMonth", ""),
            Map.entry("dueYear", ""),
            Map.entry("taskBring", ""),
            Map.entry("confirmDate", ""));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Sessions sessions;

    @MockitoBean
    Calendars calendars;

    @MockitoBean
    WorkGroupPages pages;

    @MockitoBean
    WorkGroupAccess access;

    @MockitoBean
    Outbox outbox;

    @MockitoBean
    PublicAddress address;

    @BeforeEach
    void group() {
        when(access.require(eq(5L), any(), eq(true)))
                .thenReturn(new WorkGroupBrief(
                        5L,
                        1L,
                        "Development 1",
                        new AcademicYear(2026),
                        "NCP26-01",
                        "Teaching for Mastery",
                        WorkGroupStatus.OPEN,
                        6,
                        null,
                        null));
    }

    @Test
    void datesAndTimesThatAreNotAreEachNamed() throws Exception {
        assertThat(errors(form(
                        "day",
                        "31",
                        "month",
                        "2",
                        "startTime",
                        "25:00",
                        "endTime",
                        "noon-ish",
                        "dueDay",
                        "40",
                        "dueMonth",
                        "1",
                        "dueYear",
                        "2027",
                        "task",
                        "Try it")))
                .isEqualTo(Map.of(
                        "day",
                        "Enter the date of the session, like 12 3 2027",
                        "startTime",
                        "Enter the start time like 9:30am or 14:00",
                        "endTime",
                        "Enter the end time like 3:30pm or 15:30",
                        "dueDay",
                        "Enter the date the task is due, like 2 4 2027"));
    }

    @Test
    void theSessionsOwnRulesAreNamedBesideTheirFields() throws Exception {
        assertThat(errors(form(
                        "startTime",
                        "3pm",
                        "endTime",
                        "9am",
                        "venue",
                        "",
                        "dueDay",
                        "2",
                        "dueMonth",
                        "4",
                        "dueYear",
                        "2027")))
                .isEqualTo(Map.of(
                        "endTime",
                        "The end time must be after the start time",
                        "venue",
                        "Enter the venue of a session in person",
                        "task",
                        "Say what the gap task is, or leave its date and what to bring empty"));
        assertThat(errors(form("format", "ONLINE", "joiningLink", "meet.example.org/maths")))
                .containsOnlyKeys("joiningLink");
        assertThat(errors(form("length", "ALL_WEEK", "format", "")))
                .isEqualTo(Map.of("length", "Choose one of the options", "format", "Choose one of the options"));
        verify(sessions, never()).plan(anyLong(), any());
    }

    @Test
    void aDateTheUseCaseRefusesIsShownBesideTheDate() throws Exception {
        when(sessions.plan(eq(5L), any())).thenThrow(new Refused("day", "session.date.farOutside", "2026/27"));
        assertThat(errors(form())).containsOnlyKeys("day");
    }

    private static MockHttpServletRequestBuilder form(String... changed) {
        return FormPost.post("/delivery/work-groups/5/sessions/new", SliceUser.workGroupLead(), VALID, changed);
    }

    private Map<String, String> errors(MockHttpServletRequestBuilder request) throws Exception {
        return FormPost.errors(mvc, request, "delivery/session-form");
    }
}
