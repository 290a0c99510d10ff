package org.hubcycle.access.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hubcycle.access.domain.AccountToken;
import org.hubcycle.access.domain.AccountToken.Purpose;
import org.hubcycle.access.domain.AccountTokenRepository;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.access.security.SignedInSessions;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.EmailAddressChanged;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.hubcycle.shared.Tokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * A signed-in person changes their password (with the current one; their other sessions end) or their
 * email address (with their password; the new address is confirmed by a link sent to it, the old one
 * is told, and other modules that know the person by email follow the change).
 */
@Service
public class AccountSettings {

    static final Duration CHANGE_EMAIL_WITHIN = Duration.ofDays(1);

    private final UserAccountRepository users;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final SignedInSessions sessions;
    private final ApiTokens apiTokens;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final SystemWork system;
    private final Clock clock;

    AccountSettings(
            UserAccountRepository users,
            AccountTokenRepository tokens,
            PasswordEncoder passwords,
            SignedInSessions sessions,
            ApiTokens apiTokens,
            Outbox outbox,
            ApplicationEventPublisher events,
            SystemWork system,
            Clock clock) {
        this.users = users;
        this.apiTokens = apiTokens;
        this.tokens = tokens;
        this.passwords = passwords;
        this.sessions = sessions;
        this.outbox = outbox;
        this.events = events;
        this.system = system;
        this.clock = clock;
    }

    /**
     * Changes the password, given the current one; every other session of the account ends. Its API tokens keep
     * working (the person is signed in, in control); the email says how many, so someone who did not change it
     * resets it, which revokes them.
     */
    public void changePassword(long userId, String current, String next, String keepSessionId) {
        String hash = passwords.encode(next);
        String email = system.inTransaction(() -> {
            UserAccount account = users.findById(userId).orElseThrow();
            if (current == null || !passwords.matches(current, account.getPasswordHash())) {
                throw new Refused("currentPassword", "access.password.current.wrong");
            }
            account.choosePassword(hash);
            outbox.queue(Email.of("access.password-changed")
                    .to(account.getEmail())
                    .with("name", account.getDisplayName())
                    .with("reset", false)
                    .with("tokens", apiTokens.working(userId)));
            events.publishEvent(Audited.of("access.password-changed", account.getHubId(), account.getEmail())
                    .by(account.getEmail()));
            return account.getEmail();
        });
        sessions.endAll(email, keepSessionId);
    }

    /**
     * Asks to change the email address, given the password: a link goes to the new address, and the
     * current one is told. Nothing changes until the link is followed. An address another account uses
     * is refused.
     */
    public void requestEmailChange(long userId, String password, String newEmail) {
        String address = UserAccount.normaliseEmail(newEmail);
        system.run(() -> {
            UserAccount account = users.findById(userId).orElseThrow();
            if (password == null || !passwords.matches(password, account.getPasswordHash())) {
                throw new Refused("emailPassword", "access.password.current.wrong");
            }
            if (address.equals(account.getEmail())) {
                throw new Refused("newEmail", "access.email.same");
            }
            if (users.existsByEmail(address)) {
                throw new Refused("newEmail", "access.email.taken");
            }
            String token = Tokens.newToken();
            Instant now = clock.instant();
            tokens.deleteByUserIdAndPurpose(account.getId(), Purpose.EMAIL_CHANGE);
            tokens.save(new AccountToken(
                    Tokens.hash(token),
                    account.getId(),
                    Purpose.EMAIL_CHANGE,
                    address,
                    now,
                    now.plus(CHANGE_EMAIL_WITHIN)));
            outbox.queue(Email.of("access.email-change")
                    .to(address)
                    .withPrivateLink()
                    .with("name", account.getDisplayName())
                    .with("token", token)
                    .with("hours", CHANGE_EMAIL_WITHIN.toHours()));
            outbox.queue(Email.of("access.email-changing")
                    .to(account.getEmail())
                    .with("name", account.getDisplayName())
                    .with("newEmail", address));
            events.publishEvent(
                    Audited.of("access.email-change-requested", account.getHubId(), account.getEmail(), address)
                            .by(account.getEmail()));
        });
    }

    /**
     * Follows the link sent to a new address: the account takes it, and every session of the account
     * ends (sign in with the new address). Empty when the link does not work or the address was taken
     * meanwhile.
     */
    public Optional<String> confirmEmailChange(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        record Change(String from, String to) {}
        Optional<Change> change =
                system.inTransaction(() -> tokens.findByTokenHashAndPurpose(Tokens.hash(token), Purpose.EMAIL_CHANGE)
                        .filter(t -> t.worksAt(clock.instant()) && !users.existsByEmail(t.getNewEmail()))
                        .flatMap(t -> {
                            tokens.deleteByUserIdAndPurpose(t.getUserId(), Purpose.EMAIL_CHANGE);
                            return users.findById(t.getUserId()).map(u -> {
                                String from = u.getEmail();
                                u.changeEmail(t.getNewEmail());
                                events.publishEvent(Audited.of("access.email-changed", u.getHubId(), u.getEmail(), from)
                                        .by(from));
                                events.publishEvent(new EmailAddressChanged(from, u.getEmail()));
                                return new Change(from, u.getEmail());
                            });
                        }));
        change.ifPresent(c -> sessions.endAll(c.from(), null));
        return change.map(Change::to);
    }
}
