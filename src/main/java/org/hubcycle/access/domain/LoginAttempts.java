package org.hubcycle.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Recent failed sign-ins for one key: an email address, whether or not an account has it (so that
 * guessing is slowed the same way for every address and the response tells nothing), or a client's
 * network address. Failures count within a window; at the limit the key is locked for a while.
 */
@Entity
@Table(name = "login_attempt")
public class LoginAttempts {

    @Id
    @Column(name = "throttle_key", length = 254)
    private String throttleKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started")
    private Instant windowStarted;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginAttempts() {}

    public LoginAttempts(String key) {
        this.throttleKey = key;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failure at {@code now}; failures older than {@code window} are forgotten first. At
     * {@code maxFailures} the key is locked for {@code lockFor}. Returns true when this failure locked it.
     */
    public boolean fail(Instant now, Duration window, int maxFailures, Duration lockFor) {
        if (windowStarted == null || windowStarted.plus(window).isBefore(now)) {
            windowStarted = now;
            failures = 0;
        }
        failures++;
        if (failures >= maxFailures) {
            failures = 0;
            windowStarted = null;
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public String getThrottleKey() {
        return throttleKey;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
