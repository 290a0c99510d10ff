package org.hubcycle.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A person's API token: the SHA-256 hash of its secret, the name they gave it, and the first characters of
 * the secret so they can tell it from their others. It works from its creation until it expires or is
 * revoked (ADR 0035).
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** Where the token stands at a moment. */
    public enum State {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "shown_start", nullable = false, length = 12)
    private String shownStart;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 254)
    private String revokedBy;

    @Column(name = "expiry_told_at")
    private Instant expiryToldAt;

    protected ApiToken() {}

    public ApiToken(
            long userId, String name, String tokenHash, String shownStart, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.shownStart = shownStart;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public State stateAt(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return expiresAt.isAfter(now) ? State.ACTIVE : State.EXPIRED;
    }

    public boolean worksAt(Instant now) {
        return stateAt(now) == State.ACTIVE;
    }

    /** Whether a use at this moment should be written down: at most once per {@code every}, so reading costs no write. */
    public boolean lastUseOlderThan(Instant now, Duration every) {
        return lastUsedAt == null || lastUsedAt.isBefore(now.minus(every));
    }

    public void revoke(Instant now, String by) {
        this.revokedAt = now;
        this.revokedBy = by;
    }

    public void expiryTold(Instant now) {
        this.expiryToldAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getShownStart() {
        return shownStart;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
