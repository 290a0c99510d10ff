package org.hubcycle.enrolment;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.domain.Enrolment;
import org.hubcycle.enrolment.domain.EnrolmentRepository;
import org.hubcycle.enrolment.domain.Participant;
import org.hubcycle.enrolment.domain.ParticipantRepository;
import org.hubcycle.shared.SystemWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places of work groups as delivery needs them: the schools holding a place, and the participants
 * who fill it (for registers, reminders, calendars, charges and visits).
 */
@Service
public class Seats {

    /**
     * A school holding one of a work group's places, and where its place stands; its contact is who
     * applied for the school (its maths lead or headteacher).
     */
    public record Place(long enrolmentId, int urn, String schoolName, EnrolmentStatus status, String contact) {}

    private static final Comparator<Seat> BY_SCHOOL_AND_NAME =
            Comparator.comparing(Seat::schoolName).thenComparing(Seat::fullName);

    private final EnrolmentRepository enrolments;
    private final ParticipantRepository participants;
    private final Schools schools;
    private final SystemWork system;

    Seats(EnrolmentRepository enrolments, ParticipantRepository participants, Schools schools, SystemWork system) {
        this.enrolments = enrolments;
        this.participants = participants;
        this.schools = schools;
        this.system = system;
    }

    /** The schools holding places in a work group (of the current scope), in the order they applied. */
    @Transactional(readOnly = true)
    public List<Place> places(long workGroupId) {
        List<Enrolment> holding = enrolments.findByWorkGroupIdAndStatusInOrderByAppliedAtAscIdAsc(
                workGroupId, EnrolmentStatus.holdingPlace());
        Map<Integer, String> names = schools.namesByUrn(
                holding.stream().map(Enrolment::getSchoolUrn).distinct().toList());
        return holding.stream()
                .map(e -> new Place(
                        e.getId(),
                        e.getSchoolUrn(),
                        names.getOrDefault(e.getSchoolUrn(), "URN " + e.getSchoolUrn()),
                        e.getStatus(),
                        e.getAppliedBy()))
                .toList();
    }

    /** Whether any school of the work group (of the current scope) has been recorded as having completed it. */
    @Transactional(readOnly = true)
    public boolean anyCompleted(long workGroupId) {
        return enrolments.existsByWorkGroupIdAndStatus(workGroupId, EnrolmentStatus.COMPLETED);
    }

    /** Which of these work groups (of the current scope) have at least one school holding a place. */
    @Transactional(readOnly = true)
    public Set<Long> withPlacesHeld(Collection<Long> workGroupIds) {
        return workGroupIds.isEmpty()
                ? Set.of()
                : Set.copyOf(enrolments.workGroupsWith(workGroupIds, EnrolmentStatus.holdingPlace()));
    }

    /** The participants of the schools holding places in a work group (of the current scope), by school then name. */
    @Transactional(readOnly = true)
    public List<Seat> of(long workGroupId) {
        return seatsOf(enrolments.findByWorkGroupIdAndStatusIn(workGroupId, EnrolmentStatus.holdingPlace()));
    }

    /**
     * The participants of a work group (of the current scope) to email: those holding places whose details are not
     * erased, as an erased participant has no address (ADR 0040).
     */
    @Transactional(readOnly = true)
    public List<Seat> toEmail(long workGroupId) {
        return of(workGroupId).stream().filter(Seat::reachable).toList();
    }

    /**
     * Participants (of the current scope) by id, with their schools, in three queries; those someone else has
     * replaced too, as their attendance and reports still name them.
     */
    @Transactional(readOnly = true)
    public Map<Long, Seat> byId(Collection<Long> participantIds) {
        return byId(participantIds, false);
    }

    private Map<Long, Seat> byId(Collection<Long> participantIds, boolean currentOnly) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        List<Participant> found = participants.findAllById(participantIds).stream()
                .filter(p -> !currentOnly || p.getReplacedAt() == null)
                .toList();
        Map<Long, Enrolment> byId =
                enrolments
                        .findAllById(found.stream()
                                .map(Participant::getEnrolmentId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Enrolment::getId, Function.identity()));
        Map<Integer, String> names = schools.namesByUrn(
                byId.values().stream().map(Enrolment::getSchoolUrn).distinct().toList());
        return found.stream()
                .filter(p -> byId.containsKey(p.getEnrolmentId()))
                .collect(Collectors.toMap(Participant::getId, p -> seat(p, byId.get(p.getEnrolmentId()), names)));
    }

    /**
     * Participants by id who still hold a place (their school's place is accepted or done, and nobody has been
     * named in theirs), with their schools.
     */
    @Transactional(readOnly = true)
    public Map<Long, Seat> heldById(Collection<Long> participantIds) {
        Map<Long, Seat> all = byId(participantIds, true);
        if (all.isEmpty()) {
            return all;
        }
        Set<Long> holding =
                enrolments
                        .findAllById(all.values().stream()
                                .map(Seat::enrolmentId)
                                .distinct()
                                .toList())
                        .stream()
                        .filter(e -> e.getStatus().holdsPlace())
                        .map(Enrolment::getId)
                        .collect(Collectors.toSet());
        return all.entrySet().stream()
                .filter(e -> holding.contains(e.getValue().enrolmentId()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Every place a participant holds, found by their email address, in any hub. Runs for the system; call it outside
     * a transaction, or inside one begun for the system.
     */
    public List<Seat> ofParticipant(String email) {
        return system.inTransaction(() -> {
            List<Participant> named =
                    participants.findByEmailAndReplacedAtIsNull(email.strip().toLowerCase(Locale.ROOT));
            Map<Long, Enrolment> holding =
                    enrolments
                            .findAllById(named.stream()
                                    .map(Participant::getEnrolmentId)
                                    .distinct()
                                    .toList())
                            .stream()
                            .filter(e -> e.getStatus().holdsPlace())
                            .collect(Collectors.toMap(Enrolment::getId, Function.identity()));
            if (holding.isEmpty()) {
                return List.of();
            }
            Map<Integer, String> names = schools.namesByUrn(holding.values().stream()
                    .map(Enrolment::getSchoolUrn)
                    .distinct()
                    .toList());
            return named.stream()
                    .filter(p -> holding.containsKey(p.getEnrolmentId()))
                    .map(p -> seat(p, holding.get(p.getEnrolmentId()), names))
                    .sorted(BY_SCHOOL_AND_NAME)
                    .toList();
        });
    }

    /**
     * The participants a school names now on one of its places, for the school to follow; empty when the place
     * is another school's or unknown. Runs for the system; call it outside a transaction.
     */
    public Optional<List<Seat>> ofSchoolPlace(int urn, long enrolmentId) {
        return system.inTransaction(() -> enrolments
                .findById(enrolmentId)
                .filter(e -> e.getSchoolUrn() == urn)
                .map(e -> seatsOf(List.of(e))));
    }

    private List<Seat> seatsOf(List<Enrolment> holding) {
        if (holding.isEmpty()) {
            return List.of();
        }
        Map<Long, Enrolment> byId = holding.stream().collect(Collectors.toMap(Enrolment::getId, Function.identity()));
        Map<Integer, String> names = schools.namesByUrn(
                holding.stream().map(Enrolment::getSchoolUrn).distinct().toList());
        return participants
                .findByEnrolmentIdInAndReplacedAtIsNullOrderByEnrolmentIdAscPositionAsc(byId.keySet())
                .stream()
                .map(p -> seat(p, byId.get(p.getEnrolmentId()), names))
                .sorted(BY_SCHOOL_AND_NAME)
                .toList();
    }

    private static Seat seat(Participant p, Enrolment e, Map<Integer, String> names) {
        return new Seat(
                p.getId(),
                e.getId(),
                e.getWorkGroupId(),
                e.getSchoolUrn(),
                names.getOrDefault(e.getSchoolUrn(), ""),
                p.getFullName(),
                p.getEmail(),
                p.getErasedOn(),
                e.getStatus());
    }
}
