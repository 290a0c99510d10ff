package org.hubcycle.delivery.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.CatalogueTerms.ChargeBasis;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.delivery.domain.AttendanceMark;
import org.hubcycle.delivery.domain.AttendanceMarkRepository;
import org.hubcycle.delivery.domain.ChargeWaiver;
import org.hubcycle.delivery.domain.ChargeWaiverRepository;
import org.hubcycle.delivery.domain.DeliverySessionRepository;
import org.hubcycle.delivery.domain.SchoolInvoice;
import org.hubcycle.delivery.domain.SchoolInvoiceRepository;
import org.hubcycle.delivery.domain.Session;
import org.hubcycle.delivery.internal.DeliveryTerms.Mark;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.AfterCommit;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What schools are charged for places not used, as each project publishes it: a no-show charge once
 * for each school that sent nobody to a session (per school), or for each participant who did not
 * come (per participant). Absent (no word) and a late cancellation are charged; apologies sent in good
 * time are not. The hub lead may waive a charge, saying why; it stays listed, marked waived.
 */
@Service
public class Charges {

    static final Set<Mark> CHARGED = Set.of(Mark.ABSENT, Mark.LATE_CANCELLATION);

    /**
     * One charge: a participant's (per participant) or a whole school's for a session (per school, when
     * nobody of it came; {@code participantId} 0).
     */
    public record Charge(
            long sessionId,
            LocalDate date,
            String workGroup,
            int session,
            int urn,
            String school,
            long participantId,
            String who,
            Mark mark,
            ChargeBasis basis,
            int pence,
            String waived) {

        public String amount() {
            return Funding.pounds(pence);
        }

        public boolean isWaived() {
            return waived != null;
        }

        /** What counts towards the total. */
        public int due() {
            return isWaived() ? 0 : pence;
        }

        /** Which charge it is, as {@code session/urn/participant}: what a waiver or an invoice line names. */
        public String key() {
            return sessionId + "/" + urn + "/" + participantId;
        }
    }

    /** A school's charges in the year, added up. */
    public record SchoolTotal(int urn, String school, int charges, long pence) {

        public String amount() {
            return Funding.pounds(pence);
        }
    }

    /** A year's charges and their totals. */
    public record Year(List<Charge> charges, List<SchoolTotal> bySchool) {

        public long totalPence() {
            return charges.stream().mapToLong(Charge::due).sum();
        }
    }

    private final AttendanceMarkRepository marks;
    private final DeliverySessionRepository sessions;
    private final ChargeWaiverRepository waivers;
    private final SchoolInvoiceRepository invoices;
    private final WorkGroupTerms workGroups;
    private final Seats seats;
    private final Enrolments enrolments;
    private final SystemWork system;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Charges(
            AttendanceMarkRepository marks,
            DeliverySessionRepository sessions,
            ChargeWaiverRepository waivers,
            SchoolInvoiceRepository invoices,
            WorkGroupTerms workGroups,
            Seats seats,
            Enrolments enrolments,
            SystemWork system,
            ApplicationEventPublisher events,
            Clock clock) {
        this.enrolments = enrolments;
        this.system = system;
        this.marks = marks;
        this.sessions = sessions;
        this.waivers = waivers;
        this.invoices = invoices;
        this.workGroups = workGroups;
        this.seats = seats;
        this.events = events;
        this.clock = clock;
    }

    /**
     * How long a hub's year of charges is used before it is worked out again, when nothing on this node says
     * it changed: another node's change shows within this time. Working it out reads every mark of the year's
     * charging sessions, and their participants (16–22 ms of CPU on the national dataset).
     */
    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Kept(Instant at, Year year) {}

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    /**
     * A hub's charges in a year, by date, with each school's total, for its pages: as worked out at most
     * {@link #FRESH_FOR} ago, unless the hub's records (or the national ones) changed on this node since.
     */
    @Transactional(readOnly = true)
    public Year year(long hubId, AcademicYear year) {
        String key = hubId + "/" + year.startYear();
        Kept known = kept.get(key);
        if (known != null && known.at().plus(FRESH_FOR).isAfter(clock.instant())) {
            return known.year();
        }
        long seen = changes.get();
        Instant at = clock.instant();
        Year worked = current(hubId, year);
        if (changes.get() == seen) {
            kept.put(key, new Kept(at, worked));
        }
        return worked;
    }

    /**
     * Every audited change may change charges (a register, a waiver, a participant, a work group's charge, a
     * project's rule, a school's name): the hub's kept years are dropped at once, every hub's for a national
     * change, and a year worked out while it happened is not kept.
     */
    @EventListener
    void onChange(Audited event) {
        AfterCommit.run(() -> {
            changes.incrementAndGet();
            if (event.hubId() == null) {
                kept.clear();
            } else {
                kept.keySet().removeIf(key -> key.startsWith(event.hubId() + "/"));
            }
        });
    }

    /** Drops every kept year, after a change made behind the services' back (a correction by hand in the database, a test). */
    public void forget() {
        changes.incrementAndGet();
        kept.clear();
    }

    /** A hub's charges in a year worked out from the records now: what a waiver or an invoice is decided on. */
    @Transactional(readOnly = true)
    public Year current(long hubId, AcademicYear year) {
        // The hub's sessions of the year first, then their charged marks: one join of the two made PostgreSQL
        // scan every session in parallel, and a page's count ran it twice.
        List<Long> ofYear = sessions.idsOf(hubId, year.firstDay(), year.lastDay());
        List<AttendanceMark> charged = ofYear.isEmpty() ? List.of() : marks.findBySessionIdInAndMarkIn(ofYear, CHARGED);
        Map<Long, Session> sessionsById =
                sessions
                        .findAllById(charged.stream()
                                .map(AttendanceMark::getSessionId)
                                .distinct()
                                .toList())
                        .stream()
                        .sorted(Comparator.comparing(Session::getDate).thenComparing(Session::getId))
                        .collect(
                                Collectors.toMap(Session::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, Terms> groups = sessionsById.isEmpty()
                ? Map.of()
                : workGroups
                        .of(sessionsById.values().stream()
                                .map(Session::getWorkGroupId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Terms::id, Function.identity()));
        // Only the sessions of groups that charge need everyone's marks (whether anyone of a school came).
        sessionsById.values().removeIf(s -> {
            Terms group = groups.get(s.getWorkGroupId());
            return group == null || group.noShowChargePence() == 0;
        });
        if (sessionsById.isEmpty()) {
            return new Year(List.of(), List.of());
        }
        List<AttendanceMark> all = marks.findBySessionIdIn(sessionsById.keySet());
        Map<Long, Seat> seats = this.seats.byId(
                all.stream().map(AttendanceMark::getParticipantId).distinct().toList());
        Map<String, ChargeWaiver> waived = waivers.findBySessionIdIn(sessionsById.keySet()).stream()
                .collect(Collectors.toMap(ChargeWaiver::key, Function.identity()));
        List<Charge> charges = new ArrayList<>();
        Map<Long, List<AttendanceMark>> bySession =
                all.stream().collect(Collectors.groupingBy(AttendanceMark::getSessionId));
        for (Session s : sessionsById.values()) {
            Terms group = groups.get(s.getWorkGroupId());
            if (group == null || group.noShowChargePence() == 0) {
                continue;
            }
            Map<Integer, List<AttendanceMark>> bySchool = bySession.getOrDefault(s.getId(), List.of()).stream()
                    .filter(m -> seats.containsKey(m.getParticipantId()))
                    .collect(Collectors.groupingBy(
                            m -> seats.get(m.getParticipantId()).schoolUrn(), LinkedHashMap::new, Collectors.toList()));
            bySchool.forEach((urn, schoolMarks) -> charges.addAll(charges(s, group, urn, schoolMarks, seats, waived)));
        }
        charges.sort(Comparator.comparing(Charge::date)
                .thenComparing(Charge::workGroup)
                .thenComparing(Charge::school));
        Map<Integer, List<Charge>> perSchool = charges.stream().collect(Collectors.groupingBy(Charge::urn));
        List<SchoolTotal> totals = perSchool.values().stream()
                .map(list -> new SchoolTotal(
                        list.get(0).urn(),
                        list.get(0).school(),
                        (int) list.stream().filter(c -> !c.isWaived()).count(),
                        list.stream().mapToLong(Charge::due).sum()))
                .sorted(Comparator.comparing(SchoolTotal::school))
                .toList();
        return new Year(charges, totals);
    }

    private static List<Charge> charges(
            Session s,
            Terms group,
            int urn,
            List<AttendanceMark> schoolMarks,
            Map<Long, Seat> seats,
            Map<String, ChargeWaiver> waived) {
        List<AttendanceMark> charged =
                schoolMarks.stream().filter(m -> CHARGED.contains(m.getMark())).toList();
        if (charged.isEmpty()) {
            return List.of();
        }
        String school = seats.get(charged.get(0).getParticipantId()).schoolName();
        String name = group.name();
        if (group.noShowBasis() == ChargeBasis.PER_PARTICIPANT) {
            return charged.stream()
                    .map(m -> {
                        ChargeWaiver w = waived.get(s.getId() + "/" + urn + "/" + m.getParticipantId());
                        return new Charge(
                                s.getId(),
                                s.getDate(),
                                name,
                                s.getSequence(),
                                urn,
                                school,
                                m.getParticipantId(),
                                seats.get(m.getParticipantId()).fullName(),
                                m.getMark(),
                                ChargeBasis.PER_PARTICIPANT,
                                group.noShowChargePence(),
                                w == null ? null : w.getReason());
                    })
                    .toList();
        }
        if (schoolMarks.stream().anyMatch(m -> m.getMark() == Mark.PRESENT)) {
            return List.of();
        }
        ChargeWaiver w = waived.get(s.getId() + "/" + urn + "/0");
        String who = charged.stream()
                .map(m -> seats.get(m.getParticipantId()).fullName())
                .collect(Collectors.joining(", "));
        Mark mark = charged.stream().anyMatch(m -> m.getMark() == Mark.ABSENT) ? Mark.ABSENT : Mark.LATE_CANCELLATION;
        return List.of(new Charge(
                s.getId(),
                s.getDate(),
                name,
                s.getSequence(),
                urn,
                school,
                0,
                who,
                mark,
                ChargeBasis.PER_SCHOOL,
                group.noShowChargePence(),
                w == null ? null : w.getReason()));
    }

    /**
     * One school's charges in a year, from every hub whose work groups it applied to, by date: what the school
     * sees of the charges its hubs keep.
     */
    public List<Charge> forSchool(int urn, AcademicYear year) {
        List<Long> hubs = enrolments.hubsOf(urn, year);
        return system.inTransaction(() -> hubs.stream()
                .flatMap(hub -> year(hub, year).charges().stream())
                .filter(charge -> charge.urn() == urn)
                .sorted(Comparator.comparing(Charge::date).thenComparing(Charge::workGroup))
                .toList());
    }

    /** The hub lead waives one charge, saying why (audited); it no longer counts. */
    @Transactional
    public void waive(long hubId, long sessionId, int urn, long participantId, String reason, String by) {
        Session session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("not-found.session"));
        AcademicYear year = AcademicYear.containing(session.getDate());
        Charge charge = current(hubId, year).charges().stream()
                .filter(c -> c.sessionId() == sessionId && c.urn() == urn && c.participantId() == participantId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("not-found.charge"));
        if (charge.isWaived()) {
            throw new Refused("reason", "charges.waive.already");
        }
        invoices
                .holding(sessionId, urn, participantId, List.of(SchoolInvoice.Status.RAISED, SchoolInvoice.Status.PAID))
                .stream()
                .findFirst()
                .ifPresent(invoice -> {
                    throw new Refused("reason", "charges.waive.invoiced", invoice.number());
                });
        waivers.save(new ChargeWaiver(session.getHubId(), sessionId, urn, participantId, reason, by, clock.instant()));
        events.publishEvent(Audited.of(
                "delivery.charge-waived",
                session.getHubId(),
                charge.school(),
                charge.workGroup(),
                charge.session(),
                charge.amount(),
                reason));
    }

    static Collection<Mark> charged() {
        return CHARGED;
    }
}
