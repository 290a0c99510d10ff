package org.hubcycle.access.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

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

import org.hibernate.annotations.Filter;
import org.hubcycle.access.Role;
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

    @ElementCollection
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "school_urn")
    private Integer schoolUrn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, Set<Role> roles, Long hubId, Instant createdAt) {
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

    /** A school contact acts for one school. */
    public UserAccount forSchool(Integer urn) {
        this.schoolUrn = urn;
        return this;
    }

    /** A new account waits for its email address to be confirmed before it can sign in. */
    public UserAccount unconfirmed() {
        this.enabled = false;
        return this;
    }

    public void confirm() {
        this.enabled = true;
    }

    public Integer getSchoolUrn() {
        return schoolUrn;
    }

    /** Gives the user a role they may not hold yet; true if it was new. Hub roles only for a user of a hub. */
    public boolean grant(Role role) {
        if (Role.HUB_ROLES.contains(role) && getHubId() == null) {
            throw new IllegalArgumentException("A user with a hub role must belong to a hub");
        }
        return roles.add(role);
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

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
