package org.hubcycle.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.directory.People;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.TimeConfiguration;
import org.hubcycle.shared.web.Choices;
import org.hubcycle.support.FormPost;
import org.hubcycle.support.SliceUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The work group form alone: each field the hub lead can get wrong, with the message beside it. */
@WebMvcTest(OfferController.class)
@Import({Dates.class, Choices.class, TimeConfiguration.class})
class OfferControllerTest {

    private static final Map<String, String> VALID = Map.ofEntries(
            Map.entry("projectId", "1"),
            Map.entry("name", "Development 9"),
            Map.entry("summary", ""),
            Map.entry("leadPersonId", ""),
            Map.entry("coLeadPersonId", ""),
            Map.entry("capacitySchools", "6"),
            Map.entry("placesPerSchool", "2"),
            Map.entry("rolesRequired", ""),
            Map.entry("sessionCount", "3"),
            Map.entry("sessionLength", "FULL_DAY"),
            Map.entry("sessionFormat", "IN_PERSON"),
            Map.entry("venue", ""),
            Map.entry("startMonth", ""),
            Map.entry("startYear", ""),
            Map.entry("deadlineDay", ""),
            Map.entry("deadlineMonth", ""),
            Map.entry("deadlineYear", ""),
            Map.entry("cost", "0"),
            Map.entry("noShowCharge", "0"),
            Map.entry("status", "DRAFT"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HubOffers offers;

    @MockitoBean
    People people;

    @MockitoBean
    Outbox outbox;

    @BeforeEach
    void nobodyYet() {
        when(people.list(any(), any())).thenReturn(Page.empty());
    }

    @Test
    void blankRequiredFieldsAreEachNamed() throws Exception {
        Map<String, String> errors =
                errors(form("projectId", "", "name", "", "sessionLength", "", "sessionFormat", "", "status", ""));
        assertThat(errors)
                .isEqualTo(Map.of(
                        "projectId",
                        "Choose the project the work group runs",
                        "name",
                        "Enter a name for the work group",
                        "sessionLength",
                        "Choose a session length",
                        "sessionFormat",
                        "Choose a session format",
                        "status",
                        "Choose a status"));
    }

    @Test
    void numbersDatesAndMoneyThatAreNotAreEachNamed() throws Exception {
        Map<String, String> errors = errors(form(
                "capacitySchools",
                "0",
                "placesPerSchool",
                "many",
                "sessionCount",
                "x",
                "startMonth",
                "13",
                "startYear",
                "2026",
                "deadlineDay",
                "31",
                "deadlineMonth",
                "2",
                "deadlineYear",
                "2027",
                "cost",
                "-5",
                "noShowCharge",
                "£12.345"));
        assertThat(errors)
                .containsEntry("startMonth", "Enter the start as a month and year, like 10 2026")
                .containsEntry("deadlineDay", "Enter the application deadline as a real date, like 30 9 2026")
                .containsEntry("cost", "Enter the cost to schools in pounds, like 150 or 0 for free")
                .containsEntry("noShowCharge", "Enter the no-show charge in pounds, like 75 or 0 for none")
                .containsEntry("capacitySchools", "Enter the number of schools, from 1 to 9999, like 6")
                .containsEntry(
                        "placesPerSchool", "Enter the number of teachers from each school as a whole number, like 2")
                .containsEntry("sessionCount", "Enter the number of sessions as a whole number, like 3")
                .hasSize(7);
    }

    @Test
    void theLeadMustBeOneOfTheHubsPeopleAndNotAlsoTheCoLead() throws Exception {
        assertThat(errors(form("leadPersonId", "999")))
                .containsEntry("leadPersonId", "Choose a lead from your hub's people");
        when(people.find(7L))
                .thenReturn(Optional.of(
                        new People.PersonView(7L, "Pat Lead", "pat@slice.test", null, null, null, null, 0, null)));
        assertThat(errors(form("leadPersonId", "7", "coLeadPersonId", "7")))
                .containsEntry("coLeadPersonId", "Choose a different person as co-lead, or no co-lead");
    }

    /** A valid work group, with the given fields changed (name, value, name, value, ...). */
    private static MockHttpServletRequestBuilder form(String... changed) {
        return FormPost.post("/offer/2026-27/work-groups/new", SliceUser.hubLead(), VALID, changed);
    }

    /** The form comes back with each field's message, and nothing is saved. */
    private Map<String, String> errors(MockHttpServletRequestBuilder request) throws Exception {
        Map<String, String> errors = FormPost.errors(mvc, request, "catalogue/work-group-form");
        verify(offers, never()).create(anyLong(), any(), any());
        return errors;
    }
}
