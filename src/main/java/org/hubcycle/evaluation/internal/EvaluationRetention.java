package org.hubcycle.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hubcycle.enrolment.ParticipantsErased;
import org.hubcycle.evaluation.domain.SurveyInvitationRepository;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Retention;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, once a year's participants are due for erasure (ADR 0038), forgets the email addresses that
 * year's survey invitations were sent to, and the answers saved but never submitted. Submitted responses never
 * named anyone, so they stay, and the response rates with them. Runs under a database lock, on one node. A hub
 * that erases participants on request (ADR 0040) has the same done for them, in its own transaction.
 */
@Component
public class EvaluationRetention {

    private final SurveyInvitationRepository invitations;
    private final Retention retention;
    private final SystemWork system;
    private final Clock clock;

    EvaluationRetention(SurveyInvitationRepository invitations, Retention retention, SystemWork system, Clock clock) {
        this.invitations = invitations;
        this.retention = retention;
        this.system = system;
        this.clock = clock;
    }

    @Scheduled(cron = "${hubcycle.retention.cron:0 20 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "evaluation-retention", lockAtLeastFor = "PT1M")
    public void nightly() {
        eraseDue();
    }

    /** Erases what is due today; returns how many invitations and drafts it changed. */
    public int eraseDue() {
        AcademicYear last = retention.lastYearDue(LocalDate.now(clock));
        return system.inTransaction(
                () -> invitations.deleteDraftsUpTo(last.startYear()) + invitations.forgetEmailsUpTo(last.startYear()));
    }

    /** Heard in the transaction that erased the participants, so both are saved together or not at all. */
    @EventListener
    void on(ParticipantsErased erased) {
        invitations.deleteDraftsOf(erased.participantIds());
        invitations.forgetEmailsOf(erased.participantIds());
    }
}
