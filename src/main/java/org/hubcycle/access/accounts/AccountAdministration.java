package org.hubcycle.access.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hubcycle.access.domain.SchoolContactStatus;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.access.internal.Role;
import org.hubcycle.access.security.SignedInSessions;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.LikePatterns;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The national centre's view of every account (ADR 0037): found by the start of an email address or name, with
 * its roles, hub, school and API tokens; suspended (with a reason) when it must stop at once, a departure or a
 * leaked password, and restored. A suspended account cannot sign in, its sessions end, and its tokens are
 * refused; nothing it did is undone. Callers check that the national admin asks.
 */
@Service
public class AccountAdministration {

    /** An account in the list. */
    public record Row(
            long id, String name, String email, List<Role> roles, String hub, boolean confirmed, boolean suspended) {}

    /** One account, as the national admin reads it. */
    public record Account(
            long id,
            String name,
            String email,
            List<Role> roles,
            String hub,
            String school,
            SchoolContactStatus schoolStatus,
            boolean confirmed,
            boolean hasPassword,
            boolean dfeSignIn,
            Instant createdAt,
            Instant suspendedAt,
            String suspendedBy,
            String suspendedReason,
            List<ApiTokens.TokenView> tokens) {

        public boolean suspended() {
            return suspendedAt != null;
        }
    }

    private final UserAccountRepository users;
    private final ApiTokens tokens;
    private final Hubs hubs;
    private final Schools schools;
    private final SignedInSessions sessions;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final SystemWork system;
    private final Clock clock;

    AccountAdministration(
            UserAccountRepository users,
            ApiTokens tokens,
            Hubs hubs,
            Schools schools,
            SignedInSessions sessions,
            Outbox outbox,
            ApplicationEventPublisher events,
            SystemWork system,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.hubs = hubs;
        this.schools = schools;
        this.sessions = sessions;
        this.outbox = outbox;
        this.events = events;
        this.system = system;
        this.clock = clock;
    }

    /** Accounts whose email address or name starts with what was typed (every account when nothing was), by email. */
    public Page<Row> find(String typed, Pageable pageable) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return system.inTransaction(() -> {
            Page<UserAccount> page = q.isEmpty()
                    ? users.findAllByOrderByEmailAsc(pageable)
                    : users.findByPrefix(LikePatterns.escape(q) + "%", pageable);
            return page.map(u -> new Row(
                    u.getId(),
                    u.getDisplayName(),
                    u.getEmail(),
                    u.getRoles().stream().sorted().toList(),
                    hubName(u.getHubId()),
                    u.isEnabled(),
                    u.isSuspended()));
        });
    }

    public Account account(long id) {
        return system.inTransaction(() -> {
            UserAccount u = users.findById(id).orElseThrow(() -> new NotFoundException("not-found.account"));
            String school = u.getSchoolUrn() == null
                    ? null
                    : schools.find(u.getSchoolUrn()).map(SchoolSummary::name).orElse("URN " + u.getSchoolUrn());
            return new Account(
                    u.getId(),
                    u.getDisplayName(),
                    u.getEmail(),
                    u.getRoles().stream().sorted().toList(),
                    hubName(u.getHubId()),
                    school,
                    u.getSchoolContactStatus(),
                    u.isEnabled(),
                    u.hasPassword(),
                    u.getOidcSubject() != null,
                    u.getCreatedAt(),
                    u.getSuspendedAt(),
                    u.getSuspendedBy(),
                    u.getSuspendedReason(),
                    tokens.of(u.getId()));
        });
    }

    /**
     * Suspends the account, saying why: every session of it ends and its tokens are refused from this request on.
     * The person is emailed. Nobody suspends their own account.
     */
    public void suspend(long id, String reason, String by) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refused("reason", "accounts.suspend.reason.required");
        }
        if (why.length() > 500) {
            throw new Refused("reason", "accounts.suspend.reason.long");
        }
        String email = system.inTransaction(() -> {
            UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("not-found.account"));
            if (account.getEmail().equals(by)) {
                throw new Refused("reason", "accounts.suspend.notYourself");
            }
            if (account.isSuspended()) {
                throw new Refused("reason", "accounts.suspend.already");
            }
            account.suspend(clock.instant(), by, why);
            outbox.queue(Email.of("access.account-suspended")
                    .to(account.getEmail())
                    .with("name", account.getDisplayName())
                    .with("reason", why));
            events.publishEvent(Audited.of("access.account-suspended", account.getHubId(), account.getEmail(), why));
            return account.getEmail();
        });
        sessions.refresh(email);
    }

    /** Lets a suspended account sign in again, with the roles it had; the person is emailed. */
    public void restore(long id) {
        system.run(() -> {
            UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("not-found.account"));
            if (!account.isSuspended()) {
                throw new Refused(null, "accounts.restore.notSuspended");
            }
            account.restore();
            outbox.queue(
                    Email.of("access.account-restored").to(account.getEmail()).with("name", account.getDisplayName()));
            events.publishEvent(Audited.of("access.account-restored", account.getHubId(), account.getEmail()));
        });
    }

    /** Revokes one of the account's API tokens, as its owner could. */
    public ApiTokens.TokenView revokeToken(long id, long tokenId, String by) {
        return tokens.revoke(id, tokenId, by);
    }

    private String hubName(Long hubId) {
        return hubId == null ? null : hubs.findById(hubId).map(HubSummary::name).orElse(null);
    }
}
