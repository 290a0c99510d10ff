package org.hubcycle.access.accounts;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import org.springframework.data.domain.PageImpl;
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

    /** What a search keeps of what was typed: letters, digits, spaces and what email addresses hold. */
    private static final Pattern SEARCHABLE = Pattern.compile("[^\\p{L}\\p{N} @._+-]");

    /** At most this many accounts are counted, as for schools: a broader search asks for a narrower one. */
    public static final int COUNTED = 1000;

    /** An account in the list. */
    public record Row(
            long id, String name, String email, List<Role> roles, String hub, boolean confirmed, boolean suspended) {}

    /** A page of accounts found, and whether more matched than were counted. */
    public record Found(Page<Row> page, boolean more) {}

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
            Instant lastSignedInAt,
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
    private final EntityManager entities;
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
            EntityManager entities,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.hubs = hubs;
        this.schools = schools;
        this.sessions = sessions;
        this.outbox = outbox;
        this.events = events;
        this.system = system;
        this.entities = entities;
        this.clock = clock;
    }

    /**
     * Accounts whose email address or name starts with what was typed (every account when nothing was), by email
     * address, counted up to {@link #COUNTED}.
     */
    public Found find(String typed, Pageable pageable) {
        String q = typed == null
                ? ""
                : SEARCHABLE
                        .matcher(typed.toLowerCase(Locale.ROOT))
                        .replaceAll("")
                        .strip();
        if (q.isEmpty() && typed != null && !typed.isBlank()) {
            return found(List.of(), pageable, 0); // only characters no email address or name starts with
        }
        return system.inTransaction(() -> {
            if (q.isEmpty()) {
                long counted = users.countUpTo(COUNTED + 1);
                List<UserAccount> page =
                        pageable.getOffset() < COUNTED ? users.findByOrderByEmailAsc(pageable) : List.of();
                return found(page, pageable, counted);
            }
            List<Object[]> matches = byPrefix(q);
            List<Long> ids = matches.stream()
                    .sorted(Comparator.comparing((Object[] m) -> (String) m[1]))
                    .limit(COUNTED)
                    .skip(pageable.getOffset())
                    .limit(pageable.getPageSize())
                    .map(m -> (Long) m[0])
                    .toList();
            Map<Long, UserAccount> byId =
                    users.findByIdIn(ids).stream().collect(Collectors.toMap(UserAccount::getId, u -> u));
            return found(ids.stream().map(byId::get).toList(), pageable, matches.size());
        });
    }

    /**
     * The id and email address of up to {@link #COUNTED} + 1 accounts whose email address or name (in lower case)
     * starts with the prefix, in no order: each side one range of its index. The prefix is written into the SQL as
     * a literal, not bound (as for schools, {@code Schools.words}): bound, PostgreSQL reuses a generic plan that
     * cannot use a prefix index and reads every account (25 ms on 120,000 for a prefix nobody has, against 0.1).
     * It holds only letters, digits, spaces and {@code @._+-}, with {@code _} escaped.
     */
    private List<Object[]> byPrefix(String q) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        Expression<String> pattern = cb.literal(LikePatterns.escape(q) + "%");
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<UserAccount> account = query.from(UserAccount.class);
        query.multiselect(account.get("id"), account.get("email"))
                .where(cb.or(
                        cb.like(account.get("email"), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(account.get("displayName")), pattern, LikePatterns.ESCAPE)));
        return entities.createQuery(query).setMaxResults(COUNTED + 1).getResultList();
    }

    private Found found(List<UserAccount> accounts, Pageable pageable, long counted) {
        List<Row> rows = accounts.stream()
                .map(u -> new Row(
                        u.getId(),
                        u.getDisplayName(),
                        u.getEmail(),
                        u.getRoles().stream().sorted().toList(),
                        hubName(u.getHubId()),
                        u.isEnabled(),
                        u.isSuspended()))
                .toList();
        return new Found(new PageImpl<>(rows, pageable, Math.min(counted, COUNTED)), counted > COUNTED);
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
                    u.getLastSignedInAt(),
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
