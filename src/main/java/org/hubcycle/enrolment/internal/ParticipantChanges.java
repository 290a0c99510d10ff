package org.hubcycle.enrolment.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Enrolments.ParticipantInput;
import org.hubcycle.enrolment.ParticipantsNominated;
import org.hubcycle.enrolment.domain.Enrolment;
import org.hubcycle.enrolment.domain.EnrolmentRepository;
import org.hubcycle.enrolment.domain.Participant;
import org.hubcycle.enrolment.domain.ParticipantRepository;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;

/**
 * A school names someone else in one of its participants' places, while its application is open or its place
 * held: a teacher leaves, or another should go. The new participant takes the same role and is invited to
 * Hubcycle; the one replaced is told, keeps their attendance and reports so far, and no longer holds a seat.
 * Giving the same email corrects how the person was named instead.
 */
@Service
public class ParticipantChanges {

    /** What became of the change. */
    public enum Outcome {
        REPLACED,
        CORRECTED
    }

    private final EnrolmentRepository enrolments;
    private final ParticipantRepository participants;
    private final WorkGroupTerms workGroups;
    private final Schools schools;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final SystemWork system;
    private final Clock clock;

    ParticipantChanges(
            EnrolmentRepository enrolments,
            ParticipantRepository participants,
            WorkGroupTerms workGroups,
            Schools schools,
            Outbox outbox,
            ApplicationEventPublisher events,
            SystemWork system,
            Clock clock) {
        this.enrolments = enrolments;
        this.participants = participants;
        this.workGroups = workGroups;
        this.schools = schools;
        this.outbox = outbox;
        this.events = events;
        this.system = system;
        this.clock = clock;
    }

    /** The participant the school names now at this place of its application. */
    public Applications.ParticipantView current(int urn, long enrolmentId, int position) {
        return system.inTransaction(() -> Applications.ParticipantView.of(find(ofSchool(urn, enrolmentId), position)));
    }

    /**
     * Names {@code who} at this place of the school's application ({@code role} is kept), or corrects how the
     * participant there is named when the email is theirs. Refused when the application has ended, when the
     * email is another participant's of the application, or when someone changed the place meanwhile.
     */
    public Outcome change(int urn, long enrolmentId, int position, ParticipantInput who, String by) {
        try {
            return system.inTransaction(() -> {
                Enrolment e = open(urn, enrolmentId);
                Participant was = find(e, position);
                String email = who.email().strip().toLowerCase(Locale.ROOT);
                if (email.equals(was.getEmail())) {
                    was.correct(who.fullName(), who.jobTitle(), who.trn());
                    participants.flush();
                    return Outcome.CORRECTED;
                }
                if (current(e).stream().anyMatch(p -> p.getEmail().equals(email))) {
                    throw new Refused("email", "participant.change.duplicate");
                }
                was.replace(clock.instant());
                participants.saveAndFlush(new Participant(
                        e.getHubId(),
                        e.getId(),
                        position,
                        who.fullName(),
                        email,
                        who.jobTitle(),
                        was.getRoleInGroup(),
                        who.trn()));
                String group = workGroups
                        .of(e.getWorkGroupId())
                        .orElseThrow(() -> new NotFoundException("not-found.work-group"))
                        .name();
                String school = schools.namesByUrn(List.of(urn)).getOrDefault(urn, "URN " + urn);
                events.publishEvent(Audited.of(
                        "enrolment.participant-replaced",
                        e.getHubId(),
                        school,
                        group,
                        was.getFullName(),
                        who.fullName()));
                events.publishEvent(new ParticipantsNominated(
                        e.getHubId(),
                        e.getId(),
                        group,
                        school,
                        by,
                        List.of(new ParticipantsNominated.Nominee(who.fullName(), email))));
                if (was.getErasedOn() == null) { // an erased participant has no address to tell
                    outbox.queue(Email.of("enrolment.participant-replaced")
                            .to(was.getEmail())
                            .hub(e.getHubId())
                            .subject(group)
                            .with("name", was.getFullName())
                            .with("school", school)
                            .with("group", group));
                }
                return Outcome.REPLACED;
            });
        } catch (ConcurrencyFailureException changed) {
            throw new Refused(null, "participant.change.changed");
        }
    }

    private Enrolment ofSchool(int urn, long enrolmentId) {
        return enrolments
                .findById(enrolmentId)
                .filter(x -> x.getSchoolUrn() == urn)
                .orElseThrow(() -> new NotFoundException("not-found.application"));
    }

    /** The school's application, while a participant may still be changed: open, or its place held. */
    private Enrolment open(int urn, long enrolmentId) {
        Enrolment e = ofSchool(urn, enrolmentId);
        if (!e.getStatus().withdrawable()) {
            throw new Refused(null, "participant.change.ended");
        }
        return e;
    }

    private Participant find(Enrolment e, int position) {
        return current(e).stream()
                .filter(p -> p.getPosition() == position)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("not-found.participant"));
    }

    private List<Participant> current(Enrolment e) {
        return participants.findByEnrolmentIdInAndReplacedAtIsNullOrderByEnrolmentIdAscPositionAsc(List.of(e.getId()));
    }
}
