package org.hubcycle.delivery.internal;

import java.util.List;
import java.util.Map;
import org.hubcycle.delivery.internal.Certificates.Certificate;
import org.hubcycle.delivery.internal.Materials.Material;
import org.hubcycle.delivery.internal.Sessions.MySession;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.shared.SystemWork;
import org.springframework.stereotype.Component;

/**
 * What a participant's own page shows, from the places they hold, read once: each place's sessions with their
 * reports, marks and apologies, the sessions' materials, and the certificates of places their school completed, in
 * one transaction for the system; then their calendar feeds, whose tokens are made on first asking.
 */
@Component
public class ParticipantPages {

    public record ParticipantPage(
            List<MySession> sessions,
            Map<Long, List<Material>> materials,
            List<String> feedTokens,
            List<Certificate> certificates) {}

    private final Seats seats;
    private final Sessions sessions;
    private final Materials materials;
    private final Certificates certificates;
    private final Calendars calendars;
    private final SystemWork system;

    ParticipantPages(
            Seats seats,
            Sessions sessions,
            Materials materials,
            Certificates certificates,
            Calendars calendars,
            SystemWork system) {
        this.seats = seats;
        this.sessions = sessions;
        this.materials = materials;
        this.certificates = certificates;
        this.calendars = calendars;
        this.system = system;
    }

    public ParticipantPage of(String email) {
        record Read(
                List<Seat> held,
                List<MySession> sessions,
                Map<Long, List<Material>> materials,
                List<Certificate> certificates) {}
        Read read = system.inTransaction(() -> {
            List<Seat> held = seats.ofParticipant(email);
            List<MySession> mine = sessions.mine(held);
            return new Read(
                    held,
                    mine,
                    materials.of(mine.stream().map(m -> m.session().id()).toList()),
                    certificates.of(held));
        });
        return new ParticipantPage(
                read.sessions(), read.materials(), calendars.participantTokens(read.held()), read.certificates());
    }
}
