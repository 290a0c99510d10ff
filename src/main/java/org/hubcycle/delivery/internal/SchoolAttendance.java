package org.hubcycle.delivery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.delivery.domain.AttendanceMark;
import org.hubcycle.delivery.domain.AttendanceMarkRepository;
import org.hubcycle.delivery.domain.DeliverySessionRepository;
import org.hubcycle.delivery.domain.Session;
import org.hubcycle.delivery.internal.DeliveryTerms.Mark;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.shared.SystemWork;
import org.springframework.stereotype.Service;

/**
 * What a school sees of its participants' attendance on one of its places: each session held so far, and
 * how each participant it names was marked. Only the school's own places.
 */
@Service
public class SchoolAttendance {

    /** A session held, with each participant's mark in the order of {@link Sheet#participants()} (null when not marked). */
    public record Row(int sequence, LocalDate date, List<Mark> marks) {}

    /** The place's work group, its participants, and a row per session held. */
    public record Sheet(String workGroup, String school, List<Seat> participants, List<Row> sessions) {

        /** How many sessions each participant was marked present at, in the order of {@link #participants()}. */
        public List<Long> present() {
            return IntStream.range(0, participants.size())
                    .mapToObj(i -> sessions.stream()
                            .filter(r -> r.marks().get(i) == Mark.PRESENT)
                            .count())
                    .toList();
        }
    }

    private final Seats seats;
    private final DeliverySessionRepository sessions;
    private final AttendanceMarkRepository marks;
    private final WorkGroupTerms workGroups;
    private final SystemWork system;
    private final Clock clock;

    SchoolAttendance(
            Seats seats,
            DeliverySessionRepository sessions,
            AttendanceMarkRepository marks,
            WorkGroupTerms workGroups,
            SystemWork system,
            Clock clock) {
        this.seats = seats;
        this.sessions = sessions;
        this.marks = marks;
        this.workGroups = workGroups;
        this.system = system;
        this.clock = clock;
    }

    /** The attendance on one of the school's places; empty for another school's. */
    public Optional<Sheet> of(int urn, long enrolmentId) {
        return seats.ofSchoolPlace(urn, enrolmentId)
                .map(people -> people.isEmpty()
                        ? new Sheet("", "", List.of(), List.of())
                        : system.inTransaction(() -> sheet(people.get(0).workGroupId(), people)));
    }

    private Sheet sheet(long workGroupId, List<Seat> people) {
        LocalDate today = LocalDate.now(clock);
        List<Session> held = sessions.findByWorkGroupIdOrderBySequence(workGroupId).stream()
                .filter(s -> !s.getDate().isAfter(today))
                .toList();
        Map<String, Mark> marked = held.isEmpty()
                ? Map.of()
                : marks
                        .findBySessionIdInAndParticipantIdIn(
                                held.stream().map(Session::getId).toList(),
                                people.stream().map(Seat::participantId).toList())
                        .stream()
                        .collect(Collectors.toMap(
                                m -> m.getSessionId() + "/" + m.getParticipantId(), AttendanceMark::getMark));
        List<Row> rows = held.stream()
                .map(s -> new Row(
                        s.getSequence(),
                        s.getDate(),
                        people.stream()
                                .map(p -> marked.get(s.getId() + "/" + p.participantId()))
                                .toList()))
                .toList();
        String group = workGroups.of(workGroupId).map(Terms::name).orElse("");
        return new Sheet(group, people.get(0).schoolName(), people, rows);
    }
}
