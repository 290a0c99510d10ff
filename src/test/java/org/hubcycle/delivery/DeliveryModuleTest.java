package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.delivery.internal.Completion;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.Nominees;
import org.hubcycle.support.SliceUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The delivery module with the modules below it: when the hub confirms that a school completed a
 * work group, enrolment records the completion (the figure engagement is counted from).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class DeliveryModuleTest {

    @Autowired
    Completion completion;

    @Autowired
    Enrolments enrolments;

    @Autowired
    HubOffers offers;

    @Autowired
    WorkGroupTerms terms;

    @Autowired
    Schools schools;

    @Autowired
    Hubs hubs;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCompletionTheHubConfirmsReachesEnrolment(Scenario scenario) {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        AcademicYear year = AcademicYear.containing(LocalDate.now(clock));
        WorkGroupBrief group = HubScope.asSystem(() -> offers.briefs(hub, year)).stream()
                .filter(g -> g.name().equals("Mastering Number 1"))
                .findFirst()
                .orElseThrow();
        SchoolSummary school = HubScope.asSystem(() -> schools.search(
                        new SchoolSearch(null, "Primary", "883", null, "Open", null, null), PageRequest.of(0, 200)))
                .stream()
                .filter(s -> schools.lineage(s.urn()).size() == 1)
                .reduce((a, b) -> b)
                .orElseThrow();
        long place = apply(group, school.urn());
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new SliceUser(
                                "lead@demo.test",
                                "Hana Lead",
                                hub,
                                "demo-maths-hub",
                                "Demo Maths Hub",
                                null,
                                "HUB_LEAD"),
                        "",
                        List.of()));

        scenario.stimulate(() ->
                        completion.confirm(group.id(), Map.of(place, true), "The group met its aims a term early"))
                .andWaitForEventOfType(Audited.class)
                .matching(event -> event.type().equals("enrolment.completed")
                        && event.subject().startsWith(school.name()))
                .toArriveAndVerify(event -> assertThat(
                                completion.sheet(group.id()).orElseThrow().rows())
                        .filteredOn(row -> row.enrolmentId() == place)
                        .singleElement()
                        .satisfies(row -> assertThat(row.status().name()).isEqualTo("COMPLETED")));
    }

    /** Applies with the roles the work group asks for (or one teacher when it asks for none); the school gets a place. */
    private long apply(WorkGroupBrief group, int urn) {
        var required =
                HubScope.asSystem(() -> terms.of(group.id())).orElseThrow().requiredRoles();
        return enrolments.apply(
                new Enrolments.Application(group.id(), urn, Nominees.forRoles(required, urn), "head@" + urn + ".test"));
    }
}
