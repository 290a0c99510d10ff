package org.hubcycle.access.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.hubcycle.access.domain.AccountToken;
import org.hubcycle.access.domain.AccountToken.Purpose;
import org.hubcycle.access.domain.AccountTokenRepository;
import org.hubcycle.access.domain.SchoolContactStatus;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.access.internal.Role;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.SystemWork;
import org.hubcycle.shared.Tokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * A school's contact creates their own account: one per email address, claiming one open school,
 * unable to sign in until they follow the link emailed to them, and seeing nothing of the school's
 * until an approver says they act for it ({@link SchoolContacts}). The page answers the same way
 * whether or not the address has an account; the email says what happened.
 */
@Service
public class Accounts {

    static final Duration CONFIRM_WITHIN = Duration.ofDays(2);

    private final UserAccountRepository users;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final PasswordResets resets;
    private final SchoolContacts contacts;
    private final RequestThrottle throttle;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final SystemWork system;
    private final Schools schools;
    private final Clock clock;

    Accounts(
            UserAccountRepository users,
            AccountTokenRepository tokens,
            PasswordEncoder passwords,
            PasswordResets resets,
            SchoolContacts contacts,
            RequestThrottle throttle,
            Outbox outbox,
            ApplicationEventPublisher events,
            SystemWork system,
            Schools schools,
            Clock clock) {
        this.schools = schools;
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.resets = resets;
        this.contacts = contacts;
        this.throttle = throttle;
        this.outbox = outbox;
        this.events = events;
        this.system = system;
        this.clock = clock;
    }

    /**
     * Asks for a school contact account. A new address gets an unconfirmed account, pending for the
     * school, and a link to confirm it; an address that has an account already is emailed that it has
     * one, with a link to choose a new password (nothing of the account changes). Either way the caller
     * is told the same.
     */
    public void createSchoolContact(String name, String email, String password, int schoolUrn, String schoolName) {
        String address = UserAccount.normaliseEmail(email);
        String hash = passwords.encode(password);
        try {
            system.run(() -> {
                Optional<UserAccount> existing = users.findByEmail(address);
                if (existing.isPresent()) {
                    if (throttle.allow(address, "account-exists")) {
                        resets.sendAccountExists(existing.get(), schoolName);
                    }
                    events.publishEvent(Audited.of("access.account-request-existing", null, address, schoolName)
                            .by(address));
                    return;
                }
                UserAccount account = users.saveAndFlush(
                        new UserAccount(address, name, hash, EnumSet.of(Role.SCHOOL_CONTACT), null, clock.instant())
                                .claimSchool(schoolUrn)
                                .unconfirmed());
                sendConfirmation(account, schoolName);
                events.publishEvent(Audited.of("access.account-created", null, address, schoolName)
                        .by(address));
            });
        } catch (DataIntegrityViolationException race) {
            // Another request created the same address at the same moment: that one answers for both.
        }
    }

    /**
     * Sends a new confirmation link (the old one stops working) to an account that has a password but
     * has not confirmed its address. Anyone may ask for any address, so the caller is told the same
     * whatever happens, and an address gets at most a few such emails an hour.
     */
    public void resendConfirmation(String email) {
        String address = UserAccount.normaliseEmail(email);
        system.run(() -> users.findByEmail(address)
                .filter(account -> !account.isEnabled() && account.hasPassword())
                .filter(account -> throttle.allow(address, "confirm-again"))
                .ifPresent(account -> {
                    tokens.deleteByUserIdAndPurpose(account.getId(), Purpose.CONFIRM);
                    sendConfirmation(
                            account,
                            account.getSchoolUrn() == null
                                    ? "your school"
                                    : schools.find(account.getSchoolUrn())
                                            .map(SchoolSummary::name)
                                            .orElse("your school"));
                    events.publishEvent(Audited.of("access.confirmation-resent", null, address)
                            .by(address));
                }));
    }

    private void sendConfirmation(UserAccount account, String schoolName) {
        String token = Tokens.newToken();
        Instant now = clock.instant();
        tokens.save(new AccountToken(
                Tokens.hash(token), account.getId(), Purpose.CONFIRM, null, now, now.plus(CONFIRM_WITHIN)));
        outbox.queue(Email.of("access.confirm-account")
                .to(account.getEmail())
                .withPrivateLink()
                .with("name", account.getDisplayName())
                .with("school", schoolName)
                .with("token", token)
                .with("days", CONFIRM_WITHIN.toDays()));
    }

    /**
     * Confirms the address a link was sent to; empty if the link is unknown, used or expired. A contact
     * who claimed a school now asks its approvers.
     */
    public Optional<String> confirm(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return system.inTransaction(() -> tokens.findByTokenHashAndPurpose(Tokens.hash(token), Purpose.CONFIRM)
                .filter(t -> t.worksAt(clock.instant()))
                .flatMap(t -> {
                    tokens.deleteByUserIdAndPurpose(t.getUserId(), Purpose.CONFIRM);
                    return users.findById(t.getUserId());
                })
                .map(user -> {
                    user.confirm();
                    events.publishEvent(Audited.of("access.account-confirmed", null, user.getEmail())
                            .by(user.getEmail()));
                    if (user.getSchoolContactStatus() == SchoolContactStatus.PENDING) {
                        contacts.askApprovers(user);
                    }
                    return user.getEmail();
                }));
    }
}
