package org.hubcycle.delivery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.delivery.domain.AttendanceMark;
import org.hubcycle.delivery.domain.AttendanceMarkRepository;
import org.hubcycle.delivery.domain.DeliverySessionRepository;
import org.hubcycle.delivery.domain.Session;
import org.hubcycle.delivery.internal.DeliveryTerms.Mark;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * At the end of a work group the hub confirms which schools completed it. The project's rule
 * (attend at least N sessions, counting a session when any of the school's participants was present)
 * prefills the answer; without a rule the lead's knowledge decides. Only completed enrolments make a
 * school engaged that year.
 */
@Service
public class Completion {

    /** A school holding a place: the sessions it attended and what the rule suggests (null: no rule). */
    public record Row(
            long enrolmentId, int urn, String school, EnrolmentStatus status, int attended, Boolean suggested) {}

    /**
     * @param lastSession the date of the last planned session (null: none planned)
     * @param open        whether the last session has taken place, so completion can be confirmed without a reason
     */
    public record Sheet(
            Terms group,
            Integer rule,
            int sessionsHeld,
            int sessionsPlanned,
            LocalDate lastSession,
            boolean open,
            List<Row> rows) {

        public boolean anyToConfirm() {
            return rows.stream().anyMatch(r -> r.status().awaitsCompletion());
        }
    }

    private final WorkGroupTerms workGroups;
    private final Enrolments enrolments;
    private final Seats seats;
    private final DeliverySessionRepository sessions;
    private final AttendanceMarkRepository marks;
    private final Clock clock;

    Completion(
            WorkGroupTerms workGroups,
            Enrolments enrolments,
            Seats seats,
            DeliverySessionRepository sessions,
            AttendanceMarkRepository marks,
            Clock clock) {
        this.workGroups = workGroups;
        this.enrolments = enrolments;
        this.seats = seats;
        this.sessions = sessions;
        this.marks = marks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Sheet> sheet(long workGroupId) {
        return workGroups.of(workGroupId).map(terms -> {
            List<Session> planned = sessions.findByWorkGroupIdOrderBySequence(workGroupId);
            LocalDate today = LocalDate.now(clock);
            List<Long> held = planned.stream()
                    .filter(s -> !s.getDate().isAfter(today))
                    .map(Session::getId)
                    .toList();
            LocalDate last = planned.stream()
                    .map(Session::getDate)
                    .max(LocalDate::compareTo)
                    .orElse(null);
            Map<Long, Long> enrolmentOf =
                    seats.of(workGroupId).stream().collect(Collectors.toMap(Seat::participantId, Seat::enrolmentId));
            Map<Long, Set<Long>> attendedBy = new HashMap<>();
            for (AttendanceMark m : held.isEmpty() ? List.<AttendanceMark>of() : marks.findBySessionIdIn(held)) {
                Long enrolment = enrolmentOf.get(m.getParticipantId());
                if (m.getMark() == Mark.PRESENT && enrolment != null) {
                    attendedBy.computeIfAbsent(enrolment, e -> new HashSet<>()).add(m.getSessionId());
                }
            }
            Integer rule = terms.completionSessions();
            List<Row> rows = seats.places(workGroupId).stream()
                    .map(v -> {
                        int attended = attendedBy
                                .getOrDefault(v.enrolmentId(), Set.of())
                                .size();
                        return new Row(
                                v.enrolmentId(),
                                v.urn(),
                                v.schoolName(),
                                v.status(),
                                attended,
                                rule == null ? null : attended >= rule);
                    })
                    .toList();
            return new Sheet(
                    terms, rule, held.size(), planned.size(), last, last != null && !today.isBefore(last), rows);
        });
    }

    /**
     * Records the hub's answers for the schools still to be confirmed, all in one transaction: after
     * the last planned session, or before it with the reason the group ended early.
     */
    @Transactional
    public int confirm(long workGroupId, Map<Long, Boolean> completed, String endedEarly) {
        Sheet sheet = sheet(workGroupId).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        Set<Long> open = sheet.rows().stream()
                .filter(r -> r.status().awaitsCompletion())
                .map(Row::enrolmentId)
                .collect(Collectors.toSet());
        if (completed.isEmpty()) {
            throw new Refused("completion", "completion.noAnswer");
        }
        if (!open.containsAll(completed.keySet())) {
            throw new NotFoundException("not-found.enrolment");
        }
        completed.forEach((enrolment, done) -> enrolments.complete(enrolment, done, endedEarly));
        return completed.size();
    }
}
