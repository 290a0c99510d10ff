package org.hubcycle.delivery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.domain.AttendanceMarkRepository;
import org.hubcycle.delivery.domain.DeliverySessionRepository;
import org.hubcycle.delivery.domain.Session;
import org.hubcycle.delivery.domain.SessionApology;
import org.hubcycle.delivery.domain.SessionApologyRepository;
import org.hubcycle.directory.People;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * A participant who cannot come to a session sends apologies, with a note for its leads if they like, until
 * the end of the session's day and while the register has no mark for them; they may withdraw them on the
 * same terms. The work group's leads are emailed each time, and the register offers the apologies as the
 * participant's mark ({@link Apology#mark()}). Runs for the system with the participant found by email:
 * only sessions of work groups where they hold a place are theirs.
 */
@Service
public class Apologies {

    private final DeliverySessionRepository sessions;
    private final SessionApologyRepository apologies;
    private final AttendanceMarkRepository marks;
    private final Seats seats;
    private final HubOffers offers;
    private final People people;
    private final Outbox outbox;
    private final Dates dates;
    private final ApplicationEventPublisher events;
    private final SystemWork system;
    private final Clock clock;

    Apologies(
            DeliverySessionRepository sessions,
            SessionApologyRepository apologies,
            AttendanceMarkRepository marks,
            Seats seats,
            HubOffers offers,
            People people,
            Outbox outbox,
            Dates dates,
            ApplicationEventPublisher events,
            SystemWork system,
            Clock clock) {
        this.sessions = sessions;
        this.apologies = apologies;
        this.marks = marks;
        this.seats = seats;
        this.offers = offers;
        this.people = people;
        this.outbox = outbox;
        this.dates = dates;
        this.events = events;
        this.system = system;
        this.clock = clock;
    }

    /**
     * Sends the participant's apologies for a session, or rewords those already sent (when they were sent, which
     * decides whether they are late, stays). Two sent at once make one: the second rewords the first.
     */
    public Apology send(long sessionId, String email, String note) {
        Seat seat = seatFor(sessionId, email);
        try {
            return system.inTransaction(() -> send(sessionId, seat, note));
        } catch (DataIntegrityViolationException sentMeanwhile) {
            return system.inTransaction(() -> send(sessionId, seat, note));
        }
    }

    /** Withdraws the participant's apologies for a session, if they sent any. */
    public void withdraw(long sessionId, String email) {
        Seat seat = seatFor(sessionId, email);
        system.run(() -> {
            Session session = stillOpen(sessionId, seat);
            apologies
                    .findBySessionIdAndParticipantId(sessionId, seat.participantId())
                    .ifPresent(sent -> {
                        Apology apology = Apology.of(sent, session.getDate());
                        apologies.delete(sent);
                        tellLeads("delivery.apologies-withdrawn", session, seat, apology);
                    });
        });
    }

    private Apology send(long sessionId, Seat seat, String note) {
        Session session = stillOpen(sessionId, seat);
        return apologies
                .findBySessionIdAndParticipantId(sessionId, seat.participantId())
                .map(sent -> {
                    sent.reword(note);
                    return Apology.of(sent, session.getDate());
                })
                .orElseGet(() -> {
                    SessionApology sent = apologies.saveAndFlush(new SessionApology(
                            session.getHubId(), sessionId, seat.participantId(), note, clock.instant()));
                    Apology apology = Apology.of(sent, session.getDate());
                    tellLeads("delivery.apologies-sent", session, seat, apology);
                    return apology;
                });
    }

    /** The participant's place in the session's work group; not found when they hold none. */
    private Seat seatFor(long sessionId, String email) {
        Long workGroupId = system.inTransaction(
                () -> sessions.findById(sessionId).map(Session::getWorkGroupId).orElse(null));
        return seats.ofParticipant(email).stream()
                .filter(seat -> Objects.equals(seat.workGroupId(), workGroupId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("not-found.session"));
    }

    /** The session, while apologies for it can still be sent or withdrawn: until its day ends, before a mark. */
    private Session stillOpen(long sessionId, Seat seat) {
        Session session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("not-found.session"));
        if (session.getDate().isBefore(LocalDate.now(clock))) {
            throw new Refused("apologies", "apologies.held", dates.date(session.getDate()));
        }
        if (marks.existsBySessionIdAndParticipantId(sessionId, seat.participantId())) {
            throw new Refused("apologies", "apologies.marked");
        }
        return session;
    }

    /** Emails the work group's leads, and records it in the hub's audit log. */
    private void tellLeads(String kind, Session session, Seat seat, Apology apology) {
        WorkGroupBrief group =
                offers.brief(session.getWorkGroupId()).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        people
                .views(Stream.of(group.leadPersonId(), group.coLeadPersonId())
                        .filter(Objects::nonNull)
                        .toList())
                .values()
                .stream()
                .filter(lead -> lead.email() != null) // a lead whose contact details the hub erased (ADR 0048)
                .forEach(lead -> outbox.queue(Email.of(kind)
                        .to(lead.email())
                        .hub(group.hubId())
                        .subject(seat.fullName(), group.name(), session.getSequence())
                        .with("name", seat.fullName())
                        .with("school", seat.schoolName())
                        .with("group", group.name())
                        .with("sequence", session.getSequence())
                        .with("date", dates.date(session.getDate()))
                        .with("late", apology.late())
                        .with("note", apology.note())
                        .with("sessionId", session.getId())));
        events.publishEvent(Audited.of(
                kind,
                group.hubId(),
                group.name(),
                seat.fullName(),
                session.getSequence(),
                dates.date(session.getDate())));
    }
}
