package org.hubcycle.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hubcycle.catalogue.EligibilityRule;
import org.hubcycle.catalogue.EligibilityRule.All;
import org.hubcycle.catalogue.EligibilityRule.Any;
import org.hubcycle.catalogue.EligibilityRule.CompletedFamily;
import org.hubcycle.catalogue.EligibilityRule.HasActiveMasterySpecialist;
import org.hubcycle.catalogue.EligibilityRule.InHub;
import org.hubcycle.catalogue.EligibilityRule.NeverEnrolledFamily;
import org.hubcycle.catalogue.EligibilityRule.Not;
import org.hubcycle.catalogue.EligibilityRule.OfstedIn;
import org.hubcycle.catalogue.EligibilityRule.PhaseIn;
import org.hubcycle.catalogue.EligibilityRule.TypeGroupIn;
import org.hubcycle.catalogue.EligibilityRule.Window;
import org.hubcycle.enrolment.internal.Eligibility;
import org.hubcycle.enrolment.internal.Eligibility.Decision;
import org.hubcycle.enrolment.internal.Eligibility.Participation;
import org.hubcycle.shared.AcademicYear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule type, met and not met, alone and combined, with the reason code and words each decision carries. */
class EligibilityTest {

    static final long HUB = 7;
    static final AcademicYear YEAR = new AcademicYear(2026);
    static final int URN = 100001;
    static final int PREDECESSOR = 900001;
    static final String DEV = "Primary TfM Development";

    static Eligibility.School school(
            String phase, String type, String ofsted, Long hubId, boolean specialist, Participation... history) {
        return new Eligibility.School(
                URN, "Aldwick Primary", phase, type, ofsted, hubId, List.of(history), () -> specialist);
    }

    static Eligibility.School primary(Participation... history) {
        return school("Primary", "Academies", "Good", HUB, false, history);
    }

    static Participation did(String family, int year, EnrolmentStatus status) {
        return new Participation(family, new AcademicYear(year), status, URN);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // rule, school, eligible, code, words in the reason
                Arguments.of("no rule", null, primary(), true, "ELIGIBLE", "open to any school"),
                Arguments.of(
                        "phase met",
                        new PhaseIn(Set.of("Primary", "Middle deemed primary")),
                        primary(),
                        true,
                        "ELIGIBLE",
                        "is a Primary school"),
                Arguments.of(
                        "phase not met",
                        new PhaseIn(Set.of("Secondary")),
                        primary(),
                        false,
                        "PHASE",
                        "is a Primary school, and this work group is for Secondary schools"),
                Arguments.of(
                        "phase unknown",
                        new PhaseIn(Set.of("Primary")),
                        school(null, null, null, HUB, false),
                        false,
                        "PHASE",
                        "no recorded phase"),
                Arguments.of("in hub", new InHub(), primary(), true, "ELIGIBLE", "is in the hub's area"),
                Arguments.of(
                        "another hub's area",
                        new InHub(),
                        school("Primary", null, null, 8L, false),
                        false,
                        "OUT_OF_AREA",
                        "is not in the hub's area"),
                Arguments.of(
                        "no hub at all",
                        new InHub(),
                        school("Primary", null, null, null, false),
                        false,
                        "OUT_OF_AREA",
                        "not in the hub's area"),
                Arguments.of(
                        "type group met",
                        new TypeGroupIn(Set.of("Academies", "Free Schools")),
                        primary(),
                        true,
                        "ELIGIBLE",
                        "one of the academies"),
                Arguments.of(
                        "type group not met",
                        new TypeGroupIn(Set.of("Local authority maintained schools")),
                        primary(),
                        false,
                        "TYPE",
                        "this work group is for local authority maintained schools"),
                Arguments.of(
                        "ofsted met",
                        new OfstedIn(Set.of("Good", "Outstanding")),
                        primary(),
                        true,
                        "ELIGIBLE",
                        "last rated Good"),
                Arguments.of(
                        "ofsted not met",
                        new OfstedIn(Set.of("Requires improvement")),
                        primary(),
                        false,
                        "OFSTED",
                        "rated Requires improvement"),
                Arguments.of(
                        "no ofsted rating",
                        new OfstedIn(Set.of("Good")),
                        school("Primary", null, null, HUB, false),
                        false,
                        "OFSTED",
                        "no Ofsted rating"),
                Arguments.of(
                        "completed ever",
                        new CompletedFamily(DEV, Window.EVER, null),
                        primary(did(DEV, 2019, EnrolmentStatus.COMPLETED)),
                        true,
                        "ELIGIBLE",
                        "completed Primary TfM Development in 2019/20"),
                Arguments.of(
                        "took part but did not complete",
                        new CompletedFamily(DEV, Window.EVER, null),
                        primary(did(DEV, 2025, EnrolmentStatus.NOT_COMPLETED)),
                        false,
                        "NOT_COMPLETED",
                        "has not completed"),
                Arguments.of(
                        "completed last year",
                        new CompletedFamily(DEV, Window.PREVIOUS_YEAR, null),
                        primary(did(DEV, 2025, EnrolmentStatus.COMPLETED)),
                        true,
                        "ELIGIBLE",
                        "in 2025/26"),
                Arguments.of(
                        "completed, but not last year",
                        new CompletedFamily(DEV, Window.PREVIOUS_YEAR, null),
                        primary(did(DEV, 2023, EnrolmentStatus.COMPLETED)),
                        false,
                        "NOT_COMPLETED",
                        "has not completed Primary TfM Development in 2025/26"),
                Arguments.of(
                        "completed within 2 years",
                        new CompletedFamily(DEV, Window.WITHIN_YEARS, 2),
                        primary(did(DEV, 2024, EnrolmentStatus.COMPLETED)),
                        true,
                        "ELIGIBLE",
                        "2024/25"),
                Arguments.of(
                        "completed 3 years ago, window 2",
                        new CompletedFamily(DEV, Window.WITHIN_YEARS, 2),
                        primary(did(DEV, 2023, EnrolmentStatus.COMPLETED)),
                        false,
                        "NOT_COMPLETED",
                        "in the last 2 years"),
                Arguments.of(
                        "this year's own place does not count as completed",
                        new CompletedFamily(DEV, Window.EVER, null),
                        primary(did(DEV, 2026, EnrolmentStatus.COMPLETED)),
                        false,
                        "NOT_COMPLETED",
                        "has not completed"),
                Arguments.of(
                        "never enrolled: new school",
                        new NeverEnrolledFamily(DEV),
                        primary(),
                        true,
                        "ELIGIBLE",
                        "has not taken part"),
                Arguments.of(
                        "never enrolled: withdrew before, still new",
                        new NeverEnrolledFamily(DEV),
                        primary(did(DEV, 2024, EnrolmentStatus.WITHDRAWN)),
                        true,
                        "ELIGIBLE",
                        "has not taken part"),
                Arguments.of(
                        "never enrolled: took Development once",
                        new NeverEnrolledFamily(DEV),
                        primary(did(DEV, 2024, EnrolmentStatus.COMPLETED)),
                        false,
                        "ALREADY_TAKEN_PART",
                        "a school takes it once"),
                Arguments.of(
                        "converted academy keeps its predecessor's history",
                        new NeverEnrolledFamily(DEV),
                        primary(new Participation(DEV, new AcademicYear(2022), EnrolmentStatus.COMPLETED, PREDECESSOR)),
                        false,
                        "ALREADY_TAKEN_PART",
                        "as its predecessor, URN 900001"),
                Arguments.of(
                        "converted academy: predecessor completed",
                        new CompletedFamily(DEV, Window.EVER, null),
                        primary(new Participation(DEV, new AcademicYear(2022), EnrolmentStatus.COMPLETED, PREDECESSOR)),
                        true,
                        "ELIGIBLE",
                        "(as its predecessor, URN 900001)"),
                Arguments.of(
                        "has an active specialist",
                        new HasActiveMasterySpecialist(),
                        school("Primary", null, null, HUB, true),
                        true,
                        "ELIGIBLE",
                        "has an active Mastery Specialist"),
                Arguments.of(
                        "no active specialist",
                        new HasActiveMasterySpecialist(),
                        primary(),
                        false,
                        "NO_SPECIALIST",
                        "no active Mastery Specialist"),
                Arguments.of(
                        "all: every part met",
                        new All(List.of(new PhaseIn(Set.of("Primary")), new InHub(), new NeverEnrolledFamily(DEV))),
                        primary(),
                        true,
                        "ELIGIBLE",
                        "is a Primary school and is in the hub's area and has not taken part"),
                Arguments.of(
                        "all: the first part not met decides",
                        new All(List.of(new PhaseIn(Set.of("Primary")), new NeverEnrolledFamily(DEV))),
                        primary(did(DEV, 2025, EnrolmentStatus.COMPLETED)),
                        false,
                        "ALREADY_TAKEN_PART",
                        "took part in Primary TfM Development in 2025/26"),
                Arguments.of(
                        "any: one part met is enough",
                        new Any(List.of(
                                new CompletedFamily("Primary TfM Embedding", Window.EVER, null),
                                new HasActiveMasterySpecialist())),
                        school("Primary", null, null, HUB, true),
                        true,
                        "ELIGIBLE",
                        "has an active Mastery Specialist"),
                Arguments.of(
                        "any: none met",
                        new Any(List.of(
                                new CompletedFamily("Primary TfM Embedding", Window.EVER, null),
                                new HasActiveMasterySpecialist())),
                        primary(),
                        false,
                        "NOT_COMPLETED",
                        "has not completed Primary TfM Embedding and has no active Mastery Specialist"),
                Arguments.of(
                        "not: excluded",
                        new Not(new OfstedIn(Set.of("Good"))),
                        primary(),
                        false,
                        "EXCLUDED",
                        "was last rated Good by Ofsted, and this work group is for schools that do not"),
                Arguments.of(
                        "not: passes",
                        new Not(new TypeGroupIn(Set.of("Independent schools"))),
                        primary(),
                        true,
                        "ELIGIBLE",
                        "is not among schools that are independent schools"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decides(
            String name, EligibilityRule rule, Eligibility.School school, boolean eligible, String code, String words) {
        Decision decision = Eligibility.decide(rule, school, HUB, YEAR);
        assertThat(decision.eligible()).isEqualTo(eligible);
        assertThat(decision.code()).isEqualTo(code);
        assertThat(decision.reason()).contains(words).startsWith(eligible ? "Eligible: " : "Not eligible: ");
    }
}
