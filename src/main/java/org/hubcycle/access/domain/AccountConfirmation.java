package org.hubcycle.access.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A new account's confirmation: the hash of the token emailed to it, and until when it works. */
@Entity
@Table(name = "account_confirmation")
public class AccountConfirmation {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected AccountConfirmation() {
    }

    public AccountConfirmation(String tokenHash, long userId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.expiresAt = expiresAt;
    }

    public Long getUserId() { return userId; }
    public Instant getExpiresAt() { return expiresAt; }
}
