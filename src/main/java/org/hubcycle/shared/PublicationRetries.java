package org.hubcycle.shared;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A module that hears another's event after it commits, on another thread (an invitation for a new LLME, a
 * participant's changed address), is told again when it failed: the event publication registry keeps each such
 * event until its listener finishes, and this job hands the ones still waiting after {@link #WAIT} to their
 * listeners again, on one node. A finished one is deleted at once (ADR 0043).
 */
@Component
public class PublicationRetries {

    /** Long enough that a listener still at work is not started a second time beside itself. */
    static final Duration WAIT = Duration.ofMinutes(5);

    private final IncompleteEventPublications incomplete;

    PublicationRetries(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(cron = "${hubcycle.event-retries.cron:0 */10 * * * *}")
    @SchedulerLock(name = "event-retries", lockAtMostFor = "PT9M")
    public void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(WAIT);
    }
}
