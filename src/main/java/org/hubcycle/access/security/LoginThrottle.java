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
 * Locks an email address for a while after repeated failed sign-ins. Kept in the database so every
 * application node sees the same count.
 */
@Service
class LoginThrottle {

    private final LoginAttemptsRepository attempts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    LoginThrottle(LoginAttemptsRepository attempts, Clock clock,
                  @Value("${hubcycle.login.max-failures:5}") int maxFailures,
                  @Value("${hubcycle.login.lock-duration:15m}") Duration lockFor) {
        this.attempts = attempts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String email) {
        return attempts.findById(email).map(a -> a.lockedAt(clock.instant())).orElse(false);
    }

    /** Counts a failure; returns true when it locked the address. */
    @Transactional
    public boolean recordFailure(String email) {
        Instant now = clock.instant();
        LoginAttempts record = attempts.findForUpdate(email).orElseGet(() -> attempts.save(new LoginAttempts(email)));
        return record.fail(maxFailures, now.plus(lockFor));
    }

    @Transactional
    public void recordSuccess(String email) {
        attempts.deleteById(email);
    }

    Duration lockDuration() {
        return lockFor;
    }
}
