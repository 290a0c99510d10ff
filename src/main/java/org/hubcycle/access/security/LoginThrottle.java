package org.hubcycle.access.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hubcycle.access.domain.LoginAttempts;
import org.hubcycle.access.domain.LoginAttemptsRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing, in the database so every application node sees the same counts. An email
 * address is locked for a while after a few failed sign-ins; a client address (one machine trying
 * address after address) after more, within the same window. A person locked out by someone else's
 * guesses unlocks their address at once by resetting their password.
 */
@Service
public class LoginThrottle {

    private static final String CLIENT = "address:";

    private final LoginAttemptsRepository attempts;
    private final Clock clock;
    private final int maxFailures;
    private final int maxClientFailures;
    private final Duration lockFor;

    LoginThrottle(
            LoginAttemptsRepository attempts,
            Clock clock,
            @Value("${hubcycle.login.max-failures:5}") int maxFailures,
            @Value("${hubcycle.login.max-client-failures:20}") int maxClientFailures,
            @Value("${hubcycle.login.lock-duration:15m}") Duration lockFor) {
        this.attempts = attempts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxClientFailures = maxClientFailures;
        this.lockFor = lockFor;
    }

    /** Whether sign-in is refused for this email address, or from this client address (null when unknown). */
    @Transactional(readOnly = true)
    public boolean isLocked(String email, String client) {
        Instant now = clock.instant();
        return locked(email, now) || (client != null && locked(CLIENT + client, now));
    }

    private boolean locked(String key, Instant now) {
        return attempts.findById(key).map(a -> a.lockedAt(now)).orElse(false);
    }

    /** Counts a failure against the email address and the client address; returns true when it locked the email address. */
    @Transactional
    public boolean recordFailure(String email, String client) {
        Instant now = clock.instant();
        if (client != null) {
            fail(CLIENT + client, maxClientFailures, now);
        }
        return fail(email, maxFailures, now);
    }

    private boolean fail(String key, int max, Instant now) {
        LoginAttempts record = attempts.findForUpdate(key).orElseGet(() -> attempts.save(new LoginAttempts(key)));
        return record.fail(now, lockFor, max, lockFor);
    }

    /** Forgets an email address's failures and lifts its lock: it signed in, or its owner chose a new password. */
    @Transactional
    public void clear(String email) {
        attempts.deleteById(email);
    }

    Duration lockDuration() {
        return lockFor;
    }
}
