package org.hubcycle.access.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Recent failed sign-ins for one email address, whether or not an account has it, so that
 * guessing is slowed the same way for every address and the response tells nothing.
 */
@Entity
@Table(name = "login_attempt")
public class LoginAttempts {

    @Id
    @Column(length = 254)
    private String email;

    @Column(nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginAttempts() {
    }

    public LoginAttempts(String email) {
        this.email = email;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failure; at {@code maxFailures} the address is locked until {@code lockEnds}. Returns true when this failure locked it. */
    public boolean fail(int maxFailures, Instant lockEnds) {
        failures++;
        if (failures >= maxFailures) {
            failures = 0;
            lockedUntil = lockEnds;
            return true;
        }
        return false;
    }

    public String getEmail() {
        return email;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
