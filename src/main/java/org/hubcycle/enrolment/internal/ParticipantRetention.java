package org.hubcycle.enrolment.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hubcycle.enrolment.domain.ParticipantRepository;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Retention;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, erases the name, email address, job title and TRN of the participants of every work group whose
 * year ended more than the retention period ago, in every hub (ADR 0038). Their places, attendance and completion
 * stay, so the engagement figures of those years do not change. Runs under a database lock, on one node.
 */
@Component
public class ParticipantRetention {

    private final ParticipantRepository participants;
    private final Retention retention;
    private final SystemWork system;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParticipantRetention(
            ParticipantRepository participants,
            Retention retention,
            SystemWork system,
            ApplicationEventPublisher events,
            Clock clock) {
        this.participants = participants;
        this.retention = retention;
        this.system = system;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${hubcycle.retention.cron:0 20 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "participant-retention", lockAtLeastFor = "PT1M")
    public void nightly() {
        eraseDue();
    }

    /** Erases what is due today; returns how many participants it erased. */
    public int eraseDue() {
        LocalDate today = LocalDate.now(clock);
        AcademicYear last = retention.lastYearDue(today);
        return system.inTransaction(() -> {
            int erased = participants.eraseUpTo(last.startYear(), today, Retention.ERASED_NAME);
            if (erased > 0) {
                events.publishEvent(Audited.of(
                        "enrolment.participants-erased", null, last.toString(), erased, retention.participantYears()));
            }
            return erased;
        });
    }
}
