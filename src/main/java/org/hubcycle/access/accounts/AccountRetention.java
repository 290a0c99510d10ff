package org.hubcycle.access.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hubcycle.access.domain.AccountRequestRepository;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Retention;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night (ADR 0038), deletes the accounts someone asked for and never confirmed once the retention period
 * is over, and forgets the addresses that asked for emails (a password reset, an account) once the hour they are
 * counted in is long past. The audit log keeps how many accounts went, not whose. Runs under a database lock,
 * on one node.
 */
@Component
public class AccountRetention {

    /** How long an address that asked for an email is remembered: {@link RequestThrottle} counts the last hour. */
    static final Duration REQUESTS = Duration.ofDays(1);

    private final UserAccountRepository users;
    private final AccountRequestRepository requests;
    private final Retention retention;
    private final SystemWork system;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountRetention(
            UserAccountRepository users,
            AccountRequestRepository requests,
            Retention retention,
            SystemWork system,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.requests = requests;
        this.retention = retention;
        this.system = system;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${hubcycle.retention.cron:0 20 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "account-retention", lockAtLeastFor = "PT1M")
    public void nightly() {
        deleteDue();
    }

    /** Deletes what is due now; returns how many unconfirmed accounts it deleted. */
    public int deleteDue() {
        Instant now = clock.instant();
        return system.inTransaction(() -> {
            requests.deleteBefore(now.minus(REQUESTS));
            int deleted = users.deleteUnconfirmedBefore(now.minus(retention.unconfirmedAccounts()), now);
            if (deleted > 0) {
                events.publishEvent(Audited.of(
                        "access.unconfirmed-accounts-deleted",
                        null,
                        null,
                        deleted,
                        retention.unconfirmedAccounts().toDays()));
            }
            return deleted;
        });
    }
}
