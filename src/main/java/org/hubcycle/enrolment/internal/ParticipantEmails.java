package org.hubcycle.enrolment.internal;

import org.hubcycle.enrolment.domain.EnrolmentRepository;
import org.hubcycle.enrolment.domain.ParticipantRepository;
import org.hubcycle.shared.EmailAddressChanged;
import org.hubcycle.shared.HubScope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person whose account changed its email address keeps their places and their school's
 * applications: participants and applicants are known by email.
 */
@Component
class ParticipantEmails {

    private final ParticipantRepository participants;
    private final EnrolmentRepository enrolments;

    ParticipantEmails(ParticipantRepository participants, EnrolmentRepository enrolments) {
        this.participants = participants;
        this.enrolments = enrolments;
    }

    @ApplicationModuleListener
    void on(EmailAddressChanged changed) {
        HubScope.asSystem(() -> {
            participants.findByEmail(changed.from()).forEach(p -> p.changeEmail(changed.to()));
            enrolments.findByAppliedBy(changed.from()).forEach(e -> e.applicantChangedEmail(changed.to()));
        });
    }
}
