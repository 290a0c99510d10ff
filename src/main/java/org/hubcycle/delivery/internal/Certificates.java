package org.hubcycle.delivery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.delivery.domain.AttendanceMark;
import org.hubcycle.delivery.domain.AttendanceMarkRepository;
import org.hubcycle.delivery.domain.DeliverySessionRepository;
import org.hubcycle.delivery.domain.Session;
import org.hubcycle.delivery.internal.DeliveryTerms.Mark;
import org.hubcycle.directory.Hubs;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.PublicAddress;
import org.hubcycle.shared.SystemWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of participation: one for each participant of a place its school completed, saying which
 * work group, of which project and hub, and how many of its sessions they attended. A participant gets only
 * their own; a work group's hub and leads print all of its.
 */
@Service
public class Certificates {

    /** One certificate, as printed. */
    public record Certificate(
            long participantId,
            String fullName,
            String school,
            String workGroup,
            String projectCode,
            String projectTitle,
            String hub,
            AcademicYear year,
            long attended,
            long held,
            LocalDate issuedOn,
            String code,
            String checkUrl) {}

    /**
     * A certificate as its code finds it, and whether it still stands: the school's completion, and the participant's
     * place. Once the retention period is over the name is no longer held: nameErasedOn says since when (ADR 0038).
     */
    public record Checked(Certificate certificate, boolean valid, LocalDate nameErasedOn) {}

    private final Seats seats;
    private final DeliverySessionRepository sessions;
    private final AttendanceMarkRepository marks;
    private final WorkGroupTerms workGroups;
    private final Hubs hubs;
    private final CertificateCodes codes;
    private final PublicAddress address;
    private final SystemWork system;
    private final Clock clock;

    Certificates(
            Seats seats,
            DeliverySessionRepository sessions,
            AttendanceMarkRepository marks,
            WorkGroupTerms workGroups,
            Hubs hubs,
            CertificateCodes codes,
            PublicAddress address,
            SystemWork system,
            Clock clock) {
        this.seats = seats;
        this.sessions = sessions;
        this.marks = marks;
        this.workGroups = workGroups;
        this.hubs = hubs;
        this.codes = codes;
        this.address = address;
        this.system = system;
        this.clock = clock;
    }

    /** The participant's certificates, the latest year first. */
    public List<Certificate> of(String email) {
        return of(seats.ofParticipant(email));
    }

    /** The certificates of the places a participant holds, from those places: the ones their school completed. */
    public List<Certificate> of(List<Seat> held) {
        List<Seat> completed = held.stream()
                .filter(s -> s.status() == EnrolmentStatus.COMPLETED)
                .toList();
        return completed.isEmpty() ? List.of() : system.inTransaction(() -> certificates(completed));
    }

    /**
     * Every certificate of a work group of the current scope, by school and name: for its hub or leads to print
     * and hand out. Only the participants of schools the hub recorded as having completed it. Issues those
     * not issued before.
     */
    @Transactional
    public List<Certificate> ofWorkGroup(long workGroupId) {
        List<Seat> seated = seats.of(workGroupId).stream()
                .filter(s -> s.status() == EnrolmentStatus.COMPLETED && s.erasedOn() == null)
                .toList();
        return seated.isEmpty() ? List.of() : certificates(seated);
    }

    private List<Certificate> certificates(List<Seat> completed) {
        List<Long> groupIds =
                completed.stream().map(Seat::workGroupId).distinct().toList();
        Map<Long, Terms> terms =
                workGroups.of(groupIds).stream().collect(Collectors.toMap(Terms::id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Long>> held = sessions.findByWorkGroupIdInOrderByDateAscSequenceAsc(groupIds).stream()
                .filter(s -> !s.getDate().isAfter(today))
                .collect(Collectors.groupingBy(
                        Session::getWorkGroupId, Collectors.mapping(Session::getId, Collectors.toList())));
        List<Long> heldIds = held.values().stream().flatMap(List::stream).toList();
        Map<Long, Long> present = heldIds.isEmpty()
                ? Map.of()
                : marks
                        .findBySessionIdInAndParticipantIdIn(
                                heldIds,
                                completed.stream().map(Seat::participantId).toList())
                        .stream()
                        .filter(m -> m.getMark() == Mark.PRESENT)
                        .collect(Collectors.groupingBy(AttendanceMark::getParticipantId, Collectors.counting()));
        Map<Long, String> hubNames = hubs.namesById(
                terms.values().stream().map(Terms::hubId).distinct().toList());
        List<Seat> certified = completed.stream()
                .filter(seat -> terms.containsKey(seat.workGroupId()))
                .toList();
        Map<Long, CertificateCodes.Issued> issued = codes.issue(
                certified.stream()
                        .collect(Collectors.toMap(
                                Seat::participantId,
                                seat -> terms.get(seat.workGroupId()).hubId(),
                                (a, b) -> a)),
                today);
        return certified.stream()
                .map(seat -> {
                    Terms group = terms.get(seat.workGroupId());
                    CertificateCodes.Issued certificate = issued.get(seat.participantId());
                    return new Certificate(
                            seat.participantId(),
                            seat.fullName(),
                            seat.schoolName(),
                            group.name(),
                            group.projectCode(),
                            group.projectTitle(),
                            hubNames.getOrDefault(group.hubId(), ""),
                            group.year(),
                            present.getOrDefault(seat.participantId(), 0L),
                            held.getOrDefault(seat.workGroupId(), List.of()).size(),
                            certificate.issuedOn(),
                            certificate.shown(),
                            address.base() + "/certificates/" + certificate.shown());
                })
                .sorted(Comparator.comparing((Certificate c) -> -c.year().startYear())
                        .thenComparing(Certificate::school)
                        .thenComparing(Certificate::fullName))
                .toList();
    }

    /**
     * The certificate a code was printed on, for anyone holding it (a school, an employer): what it certifies as
     * the records stand now, and whether it still stands. Empty for a code no certificate has.
     */
    public Optional<Checked> check(String typed) {
        String code = CertificateCodes.normalise(typed);
        if (code == null) {
            return Optional.empty();
        }
        return system.inTransaction(() -> codes.find(code).flatMap(issued -> {
            long id = issued.participantId();
            Seat seat = seats.byId(List.of(id)).get(id);
            if (seat == null) {
                return Optional.empty();
            }
            boolean valid = seat.status() == EnrolmentStatus.COMPLETED
                    && seats.heldById(List.of(id)).containsKey(id);
            return certificates(List.of(seat)).stream().findFirst().map(c -> new Checked(c, valid, seat.erasedOn()));
        }));
    }

    /** A code as someone typed it (hyphens, spaces and small letters allowed), as it is printed; empty when it cannot be one. */
    public static Optional<String> printed(String typed) {
        return Optional.ofNullable(CertificateCodes.normalise(typed)).map(CertificateCodes::shown);
    }

    /** One of the participant's certificates; not found for anyone else's, or a place not completed. */
    public Certificate one(String email, long participantId) {
        return of(email).stream()
                .filter(c -> c.participantId() == participantId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("not-found.certificate"));
    }
}
