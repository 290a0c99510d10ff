package org.hubcycle.access.accounts;

import org.hubcycle.access.domain.ApiTokenRepository;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.access.security.SignedInSessions;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * A person closes their own account (ADR 0039): it is deleted, with its roles, links and API tokens, and every
 * session of it ends. What the hubs recorded of their work (places, registers, LLME profiles, the audit log) is
 * the hubs' and stays for the periods of the privacy notice (ADR 0038). The last hub lead of a hub and the last
 * national admin cannot close theirs: somebody must be left to run it. The national centre closes an account for
 * someone who asks and cannot close it themselves.
 */
@Service
public class AccountClosing {

    /** The longest reason the national centre gives, as for suspending. */
    static final int REASON_LENGTH = 500;

    private final UserAccountRepository users;
    private final ApiTokenRepository apiTokens;
    private final PasswordEncoder passwords;
    private final SignedInSessions sessions;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final SystemWork system;

    AccountClosing(
            UserAccountRepository users,
            ApiTokenRepository apiTokens,
            PasswordEncoder passwords,
            SignedInSessions sessions,
            Outbox outbox,
            ApplicationEventPublisher events,
            SystemWork system) {
        this.users = users;
        this.apiTokens = apiTokens;
        this.passwords = passwords;
        this.sessions = sessions;
        this.outbox = outbox;
        this.events = events;
        this.system = system;
    }

    /**
     * Whether an account may be closed now: why not, as a message code (null when it may), and whether closing needs
     * its password (an account that signs in only with DfE Sign-in has none).
     */
    public record Check(String refusal, boolean needsPassword) {}

    /** What closing this account asks for, or why it cannot be closed yet. */
    public Check check(long userId) {
        return system.inTransaction(() -> users.findById(userId)
                .map(account -> new Check(refusal(account, "account.close."), account.hasPassword()))
                .orElse(new Check("account.close.gone", false)));
    }

    /**
     * Closes the account, given its password when it has one; returns the address it had. Every session of it
     * ends, this one too, and the person is emailed.
     */
    public String close(long userId, String password) {
        String email = system.inTransaction(() -> {
            UserAccount account = find(userId);
            if (account.hasPassword()
                    && (password == null || !passwords.matches(password, account.getPasswordHash()))) {
                throw new Refused("password", "access.password.current.wrong");
            }
            String refused = refusal(account, "account.close.");
            if (refused != null) {
                throw new Refused(null, refused);
            }
            delete(account);
            outbox.queue(
                    Email.of("access.account-closed").to(account.getEmail()).with("name", account.getDisplayName()));
            events.publishEvent(Audited.of("access.account-closed", account.getHubId(), account.getEmail())
                    .by(account.getEmail()));
            return account.getEmail();
        });
        sessions.endAll(email, null);
        return email;
    }

    /**
     * The national centre closes someone's account on their request, when they cannot close it themselves (their
     * address is gone, say), with a reason they are emailed; returns the address it had. Nobody closes their own
     * this way, and the same accounts are kept as when people close their own.
     */
    public String closeFor(long userId, String reason, String by) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refused("closeReason", "accounts.close.reason.required");
        }
        if (why.length() > REASON_LENGTH) {
            throw new Refused("closeReason", "accounts.close.reason.long");
        }
        String email = system.inTransaction(() -> {
            UserAccount account = find(userId);
            if (account.getEmail().equals(by)) {
                throw new Refused("closeReason", "accounts.close.notYourself");
            }
            String refused = refusal(account, "accounts.close.");
            if (refused != null) {
                throw new Refused("closeReason", refused);
            }
            delete(account);
            outbox.queue(Email.of("access.account-closed-by-centre")
                    .to(account.getEmail())
                    .with("name", account.getDisplayName())
                    .with("reason", why));
            events.publishEvent(
                    Audited.of("access.account-closed-by-centre", account.getHubId(), account.getEmail(), why));
            return account.getEmail();
        });
        sessions.endAll(email, null);
        return email;
    }

    /** Deletes the account with its roles, links and API tokens. */
    void delete(UserAccount account) {
        apiTokens.deleteAll(apiTokens.findByUserIdOrderByCreatedAtDescIdDesc(account.getId()));
        users.delete(account);
    }

    private UserAccount find(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("not-found.account"));
    }

    /** Why the account cannot be closed, as the message under this prefix ({@code lastHubLead}…); null when it can. */
    private String refusal(UserAccount account, String messages) {
        if (Leads.lastNationalAdmin(users, account)) {
            return messages + "lastNationalAdmin";
        }
        return Leads.lastHubLead(users, account) ? messages + "lastHubLead" : null;
    }
}
