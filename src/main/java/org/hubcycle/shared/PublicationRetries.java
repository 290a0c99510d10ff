package org.hubcycle.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A module that hears another's event after it commits, on another thread (an invitation for a new LLME, a
 * participant's changed address), is told again when it failed: the event publication registry keeps each such
 * event until its listener finishes, and this job hands the ones still waiting after {@link #WAIT} to their
 * listeners again, on one node. A finished one is deleted at once (ADR 0043).
 *
 * <p>An event is tried {@link #ATTEMPTS} times at most, about an hour and a half, so a listener that cannot succeed
 * is not run for ever: it is then held for the national admin ({@link HeldChanges}, ADR 0049), and the log says so
 * on every run until they act.
 */
@Component
public class PublicationRetries {

    private static final Logger log = LoggerFactory.getLogger(PublicationRetries.class);

    /** Long enough that a listener still at work is not started a second time beside itself. */
    static final Duration WAIT = Duration.ofMinutes(5);

    /** How many times an event is handed to its listener, the first time included, before it is held. */
    public static final int ATTEMPTS = 10;

    /**
     * A retry that is still marked as under way this long after it began was cut off (its node stopped): the
     * registry never hands such an event out again by itself, so this job marks it failed, to be tried again.
     */
    static final Duration CUT_OFF = Duration.ofHours(1);

    private final IncompleteEventPublications incomplete;
    private final HeldChanges held;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PublicationRetries(IncompleteEventPublications incomplete, HeldChanges held, JdbcTemplate jdbc, Clock clock) {
        this.incomplete = incomplete;
        this.held = held;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${hubcycle.event-retries.cron:0 */10 * * * *}")
    @SchedulerLock(name = "event-retries", lockAtMostFor = "PT9M")
    public void resubmit() {
        Instant now = clock.instant();
        jdbc.update(
                "update event_publication set status = 'FAILED'"
                        + " where status = 'RESUBMITTED' and completion_date is null and last_resubmission_date < ?",
                Timestamp.from(now.minus(CUT_OFF)));
        Instant before = now.minus(WAIT);
        incomplete.resubmitIncompletePublications(publication -> publication.getCompletionAttempts() < ATTEMPTS
                && publication.getPublicationDate().isBefore(before));
        long waiting = held.count();
        if (waiting > 0) {
            log.warn(
                    "{} event(s) failed all {} attempts and are held until the national admin tries them again or"
                            + " gives them up at /held-changes; each attempt's error is in this log",
                    waiting,
                    ATTEMPTS);
        }
    }
}
