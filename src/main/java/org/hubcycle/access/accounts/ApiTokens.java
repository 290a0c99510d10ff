package org.hubcycle.access.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hubcycle.access.domain.ApiToken;
import org.hubcycle.access.domain.ApiTokenRepository;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.hubcycle.shared.Tokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * A person's API tokens (ADR 0035): made on their account page with their password, shown once, read-only,
 * acting as the person with their roles and hub of the day. Each is emailed about when made and a week before
 * it expires, and may be revoked at any time.
 */
@Service
public class ApiTokens {

    /** What a token starts with, so a secret found in a file or a log is known for what it is. */
    public static final String PREFIX = "hcy_";

    /** How long a token may work, in days: a token always expires. */
    public static final Set<Integer> LIFETIMES = Set.of(30, 90, 365);

    /** At most this many working tokens per person: one per program is plenty. */
    static final int MAX_WORKING = 10;

    static final Duration TELL_BEFORE_EXPIRY = Duration.ofDays(7);

    /** The characters of the secret shown beside a token's name: the prefix and four more. */
    private static final int SHOWN = PREFIX.length() + 4;

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final SystemWork system;
    private final Dates dates;
    private final Clock clock;

    ApiTokens(
            ApiTokenRepository tokens,
            UserAccountRepository users,
            PasswordEncoder passwords,
            Outbox outbox,
            ApplicationEventPublisher events,
            SystemWork system,
            Dates dates,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.passwords = passwords;
        this.outbox = outbox;
        this.events = events;
        this.system = system;
        this.dates = dates;
        this.clock = clock;
    }

    /** One token as its owner sees it: never its secret, which is not kept. */
    public record TokenView(
            long id,
            String name,
            String shownStart,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            ApiToken.State state,
            Instant revokedAt) {

        public boolean working() {
            return state == ApiToken.State.ACTIVE;
        }
    }

    /** A token just made, with the secret its owner sees once. */
    public record Created(TokenView token, String secret) {}

    /** What a person asks for: a name to know it by, how many days it works, and their password. */
    public record Request(String name, Integer days, String password) {}

    /** A person's tokens, newest first, working or not. */
    public List<TokenView> of(long userId) {
        Instant now = clock.instant();
        return system.inTransaction(() -> tokens.findByUserIdOrderByCreatedAtDescIdDesc(userId).stream()
                .map(t -> view(t, now))
                .toList());
    }

    /** Whether the person must give their password to make a token: not when they sign in only through DfE Sign-in. */
    public boolean asksForPassword(long userId) {
        return system.inTransaction(
                () -> users.findById(userId).map(UserAccount::hasPassword).orElse(true));
    }

    /**
     * Makes a token for the person, given their password when their account has one. The secret is returned
     * once and only its hash is kept; the person is emailed, so a token made by someone else with their
     * session is noticed.
     */
    public Created create(long userId, Request request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            throw new Refused("name", "access.token.name.required");
        }
        if (name.length() > 60) {
            throw new Refused("name", "access.token.name.long");
        }
        if (request.days() == null || !LIFETIMES.contains(request.days())) {
            throw new Refused("days", "access.token.days.required");
        }
        String secret = PREFIX + Tokens.newToken();
        return system.inTransaction(() -> {
            UserAccount account = users.findById(userId).orElseThrow();
            if (account.hasPassword()
                    && (request.password() == null
                            || !passwords.matches(request.password(), account.getPasswordHash()))) {
                throw new Refused(
                        "password",
                        request.password() == null || request.password().isEmpty()
                                ? "access.password.current.required"
                                : "access.password.current.wrong");
            }
            Instant now = clock.instant();
            List<ApiToken> mine = tokens.findByUserIdOrderByCreatedAtDescIdDesc(userId);
            if (mine.stream().anyMatch(t -> t.worksAt(now) && t.getName().equalsIgnoreCase(name))) {
                throw new Refused("name", "access.token.name.taken", name);
            }
            if (mine.stream().filter(t -> t.worksAt(now)).count() >= MAX_WORKING) {
                throw new Refused("name", "access.token.tooMany", MAX_WORKING);
            }
            ApiToken token = tokens.save(new ApiToken(
                    userId,
                    name,
                    Tokens.hash(secret),
                    secret.substring(0, SHOWN),
                    now,
                    now.plus(Duration.ofDays(request.days()))));
            outbox.queue(Email.of("access.token-created")
                    .to(account.getEmail())
                    .with("name", account.getDisplayName())
                    .with("token", name)
                    .with("expires", dates.dateTime(token.getExpiresAt())));
            events.publishEvent(Audited.of(
                    "access.token-created", account.getHubId(), account.getEmail(), name, token.getShownStart()));
            return new Created(view(token, now), secret);
        });
    }

    /** The person's own token, or not found: nobody reads another's tokens here. */
    public TokenView one(long userId, long tokenId) {
        Instant now = clock.instant();
        return system.inTransaction(() -> tokens.findByIdAndUserId(tokenId, userId)
                .map(t -> view(t, now))
                .orElseThrow(() -> new NotFoundException("not-found.api-token")));
    }

    /**
     * Revokes one of the person's tokens, by them or the national admin ({@code by}): from now on it is refused.
     * Revoking it again changes nothing.
     */
    public TokenView revoke(long userId, long tokenId, String by) {
        return system.inTransaction(() -> {
            ApiToken token = tokens.findByIdAndUserId(tokenId, userId)
                    .orElseThrow(() -> new NotFoundException("not-found.api-token"));
            Instant now = clock.instant();
            if (token.getRevokedAt() == null) {
                revoke(token, users.findById(userId).orElseThrow(), now, by);
            }
            return view(token, now);
        });
    }

    /**
     * Revokes every working token of the account, in the caller's transaction: a password reset, as whoever held
     * the password may have made them. Each is audited as a revocation by {@code by}. Returns how many.
     */
    int revokeAll(UserAccount account, String by) {
        Instant now = clock.instant();
        List<ApiToken> working = workingOf(account.getId(), now);
        working.forEach(token -> revoke(token, account, now, by));
        return working.size();
    }

    private void revoke(ApiToken token, UserAccount account, Instant now, String by) {
        token.revoke(now, by);
        events.publishEvent(Audited.of(
                "access.token-revoked",
                account.getHubId(),
                account.getEmail(),
                token.getName(),
                token.getShownStart()));
    }

    /** How many of the account's tokens work now, read in the caller's transaction. */
    int working(long userId) {
        return workingOf(userId, clock.instant()).size();
    }

    private List<ApiToken> workingOf(long userId, Instant now) {
        return tokens.findByUserIdOrderByCreatedAtDescIdDesc(userId).stream()
                .filter(t -> t.worksAt(now))
                .toList();
    }

    /**
     * Each morning, the owner of a token that expires within a week is told once, so the program using it can
     * be given a new one before it stops. Runs on one node only.
     */
    @Scheduled(cron = "${hubcycle.token-expiry.cron:0 15 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "token-expiry", lockAtLeastFor = "PT1M")
    public void tellExpiring() {
        Instant now = clock.instant();
        system.run(() -> {
            List<ApiToken> expiring = tokens.expiringUntold(now, now.plus(TELL_BEFORE_EXPIRY));
            if (expiring.isEmpty()) {
                return;
            }
            Map<Long, UserAccount> owners =
                    users
                            .findByIdIn(expiring.stream()
                                    .map(ApiToken::getUserId)
                                    .distinct()
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(UserAccount::getId, Function.identity()));
            for (ApiToken token : expiring) {
                UserAccount owner = owners.get(token.getUserId());
                if (owner != null && owner.isEnabled()) {
                    outbox.queue(Email.of("access.token-expiring")
                            .to(owner.getEmail())
                            .subject(token.getName())
                            .with("name", owner.getDisplayName())
                            .with("token", token.getName())
                            .with("expires", dates.dateTime(token.getExpiresAt())));
                }
                token.expiryTold(now);
            }
        });
    }

    private static TokenView view(ApiToken t, Instant now) {
        return new TokenView(
                t.getId(),
                t.getName(),
                t.getShownStart(),
                t.getCreatedAt(),
                t.getExpiresAt(),
                t.getLastUsedAt(),
                t.stateAt(now),
                t.getRevokedAt());
    }
}
