package org.hubcycle.delivery.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.internal.Apologies;
import org.hubcycle.delivery.internal.DeliveryTerms.Format;
import org.hubcycle.delivery.internal.DeliveryTerms.Length;
import org.hubcycle.delivery.internal.DeliveryTerms.Mark;
import org.hubcycle.delivery.internal.Sessions;
import org.hubcycle.delivery.internal.Sessions.SessionInput;
import org.hubcycle.directory.Hubs;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.demo.DemoData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Sessions of Demo Maths Hub's Development 1, which Samir Haddad leads: one a fortnight ago with
 * its register taken, one today (its register waiting), one online next month with a gap task, for which
 * one participant (not the demo participant) has already sent apologies.
 */
@Component
@ConditionalOnProperty(name = "hubcycle.demo.enabled", havingValue = "true")
class DeliveryDemoData implements DemoData {

    private final Hubs hubs;
    private final HubOffers offers;
    private final Sessions sessions;
    private final Apologies apologies;
    private final Seats seats;
    private final Clock clock;

    DeliveryDemoData(Hubs hubs, HubOffers offers, Sessions sessions, Apologies apologies, Seats seats, Clock clock) {
        this.apologies = apologies;
        this.hubs = hubs;
        this.offers = offers;
        this.sessions = sessions;
        this.seats = seats;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        long demo = hubs.getBySlug("demo-maths-hub").id();
        WorkGroupBrief group = offers.briefs(demo, AcademicYear.containing(today)).stream()
                .filter(g -> g.name().equals("Development 1"))
                .findFirst()
                .orElseThrow();
        if (!sessions.forWorkGroup(group.id()).isEmpty()) {
            return;
        }
        long first = sessions.plan(
                group.id(),
                new SessionInput(
                        today.minusDays(14),
                        LocalTime.of(9, 30),
                        LocalTime.of(15, 30),
                        Length.FULL_DAY,
                        Format.IN_PERSON,
                        "Castlewick Learning Centre",
                        "Mill Lane, Castlewick",
                        null,
                        "What teaching for mastery means for our classrooms\nPlanning in small steps",
                        "Teach one lesson planned in small steps and note where pupils got stuck.",
                        today.minusDays(1),
                        "Your lesson plan and notes",
                        true));
        sessions.plan(
                group.id(),
                new SessionInput(
                        today,
                        LocalTime.of(13, 0),
                        LocalTime.of(16, 0),
                        Length.HALF_DAY,
                        Format.IN_PERSON,
                        "Castlewick Learning Centre",
                        "Mill Lane, Castlewick",
                        null,
                        "Sharing the gap task\nRepresentations of number",
                        null,
                        null,
                        null,
                        true));
        long online = sessions.plan(
                group.id(),
                new SessionInput(
                        today.plusDays(30),
                        LocalTime.of(15, 45),
                        LocalTime.of(17, 0),
                        Length.HALF_DAY,
                        Format.ONLINE,
                        null,
                        null,
                        "https://meet.demo-maths-hub.test/development-1",
                        "Fluency and variation",
                        "Try one varied practice sequence with your class.",
                        today.plusDays(60),
                        "Pupils' work from the sequence",
                        true));
        seats.of(group.id())
                .forEach(seat -> sessions.record(
                        first,
                        Map.of(
                                seat.participantId(),
                                seat.fullName().startsWith("Teacher 3") ? Mark.APOLOGIES : Mark.PRESENT),
                        false,
                        "wgl@hubcycle.test"));
        seats.of(group.id()).stream()
                .filter(seat -> !seat.email().equals("participant@hubcycle.test"))
                .findFirst()
                .ifPresent(seat ->
                        apologies.send(online, seat.email(), "I am with my class on a residential trip that week."));
    }
}
