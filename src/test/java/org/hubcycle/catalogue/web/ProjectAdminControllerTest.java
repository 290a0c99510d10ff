package org.hubcycle.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.hubcycle.catalogue.internal.Projects;
import org.hubcycle.directory.Schools;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Dates;
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

/** The project specification form alone: each field the national admin can get wrong, with its message. */
@WebMvcTest(ProjectAdminController.class)
@Import({Dates.class, Choices.class, TimeConfiguration.class})
class ProjectAdminControllerTest {

    private static final Map<String, String> VALID = Map.ofEntries(
            Map.entry("code", "NCP26-90"),
            Map.entry("title", "Slice project"),
            Map.entry("phases", "PRIMARY"),
            Map.entry("section", "EARLY_YEARS_AND_PRIMARY"),
            Map.entry("type", "WORK_GROUP"),
            Map.entry("stage", "DEVELOPMENT"),
            Map.entry("ruleCombine", "ALL"),
            Map.entry("ruleCompletedWindow", "EVER"),
            Map.entry("allocation", "FIRST_COME"),
            Map.entry("noShowBasis", "PER_SCHOOL"),
            Map.entry("funding", ""),
            Map.entry("completionSessions", ""),
            Map.entry("continuesFrom", ""));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Projects projects;

    @MockitoBean
    Schools schools;

    @MockitoBean
    Outbox outbox;

    @BeforeEach
    void vocabulary() {
        when(schools.vocabulary())
                .thenReturn(new Schools.Vocabulary(List.of("Primary"), List.of("Academies"), List.of("Good")));
        when(projects.families()).thenReturn(List.of("Teaching for Mastery"));
    }

    @Test
    void aProjectNeedsACodeATitleAndAPhase() throws Exception {
        assertThat(errors(form("code", "", "title", "", "phases", "")))
                .isEqualTo(Map.of(
                        "code",
                        "Enter the project's code, like NCP26-16",
                        "title",
                        "Enter the project's title",
                        "phases",
                        "Choose at least one phase"));
    }

    @Test
    void codesFundingAndSessionsThatCannotBeReadAreEachNamed() throws Exception {
        assertThat(errors(form(
                        "code",
                        "Project 9",
                        "continuesFrom",
                        "last year's",
                        "funding",
                        "Supply cover for everyone",
                        "completionSessions",
                        "0",
                        "outcomesPolicies",
                        "x".repeat(1001))))
                .isEqualTo(
                        Map.of(
                                "code", "Write a project code like NCP23-16 or NCP17-06a",
                                "continuesFrom",
                                        "Write the project it continues as a code like NCP23-16, or leave it empty",
                                "outcomesPolicies", "Each outcome must be 1,000 characters or fewer",
                                "funding",
                                        "Line 1 is not like 'Supply cover: £3000' or 'Matched textbook funding: up to £2000'",
                                "completionSessions",
                                        "Enter the number of sessions as a whole number from 1 to 50, or leave it empty for the lead to confirm"));
        verify(projects, never()).save(any(), any());
    }

    @Test
    void theRuleBuilderNamesWhatItCannotUse() throws Exception {
        assertThat(errors(form("ruleNeverFamily", "Knitting", "rulePhases", "Nursery")))
                .containsEntry("ruleNeverFamily", "Choose a project family from the list")
                .containsEntry("rulePhases", "Choose only values from the list");
    }

    @Test
    void aCodeAnotherProjectHasIsRefusedBesideTheCode() throws Exception {
        when(projects.save(isNull(), any())).thenThrow(new Refused("code", "project.code.exists", "NCP26-90"));
        assertThat(errors(form()))
                .isEqualTo(
                        Map.of("code", "Project NCP26-90 already exists: choose another code or change that project"));
    }

    private static MockHttpServletRequestBuilder form(String... changed) {
        return FormPost.post("/projects/new", SliceUser.national(), VALID, changed);
    }

    private Map<String, String> errors(MockHttpServletRequestBuilder request) throws Exception {
        return FormPost.errors(mvc, request, "catalogue/project-form");
    }
}
