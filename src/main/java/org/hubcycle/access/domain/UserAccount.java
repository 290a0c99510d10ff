package org.hubcycle.access.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Filter;
import org.hubcycle.access.internal.Role;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** Someone who signs in to Hubcycle. */
@Entity
@Table(name = "app_user")
@Filter(name = HubScope.FILTER)
public class UserAccount extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    // A page of accounts (a hub's team, the national admin's list) reads their roles in one query, not one each.
    @BatchSize(size = 25)
    @ElementCollection
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "suspended_by", length = 254)
    private String suspendedBy;

    @Column(name = "suspended_reason", length = 500)
    private String suspendedReason;

    @Column(name = "school_urn")
    private Integer schoolUrn;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_contact_status", length = 10)
    private SchoolContactStatus schoolContactStatus;

    @Column(name = "oidc_subject", length = 400)
    private String oidcSubject;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_signed_in_at")
    private Instant lastSignedInAt;

    @Column(name = "dormancy_warned_at")
    private Instant dormancyWarnedAt;

    protected UserAccount() {}

    public UserAccount(
            String email, String displayName, String passwordHash, Set<Role> roles, Long hubId, Instant createdAt) {
        super(hubId);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        boolean national = roles.stream().anyMatch(Role::national);
        if (national && hubId != null) {
            throw new IllegalArgumentException("A national user does not belong to a hub");
        }
        if (hubId == null && roles.stream().anyMatch(Role.HUB_ROLES::contains)) {
            throw new IllegalArgumentException("A user with a hub role must belong to a hub");
        }
        this.email = normaliseEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    /**
     * The password hash of an account that has none yet (invited, not accepted): it names no encoder,
     * so no password ever matches it.
     */
    public static final String NO_PASSWORD = "{none}";

    /** A school contact claims to act for one school: pending until approved. */
    public UserAccount claimSchool(int urn) {
        this.schoolUrn = urn;
        this.schoolContactStatus = SchoolContactStatus.PENDING;
        return this;
    }

    /** A school contact already approved for the school (demo data, or an approval). */
    public UserAccount approvedFor(int urn) {
        this.schoolUrn = urn;
        this.schoolContactStatus = SchoolContactStatus.APPROVED;
        return this;
    }

    /** A new account waits for its email address to be confirmed before it can sign in. */
    public UserAccount unconfirmed() {
        this.enabled = false;
        return this;
    }

    /** An invited account: no password until the person chooses one from the invitation's link. */
    public UserAccount invited() {
        this.enabled = false;
        this.passwordHash = NO_PASSWORD;
        return this;
    }

    /** The person proved they hold the address (by a link sent to it). */
    public void confirm() {
        this.enabled = true;
    }

    /** A new password, chosen from a link sent to the address or while signed in; the account works from now on. */
    public void choosePassword(String hash) {
        this.passwordHash = hash;
        this.enabled = true;
    }

    /** The national centre stops the account: no sign-in, no session, no API token, until it is restored. */
    public void suspend(Instant now, String by, String reason) {
        if (suspendedAt != null) {
            throw new IllegalStateException("The account is suspended already");
        }
        this.suspendedAt = now;
        this.suspendedBy = by;
        this.suspendedReason = reason;
    }

    public void restore() {
        if (suspendedAt == null) {
            throw new IllegalStateException("The account is not suspended");
        }
        this.suspendedAt = null;
        this.suspendedBy = null;
        this.suspendedReason = null;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    public Instant getSuspendedAt() {
        return suspendedAt;
    }

    public String getSuspendedBy() {
        return suspendedBy;
    }

    public String getSuspendedReason() {
        return suspendedReason;
    }

    public boolean hasPassword() {
        return !NO_PASSWORD.equals(passwordHash);
    }

    public void changeEmail(String newEmail) {
        this.email = normaliseEmail(newEmail);
    }

    /** The OpenID Connect identity first used to sign in to this account. */
    public void linkOidc(String subject) {
        this.oidcSubject = subject;
    }

    public String getOidcSubject() {
        return oidcSubject;
    }

    public Integer getSchoolUrn() {
        return schoolUrn;
    }

    public SchoolContactStatus getSchoolContactStatus() {
        return schoolContactStatus;
    }

    /** The school this contact acts for: only once approved. */
    public Integer approvedSchoolUrn() {
        return schoolContactStatus == SchoolContactStatus.APPROVED ? schoolUrn : null;
    }

    /** Decides a pending (or removes an approved) claim to act for a school. */
    public void decideSchoolContact(SchoolContactStatus decision) {
        boolean allowed = switch (decision) {
            case APPROVED, REFUSED -> schoolContactStatus == SchoolContactStatus.PENDING;
            case REMOVED -> schoolContactStatus == SchoolContactStatus.APPROVED;
            case PENDING -> false;
        };
        if (!allowed) {
            throw new IllegalStateException("A contact who is " + schoolContactStatus + " cannot become " + decision);
        }
        this.schoolContactStatus = decision;
    }

    /**
     * Gives the user a role they may not hold yet; true if it was new. A hub role joins a user of no hub
     * to that hub; a user of another hub cannot take one.
     */
    public boolean grant(Role role, Long hubId) {
        if (Role.HUB_ROLES.contains(role)) {
            if (hubId == null) {
                throw new IllegalArgumentException("A hub role is given in a hub");
            }
            if (roles.stream().anyMatch(Role::national)) {
                throw new IllegalStateException("A national user does not take a hub role");
            }
            joinHub(hubId);
        }
        return roles.add(role);
    }

    /**
     * Takes away these roles of the hub's team; the account leaves its hub once it holds no hub role at all (it
     * may stay as the hub's LLME or work group lead). Returns the roles it held and lost.
     */
    public Set<Role> leaveTeam(Set<Role> which) {
        Set<Role> lost = EnumSet.noneOf(Role.class);
        for (Role role : which) {
            if (roles.remove(role)) {
                lost.add(role);
            }
        }
        if (roles.stream().noneMatch(Role.HUB_ROLES::contains)) {
            leaveHub();
        }
        return lost;
    }

    /** Whether {@link #grant(Role, Long)} can give this role in this hub. */
    public boolean canTake(Role role, Long hubId) {
        if (!Role.HUB_ROLES.contains(role)) {
            return true;
        }
        return hubId != null
                && roles.stream().noneMatch(Role::national)
                && (getHubId() == null || getHubId().equals(hubId));
    }

    /** Emails are compared without case and surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Whether the account can be used: confirmed and not suspended. */
    public boolean works() {
        return enabled && suspendedAt == null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** When its person last signed in; null if never since Hubcycle began to record it. */
    public Instant getLastSignedInAt() {
        return lastSignedInAt;
    }

    /** Its person was told it will be closed, as nobody has signed in to it for the retention period (ADR 0041). */
    public void warnUnused(Instant now) {
        this.dormancyWarnedAt = now;
    }

    /** When its person was told it will be closed unused, or null while it is not about to be. */
    public Instant getDormancyWarnedAt() {
        return dormancyWarnedAt;
    }
}
