package org.hubcycle.access.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hubcycle.access.domain.AccountRequestRepository;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.access.internal.Role;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.Retention;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night (ADR 0038), deletes the accounts someone asked for and never confirmed once the retention period
 * is over, and forgets the addresses that asked for emails (a password reset, an account) once the hour they are
 * counted in is long past. It also closes the accounts nobody has signed in to for the retention period (ADR
 * 0041): their person is emailed a month before, and signing in keeps the account. A hub's only lead and the only
 * national admin are kept. The audit log keeps how many accounts went, not whose. Runs under a database lock, on
 * one node.
 */
@Component
public class AccountRetention {

    /** How long an address that asked for an email is remembered: {@link RequestThrottle} counts the last hour. */
    static final Duration REQUESTS = Duration.ofDays(1);

    /** How long before an unused account is closed its person is told. */
    static final Duration WARNING = Duration.ofDays(30);

    private final UserAccountRepository users;
    private final AccountRequestRepository requests;
    private final AccountClosing closing;
    private final Outbox outbox;
    private final Dates dates;
    private final Retention retention;
    private final SystemWork system;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountRetention(
            UserAccountRepository users,
            AccountRequestRepository requests,
            AccountClosing closing,
            Outbox outbox,
            Dates dates,
            Retention retention,
            SystemWork system,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.requests = requests;
        this.closing = closing;
        this.outbox = outbox;
        this.dates = dates;
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

    /** Deletes what is due now; returns how many accounts it deleted (unconfirmed, then unused). */
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
            return deleted + closeUnused(now);
        });
    }

    /** Tells the people of accounts about to pass the period unused, and closes those told a month ago. */
    private int closeUnused(Instant now) {
        Instant unusedSince =
                ZonedDateTime.now(clock).minus(retention.unusedAccounts()).toInstant();
        // Someone already told stands in for nobody: they are on their way out unless they sign in.
        Runners staying = new Runners(account -> account.works() && account.getDormancyWarnedAt() == null);
        for (UserAccount account : users.unusedSince(unusedSince.plus(WARNING))) {
            if (staying.keep(account)) {
                continue;
            }
            account.warnUnused(now);
            outbox.queue(Email.of("access.account-unused")
                    .to(account.getEmail())
                    .with("name", account.getDisplayName())
                    .with("years", retention.unusedAccounts().getYears())
                    .with("closesOn", dates.day(now.plus(WARNING))));
        }
        Runners working = new Runners(UserAccount::works);
        List<UserAccount> due = users.unusedAndWarned(unusedSince, now.minus(WARNING)).stream()
                .filter(account -> !working.keep(account))
                .toList();
        for (UserAccount account : due) {
            closing.delete(account);
            outbox.queue(Email.of("access.account-closed-unused")
                    .to(account.getEmail())
                    .with("name", account.getDisplayName()));
        }
        if (!due.isEmpty()) {
            events.publishEvent(Audited.of(
                    "access.unused-accounts-closed",
                    null,
                    null,
                    due.size(),
                    retention.unusedAccounts().getYears()));
        }
        return due.size();
    }

    /**
     * Who is left to run things (ADR 0041): each hub's leads and the national admins that count, read once a run. A
     * hub's only lead, and the only national admin, are kept. One this run tells or closes stops counting, so when all
     * of a hub's leads go unused together, the newest account of them is kept and not told.
     */
    private final class Runners {

        private final Map<Long, Set<Long>> leads = new HashMap<>();
        private final Set<Long> admins = new HashSet<>();

        Runners(Predicate<UserAccount> counts) {
            for (UserAccount lead : users.findByRole(Role.HUB_LEAD)) {
                if (lead.getHubId() != null && counts.test(lead)) {
                    leads.computeIfAbsent(lead.getHubId(), hub -> new HashSet<>())
                            .add(lead.getId());
                }
            }
            for (UserAccount admin : users.findByRole(Role.NATIONAL_ADMIN)) {
                if (counts.test(admin)) {
                    admins.add(admin.getId());
                }
            }
        }

        /** Whether the account is kept, nobody else being left to do its part; if not, it stops counting. */
        boolean keep(UserAccount account) {
            Set<Long> hubLeads = account.getRoles().contains(Role.HUB_LEAD) && account.getHubId() != null
                    ? leads.computeIfAbsent(account.getHubId(), hub -> new HashSet<>())
                    : null;
            Set<Long> nationalAdmins = account.getRoles().contains(Role.NATIONAL_ADMIN) ? admins : null;
            if (onlyOne(hubLeads, account) || onlyOne(nationalAdmins, account)) {
                return true;
            }
            leads.values().forEach(ids -> ids.remove(account.getId()));
            admins.remove(account.getId());
            return false;
        }

        private static boolean onlyOne(Set<Long> holders, UserAccount account) {
            return holders != null && holders.stream().noneMatch(id -> !id.equals(account.getId()));
        }
    }
}
