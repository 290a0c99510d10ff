package org.hubcycle.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;

import org.hubcycle.access.domain.AccountConfirmation;
import org.hubcycle.access.domain.AccountConfirmationRepository;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * School contacts create their own accounts: one per email address, for one open school, unable to
 * sign in until they follow the link emailed to them. Only the token's hash is stored.
 */
@Service
public class Accounts {

    static final Duration CONFIRM_WITHIN = Duration.ofDays(2);

    private final UserAccountRepository users;
    private final AccountConfirmationRepository confirmations;
    private final PasswordEncoder passwords;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Accounts(UserAccountRepository users, AccountConfirmationRepository confirmations, PasswordEncoder passwords, Outbox outbox,
             ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.users = users;
        this.confirmations = confirmations;
        this.passwords = passwords;
        this.outbox = outbox;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Creates an unconfirmed school contact account and queues the confirmation email, whose link is
     * {@code confirmBase} followed by the token. Refuses an email address that already has an account.
     */
    public void createSchoolContact(String name, String email, String password, int schoolUrn, String schoolName, String confirmBase) {
        String address = UserAccount.normaliseEmail(email);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            HubScope.asSystem(() -> transactions.executeWithoutResult(status -> {
                if (users.existsByEmail(address)) {
                    throw new Refused("email", "An account with this email address already exists: sign in, or use another address");
                }
                UserAccount account = users.saveAndFlush(new UserAccount(address, name, passwords.encode(password),
                        EnumSet.of(Role.SCHOOL_CONTACT), null, clock.instant()).forSchool(schoolUrn).unconfirmed());
                confirmations.save(new AccountConfirmation(hash(token), account.getId(), clock.instant().plus(CONFIRM_WITHIN)));
                outbox.queue(null, address, "Confirm your Hubcycle account", "Dear " + name + ",\n\nYou asked for a Hubcycle account for "
                        + schoolName + ". Confirm your email address within 2 days by opening this link:\n\n" + confirmBase + token
                        + "\n\nIf you did not ask for this, ignore this email.\n", "access.confirm-account");
                events.publishEvent(new Audited("access.account-created", null, address, "school contact for " + schoolName, address));
            }));
        } catch (DataIntegrityViolationException race) {
            throw new Refused("email", "An account with this email address already exists: sign in, or use another address");
        }
    }

    /** Confirms the account a token was sent for; empty if the token is unknown, used or expired. */
    public Optional<String> confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return HubScope.asSystem(() -> transactions.execute(status -> confirmations.findById(hash(token))
                .filter(c -> c.getExpiresAt().isAfter(clock.instant()))
                .flatMap(c -> {
                    confirmations.delete(c);
                    return users.findById(c.getUserId());
                })
                .map(user -> {
                    user.confirm();
                    events.publishEvent(new Audited("access.account-confirmed", null, user.getEmail(), null, user.getEmail()));
                    return user.getEmail();
                })));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
