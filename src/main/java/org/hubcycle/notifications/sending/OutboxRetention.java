package org.hubcycle.notifications.sending;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hubcycle.notifications.domain.OutboundEmailRepository;
import org.hubcycle.shared.Retention;
import org.hubcycle.shared.SystemWork;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, deletes the emails sent, or given up on, longer ago than the retention period (ADR 0038): their
 * bodies name people and hold links. An email still waiting to go is kept however old it is. Runs under a
 * database lock, on one node.
 */
@Component
public class OutboxRetention {

    private final OutboundEmailRepository emails;
    private final Retention retention;
    private final SystemWork system;
    private final Clock clock;

    OutboxRetention(OutboundEmailRepository emails, Retention retention, SystemWork system, Clock clock) {
        this.emails = emails;
        this.retention = retention;
        this.system = system;
        this.clock = clock;
    }

    @Scheduled(cron = "${hubcycle.retention.cron:0 20 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "outbox-retention", lockAtLeastFor = "PT1M")
    public void nightly() {
        deleteDue();
    }

    /** Deletes what is due now; returns how many emails it deleted. */
    public int deleteDue() {
        return system.inTransaction(
                () -> emails.deleteFinishedBefore(clock.instant().minus(retention.emails())));
    }
}
