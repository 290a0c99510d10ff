package org.hubcycle.enrolment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;
import org.hubcycle.catalogue.CatalogueTerms.Allocation;
import org.hubcycle.catalogue.CatalogueTerms.ChargeBasis;
import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.enrolment.internal.Eligibility;
import org.hubcycle.enrolment.internal.FundingClaims;
import org.hubcycle.enrolment.internal.ParticipantChanges;
import org.hubcycle.enrolment.internal.SchoolEligibility;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The application form alone: each participant field a school can get wrong, with its message. */
@WebMvcTest(ApplyController.class)
@Import({Dates.class, Choices.class, TimeConfiguration.class})
class ApplyControllerTest {

    private static final int URN = 100_001;
    private static final Map<String, String> VALID = Map.of(
            "name-1",
            "Priya Shah",
            "email-1",
            "priya@school.test",
            "jobTitle-1",
            "Year 2 teacher",
            "role-1",
            "Teacher",
            "trn-1",
            "");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Enrolments enrolments;

    @MockitoBean
    Applications applications;

    @MockitoBean
    ParticipantChanges changes;

    @MockitoBean
    FundingClaims claims;

    @MockitoBean
    SchoolEligibility eligibility;

    @MockitoBean
    WorkGroupTerms workGroups;

    @MockitoBean
    Schools schools;

    @MockitoBean
    Outbox outbox;

    @BeforeEach
    void openGroupAndSchool() {
        when(workGroups.published(9L))
                .thenReturn(Optional.of(new WorkGroupTerms.Terms(
                        9L,
                        1L,
                        "Development 1",
                        new AcademicYear(2026),
                        WorkGroupStatus.OPEN,
                        6,
                        2,
                        null,
                        null,
                        null,
                        0,
                        0,
                        1L,
                        "NCP26-01",
                        "Teaching for Mastery",
                        "Teaching for Mastery",
                        null,
                        Allocation.FIRST_COME,
                        Funding.NONE,
                        null,
                        ChargeBasis.PER_SCHOOL)));
        when(schools.find(URN))
                .thenReturn(Optional.of(new SchoolSummary(
                        URN,
                        "Slice Primary School",
                        "Open",
                        "Primary",
                        "Academy converter",
                        "Academies",
                        "881",
                        "Castlewick",
                        "QA1 1AA",
                        "East of England",
                        null,
                        null,
                        "Good",
                        null,
                        4,
                        11)));
        when(eligibility.of(anyLong(), anyInt()))
                .thenReturn(new Eligibility.Decision(true, "ok", "The school is eligible"));
        when(outbox.wording(any())).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void eachStartedParticipantMustBeWhole() throws Exception {
        assertThat(errors(form(
                        "name-1", "", "email-1", "priya at school", "jobTitle-1", "", "role-1", "", "trn-1", "12")))
                .isEqualTo(Map.of(
                        "name-1", "Enter participant 1's full name",
                        "email-1", "Enter participant 1's email address, like name@school.org.uk",
                        "jobTitle-1", "Enter participant 1's job title",
                        "role-1", "Choose participant 1's role in the work group",
                        "trn-1", "Participant 1's teacher reference number is 7 digits, or leave it empty"));
        assertThat(errors(form("name-2", "Tom Reed"))).containsOnlyKeys("email-2", "jobTitle-2", "role-2");
    }

    @Test
    void aSchoolNominatesAtLeastOneParticipantOnceEach() throws Exception {
        assertThat(errors(form("name-1", "", "email-1", "", "jobTitle-1", "", "role-1", "")))
                .isEqualTo(Map.of("name-1", "Nominate at least one participant"));
        assertThat(errors(FormPost.post(
                        "/apply/9/check",
                        SliceUser.schoolContact(URN),
                        VALID,
                        "name-2",
                        "Tom Reed",
                        "email-2",
                        "PRIYA@school.test",
                        "jobTitle-2",
                        "Year 1 teacher",
                        "role-2",
                        "Teacher")))
                .isEqualTo(Map.of(
                        "email-2", "Each participant needs their own email address: PRIYA@school.test is given twice"));
        verify(enrolments, never()).apply(any());
    }

    private static MockHttpServletRequestBuilder form(String... changed) {
        return FormPost.post("/apply/9", SliceUser.schoolContact(URN), VALID, changed);
    }

    private Map<String, String> errors(MockHttpServletRequestBuilder request) throws Exception {
        return FormPost.errors(mvc, request, "enrolment/apply");
    }
}
