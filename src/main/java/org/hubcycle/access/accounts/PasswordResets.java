package org.hubcycle.access.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hubcycle.access.domain.AccountToken;
import org.hubcycle.access.domain.AccountToken.Purpose;
import org.hubcycle.access.domain.AccountTokenRepository;
import org.hubcycle.access.domain.InvitationRepository;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.access.security.LoginThrottle;
import org.hubcycle.access.security.SignedInSessions;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.SystemWork;
import org.hubcycle.shared.Tokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgotten your password?": a single-use link, good for an hour, to choose a new password. The
 * page answers the same whether or not the address has an account (the email says which). Using the
 * link proves the person holds the address, so it also confirms an unconfirmed account or accepts a
 * pending invitation, and it ends every session the account had and revokes every API token it had: whoever
 * made the reset necessary may have made them (ADR 0035).
 */
@Service
public class PasswordResets {

    static final Duration VALID_FOR = Duration.ofHours(1);

    /** What a reset link shows before it is used. */
    public record ResetLink(String email, String name) {}

    private final UserAccountRepository users;
    private final AccountTokenRepository tokens;
    private final InvitationRepository invitations;
    private final PasswordEncoder passwords;
    private final RequestThrottle throttle;
    private final SignedInSessions sessions;
    private final LoginThrottle loginThrottle;
    private final ApiTokens apiTokens;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final SystemWork system;
    private final Clock clock;

    PasswordResets(
            UserAccountRepository users,
            AccountTokenRepository tokens,
            InvitationRepository invitations,
            PasswordEncoder passwords,
            RequestThrottle throttle,
            SignedInSessions sessions,
            LoginThrottle loginThrottle,
            ApiTokens apiTokens,
            Outbox outbox,
            ApplicationEventPublisher events,
            SystemWork system,
            Clock clock) {
        this.loginThrottle = loginThrottle;
        this.apiTokens = apiTokens;
        this.users = users;
        this.tokens = tokens;
        this.invitations = invitations;
        this.passwords = passwords;
        this.throttle = throttle;
        this.sessions = sessions;
        this.outbox = outbox;
        this.events = events;
        this.system = system;
        this.clock = clock;
    }

    /** Someone asks to reset the password of an address: its owner is emailed a link, or told that no account uses it. */
    public void request(String email) {
        String address = UserAccount.normaliseEmail(email);
        system.run(() -> {
            if (!throttle.allow(address, "password-reset")) {
                return;
            }
            Optional<UserAccount> account = users.findByEmail(address);
            if (account.isEmpty()) {
                outbox.queue(
                        Email.of("access.password-reset-unknown").to(address).with("email", address));
                return;
            }
            String token = newLink(account.get());
            outbox.queue(Email.of("access.password-reset")
                    .to(address)
                    .withPrivateLink()
                    .with("name", account.get().getDisplayName())
                    .with("token", token)
                    .with("minutes", VALID_FOR.toMinutes()));
            events.publishEvent(
                    Audited.of("access.password-reset-requested", account.get().getHubId(), address)
                            .by(address));
        });
    }

    /** Someone asked for an account for an address that has one: it is told so, with a link to choose a new password. */
    @Transactional(propagation = Propagation.MANDATORY)
    void sendAccountExists(UserAccount account, String schoolName) {
        String token = newLink(account);
        outbox.queue(Email.of("access.account-exists")
                .to(account.getEmail())
                .withPrivateLink()
                .with("name", account.getDisplayName())
                .with("school", schoolName)
                .with("token", token)
                .with("minutes", VALID_FOR.toMinutes()));
    }

    /** The account a reset link is for, if it still works. */
    public Optional<ResetLink> find(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return system.inTransaction(() -> tokens.findByTokenHashAndPurpose(Tokens.hash(token), Purpose.RESET)
                .filter(t -> t.worksAt(clock.instant()))
                .flatMap(t -> users.findById(t.getUserId()))
                .map(u -> new ResetLink(u.getEmail(), u.getDisplayName())));
    }

    /**
     * Chooses the new password from a reset link: every reset link of the account stops working, every
     * session it had ends, and a lock from failed sign-ins (perhaps someone else's guesses) is lifted. Returns the account's email; empty if the link does not work.
     */
    public Optional<String> reset(String token, String newPassword) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        String hash = passwords.encode(newPassword);
        Optional<String> email = system.inTransaction(() -> tokens.findByTokenHashAndPurpose(
                        Tokens.hash(token), Purpose.RESET)
                .filter(t -> t.worksAt(clock.instant()))
                .flatMap(t -> {
                    tokens.deleteByUserIdAndPurpose(t.getUserId(), Purpose.RESET);
                    return users.findById(t.getUserId());
                })
                .map(user -> {
                    user.choosePassword(hash);
                    Instant now = clock.instant();
                    invitations.findByUserIdAndAcceptedAtIsNull(user.getId()).forEach(i -> i.accepted(now));
                    int revoked = apiTokens.revokeAll(user, user.getEmail());
                    outbox.queue(Email.of("access.password-changed")
                            .to(user.getEmail())
                            .with("name", user.getDisplayName())
                            .with("reset", true)
                            .with("tokens", revoked));
                    events.publishEvent(Audited.of("access.password-reset", user.getHubId(), user.getEmail())
                            .by(user.getEmail()));
                    return user.getEmail();
                }));
        email.ifPresent(address -> {
            sessions.endAll(address, null);
            loginThrottle.clear(address);
        });
        return email;
    }

    private String newLink(UserAccount account) {
        String token = Tokens.newToken();
        Instant now = clock.instant();
        tokens.save(
                new AccountToken(Tokens.hash(token), account.getId(), Purpose.RESET, null, now, now.plus(VALID_FOR)));
        return token;
    }
}
