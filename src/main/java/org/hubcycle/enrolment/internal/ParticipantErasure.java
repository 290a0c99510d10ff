package org.hubcycle.enrolment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.hubcycle.enrolment.ParticipantsErased;
import org.hubcycle.enrolment.domain.Enrolment;
import org.hubcycle.enrolment.domain.EnrolmentRepository;
import org.hubcycle.enrolment.domain.Participant;
import org.hubcycle.enrolment.domain.ParticipantRepository;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person asks the hub to erase their details before the retention period is over (ADR 0040): the hub finds
 * every place of theirs by the email address they wrote from, in its own work groups only (the hub filter), and
 * erases them in one transaction with what other modules wrote of them. The places stay, nameless.
 */
@Service
public class ParticipantErasure {

    /** The longest reason kept in the audit log. */
    public static final int REASON_LENGTH = 500;

    /** A place the address holds, or held, in one of the hub's work groups. */
    public record Place(
            long participantId,
            AcademicYear year,
            String workGroup,
            String school,
            String fullName,
            String role,
            EnrolmentStatus status,
            boolean replaced) {}

    private final ParticipantRepository participants;
    private final EnrolmentRepository enrolments;
    private final WorkGroupTerms workGroups;
    private final Schools schools;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParticipantErasure(
            ParticipantRepository participants,
            EnrolmentRepository enrolments,
            WorkGroupTerms workGroups,
            Schools schools,
            ApplicationEventPublisher events,
            Clock clock) {
        this.participants = participants;
        this.enrolments = enrolments;
        this.workGroups = workGroups;
        this.schools = schools;
        this.events = events;
        this.clock = clock;
    }

    /** Every place of the current scope this address holds or held, the latest year first. */
    @Transactional(readOnly = true)
    public List<Place> find(String email) {
        return places(matching(email));
    }

    /** Erases every place of the current scope this address holds or held, given why; returns how many. */
    @Transactional
    public int erase(String email, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refused("reason", "erasure.reason.required");
        }
        if (why.length() > REASON_LENGTH) {
            throw new Refused("reason", "erasure.reason.long");
        }
        List<Participant> found = matching(email);
        if (found.isEmpty()) {
            throw new Refused("email", "erasure.none");
        }
        LocalDate today = LocalDate.now(clock);
        found.forEach(p -> p.erase(today));
        events.publishEvent(
                new ParticipantsErased(found.stream().map(Participant::getId).toList()));
        found.stream()
                .collect(Collectors.groupingBy(Participant::getHubId, Collectors.counting()))
                .forEach((hub, count) ->
                        events.publishEvent(Audited.of("enrolment.participant-erased", hub, null, count, why)));
        return found.size();
    }

    private List<Participant> matching(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return address.isEmpty() ? List.of() : participants.findByEmail(address);
    }

    private List<Place> places(List<Participant> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Enrolment> byId =
                enrolments
                        .findAllById(
                                found.stream().map(Participant::getEnrolmentId).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(Enrolment::getId, Function.identity()));
        Set<Long> groupIds =
                byId.values().stream().map(Enrolment::getWorkGroupId).collect(Collectors.toSet());
        Map<Long, Terms> groups =
                workGroups.of(groupIds).stream().collect(Collectors.toMap(Terms::id, Function.identity()));
        Map<Integer, String> names = schools.namesByUrn(
                byId.values().stream().map(Enrolment::getSchoolUrn).distinct().toList());
        return found.stream()
                .map(p -> {
                    Enrolment e = byId.get(p.getEnrolmentId());
                    Terms group = groups.get(e.getWorkGroupId());
                    return new Place(
                            p.getId(),
                            e.getAcademicYear(),
                            group == null ? "" : group.name(),
                            names.getOrDefault(e.getSchoolUrn(), "URN " + e.getSchoolUrn()),
                            p.getFullName(),
                            p.getRoleInGroup(),
                            e.getStatus(),
                            p.getReplacedAt() != null);
                })
                .sorted(Comparator.comparing((Place place) -> -place.year().startYear())
                        .thenComparing(Place::workGroup)
                        .thenComparing(Place::participantId))
                .toList();
    }
}
