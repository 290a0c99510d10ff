package org.hubcycle.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hubcycle.catalogue.CatalogueTerms.SessionFormat;
import org.hubcycle.catalogue.CatalogueTerms.SessionLength;
import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Enrolments.ParticipantInput;
import org.hubcycle.enrolment.domain.Places;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every move of an application is atomic: of many requests moving the same application at once, one
 * wins and the others are told it changed, and the places taken always equal the schools holding them.
 */
@IntegrationTest
class LifecycleRaceTest {

    @Autowired
    Enrolments enrolments;

    @Autowired
    Applications applications;

    @Autowired
    HubOffers offers;

    @Autowired
    Hubs hubs;

    @Autowired
    Schools schools;

    @Autowired
    Places places;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void tenParallelWithdrawalsOfOnePlaceFreeExactlyOnePlace() throws Exception {
        long group = groupWithTwoPlaces("Race for withdrawals");
        List<SchoolSummary> fresh = freshPrimaries("882", 5);
        List<Long> ids = new ArrayList<>();
        for (SchoolSummary school : fresh) {
            ids.add(apply(group, school));
        }
        assertThat(statuses(group)).containsExactly("ACCEPTED", "ACCEPTED", "WAITLISTED", "WAITLISTED", "WAITLISTED");

        int urn = fresh.get(0).urn();
        long first = ids.get(0);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> racing = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            racing.add(pool.submit((Callable<String>) () -> {
                start.await();
                try {
                    enrolments.withdrawBySchool(urn, first, "We double-clicked");
                    return "withdrawn";
                } catch (Refused refused) {
                    return refused.code();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : racing) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn("withdrawn"::equals).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !o.equals("withdrawn"))
                .allSatisfy(o -> assertThat(o).isIn("enrolment.changed", "enrolment.withdraw.notAllowed"));
        assertThat(statuses(group).get(0)).isEqualTo("WITHDRAWN");
        assertThat(statuses(group))
                .as("one school from the waiting list took the freed place, once")
                .containsExactlyInAnyOrder("WITHDRAWN", "ACCEPTED", "ACCEPTED", "WAITLISTED", "WAITLISTED");
        assertThat(places.taken(group))
                .as("the place counter equals the places held")
                .isEqualTo(2);
    }

    @Test
    @WithUserDetails(SignedIn.HUB_LEAD)
    void twoHubLeadsAcceptingAndDecliningAtOnceLeaveOneDecision() throws Exception {
        long group = groupWithTwoPlaces("Race for decisions");
        List<SchoolSummary> fresh = freshPrimaries("883", 3);
        List<Long> ids = new ArrayList<>();
        for (SchoolSummary school : fresh) {
            ids.add(apply(group, school));
        }
        long waiting = ids.get(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        Future<String> decline = pool.submit(() -> {
            org.springframework.security.core.context.SecurityContextHolder.setContext(context);
            start.await();
            try {
                enrolments.decline(waiting, "We are full");
                return "declined";
            } catch (Refused refused) {
                return refused.code();
            }
        });
        Future<String> withdraw = pool.submit(() -> {
            org.springframework.security.core.context.SecurityContextHolder.setContext(context);
            start.await();
            try {
                enrolments.withdrawByHub(waiting, "Asked to by the school on the phone");
                return "withdrawn";
            } catch (Refused refused) {
                return refused.code();
            }
        });
        start.countDown();
        List<String> outcomes = List.of(decline.get(), withdraw.get());
        pool.shutdown();
        assertThat(outcomes)
                .filteredOn(o -> o.equals("declined") || o.equals("withdrawn"))
                .hasSize(1);
        assertThat(statuses(group).get(2)).isIn("DECLINED", "WITHDRAWN");
        assertThat(places.taken(group)).isEqualTo(2);
    }

    @Test
    void aWorkGroupsPlacesAreCountedFromARowMadeInTheCallersTransaction() {
        long group = 900_000_000L + TestKeys.next();
        transactions.executeWithoutResult(status -> {
            places.ensure(group);
            places.ensure(group);
            status.setRollbackOnly();
        });
        assertThat(placesRows(group))
                .as("made in the caller's transaction, on its connection, and rolled back with it")
                .isZero();
        places.ensure(group);
        places.ensure(group);
        assertThat(placesRows(group)).isEqualTo(1);
        jdbc.update("delete from work_group_places where work_group_id = ?", group);
    }

    private int placesRows(long group) {
        return jdbc.queryForObject(
                "select count(*) from work_group_places where work_group_id = ?", Integer.class, group);
    }

    private long groupWithTwoPlaces(String name) {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        AcademicYear year = AcademicYear.containing(LocalDate.now(clock));
        long project = HubScope.asSystem(() -> offers.projectsFor(demo, year, null)).stream()
                .filter(p -> p.title().contains("Readiness"))
                .findFirst()
                .orElseThrow()
                .id();
        LocalDate deadline = LocalDate.now(clock).plusDays(20);
        return HubScope.asSystem(() -> offers.create(
                demo,
                year,
                new HubOffers.WorkGroupInput(
                        project,
                        name,
                        null,
                        null,
                        null,
                        2,
                        2,
                        null,
                        3,
                        SessionLength.HALF_DAY,
                        SessionFormat.IN_PERSON,
                        "Aldermoor",
                        deadline.plusDays(10),
                        deadline,
                        0,
                        0,
                        WorkGroupStatus.OPEN)));
    }

    private long apply(long group, SchoolSummary school) {
        return enrolments.apply(new Enrolments.Application(
                group,
                school.urn(),
                List.of(new ParticipantInput(
                        "First teacher", "first@" + school.urn() + ".race.test", "Teacher", "Teacher", null)),
                "head@" + school.urn() + ".race.test"));
    }

    private List<String> statuses(long group) {
        return jdbc.queryForList(
                "select status from enrolment where work_group_id = ? order by applied_at, id", String.class, group);
    }

    private List<SchoolSummary> freshPrimaries(String la, int count) {
        return HubScope.asSystem(() ->
                schools
                        .search(new SchoolSearch(null, "Primary", la, null, "Open", null, null), PageRequest.of(0, 200))
                        .stream()
                        .filter(s -> applications.forSchool(s.urn()).isEmpty()
                                && schools.lineage(s.urn()).size() == 1)
                        .skip(40)
                        .limit(count)
                        .toList());
    }
}
