package org.hubcycle.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;
import org.hubcycle.access.internal.Role;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/**
 * A hub's invitation to someone it gave a role: a link to choose a password, which lands them on the
 * page for that role. It expires; the hub can send it again (a new link; the old one stops working).
 */
@Entity
@Table(name = "invitation")
@Filter(name = HubScope.FILTER)
public class Invitation extends HubOwned {

    /** What the hub sees of an invitation. */
    public enum State {
        PENDING,
        EXPIRED,
        ACCEPTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Role role;

    @Column(nullable = false, length = 300)
    private String reason;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false, length = 254)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "sent_count", nullable = false)
    private int sentCount;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {}

    public Invitation(
            Long hubId,
            long userId,
            Role role,
            String reason,
            String tokenHash,
            String invitedBy,
            Instant now,
            Instant expiresAt) {
        super(hubId);
        this.userId = userId;
        this.role = role;
        this.reason = reason.length() > 300 ? reason.substring(0, 300) : reason;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.invitedAt = now;
        this.expiresAt = expiresAt;
        this.sentCount = 1;
    }

    public State state(Instant now) {
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        return expiresAt.isAfter(now) ? State.PENDING : State.EXPIRED;
    }

    /** A new link replaces the old one, which stops working. */
    public void resend(String newTokenHash, Instant now, Instant newExpiry) {
        if (acceptedAt != null) {
            throw new IllegalStateException("The invitation was accepted");
        }
        this.tokenHash = newTokenHash;
        this.expiresAt = newExpiry;
        this.sentCount++;
    }

    public void accepted(Instant now) {
        if (acceptedAt == null) {
            this.acceptedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Role getRole() {
        return role;
    }

    public String getReason() {
        return reason;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public int getSentCount() {
        return sentCount;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
