package org.hubcycle.access.accounts;

import org.hubcycle.access.internal.Role;
import org.hubcycle.directory.PersonEmailCorrected;
import org.hubcycle.enrolment.ParticipantsNominated;
import org.hubcycle.leadership.LeadCommissioned;
import org.hubcycle.leadership.LlmeAdded;
import org.hubcycle.leadership.LlmeLeft;
import org.hubcycle.leadership.LlmeRemoved;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Roles that come from other modules' actions: a commissioned lead becomes a work group lead, a new
 * LLME an LLME, a nominated teacher a participant. Each runs after the action commits, from the event
 * publication registry (so a failure is retried, not lost), and invites whoever has no account yet.
 * Which work groups a lead leads, or which sessions a participant sees, is the other module's to say. A hub that
 * corrects the address of someone it invited sends their invitations to the corrected address, and one that takes
 * an LLME off its register, added by mistake or gone, takes back the role.
 */
@Component
class RoleGrants {

    private final Invitations invitations;

    RoleGrants(Invitations invitations) {
        this.invitations = invitations;
    }

    @Async
    @TransactionalEventListener
    void on(LeadCommissioned commissioned) {
        invitations.give(
                commissioned.hubId(),
                commissioned.email(),
                commissioned.fullName(),
                Role.WORK_GROUP_LEAD,
                "system",
                commissioned.coLead() ? "access.invitation.reason.coLead" : "access.invitation.reason.lead",
                commissioned.workGroupName());
    }

    @Async
    @TransactionalEventListener
    void on(LlmeAdded added) {
        invitations.give(
                added.hubId(),
                added.email(),
                added.fullName(),
                Role.LLME,
                added.addedBy(),
                "access.invitation.reason.llme");
    }

    @Async
    @TransactionalEventListener
    void on(LlmeRemoved removed) {
        invitations.withdraw(removed.hubId(), removed.email(), Role.LLME, removed.removedBy());
    }

    @Async
    @TransactionalEventListener
    void on(LlmeLeft left) {
        invitations.withdraw(left.hubId(), left.email(), Role.LLME, left.recordedBy());
    }

    @Async
    @TransactionalEventListener
    void on(PersonEmailCorrected corrected) {
        invitations.readdress(
                corrected.hubId(), corrected.from(), corrected.to(), corrected.fullName(), corrected.correctedBy());
    }

    @Async
    @TransactionalEventListener
    void on(ParticipantsNominated nominated) {
        for (ParticipantsNominated.Nominee nominee : nominated.nominees()) {
            invitations.give(
                    nominated.hubId(),
                    nominee.email(),
                    nominee.fullName(),
                    Role.PARTICIPANT,
                    nominated.nominatedBy(),
                    "access.invitation.reason.participant",
                    nominated.schoolName(),
                    nominated.workGroupName());
        }
    }
}
