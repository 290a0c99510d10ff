package org.hubcycle.enrolment.internal;

import org.hubcycle.enrolment.domain.EnrolmentRepository;
import org.hubcycle.enrolment.domain.FundingClaimRepository;
import org.hubcycle.enrolment.domain.ParticipantRepository;
import org.hubcycle.shared.EmailAddressChanged;
import org.hubcycle.shared.SystemWork;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A person whose account changed its email address keeps their places, their school's applications
 * and the funding claims they sent: participants, applicants and claimants are known by email. The work
 * runs as the system, its transaction opened inside that scope: a listener's own transaction, opened
 * first, saw no hub's records, and nothing changed.
 */
@Component
class ParticipantEmails {

    private final ParticipantRepository participants;
    private final EnrolmentRepository enrolments;
    private final FundingClaimRepository claims;
    private final SystemWork system;

    ParticipantEmails(
            ParticipantRepository participants,
            EnrolmentRepository enrolments,
            FundingClaimRepository claims,
            SystemWork system) {
        this.participants = participants;
        this.enrolments = enrolments;
        this.claims = claims;
        this.system = system;
    }

    @Async
    @TransactionalEventListener
    void on(EmailAddressChanged changed) {
        system.run(() -> {
            participants.findByEmail(changed.from()).forEach(p -> p.changeEmail(changed.to()));
            enrolments.findByAppliedBy(changed.from()).forEach(e -> e.applicantChangedEmail(changed.to()));
            claims.findBySubmittedBy(changed.from()).forEach(c -> c.senderChangedEmail(changed.to()));
        });
    }
}
