package org.hubcycle.access.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hubcycle.access.internal.Role;
import org.hubcycle.shared.HubMember;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, as kept in the session: who they are, their roles and their hub. */
public final class HubcycleUser implements UserDetails, CredentialsContainer, HubMember {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final Long hubId;
    private final String hubSlug;
    private final String hubName;
    private final boolean enabled;
    private final Integer schoolUrn;
    private final Integer pendingSchoolUrn;
    /** Suspended by the national centre: signs in to nothing, and its sessions and tokens are refused. */
    private final boolean suspended;

    private String passwordHash;
    /** Worked out from the roles on first use; not kept in the stored session. */
    private transient List<Navigation.Item> navigation;

    /**
     * @param schoolUrn        the school an approved school contact acts for
     * @param pendingSchoolUrn the school a contact has asked to act for, while that waits for approval
     * @param suspended        whether the national centre has suspended the account
     */
    public HubcycleUser(
            long id,
            String email,
            String displayName,
            Set<Role> roles,
            Long hubId,
            String hubSlug,
            String hubName,
            Integer schoolUrn,
            Integer pendingSchoolUrn,
            boolean enabled,
            boolean suspended,
            String passwordHash) {
        this.suspended = suspended;
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.hubId = hubId;
        this.hubSlug = hubSlug;
        this.hubName = hubName;
        this.enabled = enabled;
        this.schoolUrn = schoolUrn;
        this.pendingSchoolUrn = pendingSchoolUrn;
        this.passwordHash = passwordHash;
    }

    @Override
    public Integer schoolUrn() {
        return schoolUrn;
    }

    @Override
    public Integer pendingSchoolUrn() {
        return pendingSchoolUrn;
    }

    /** The page that suits the user's main role: where they land after accepting an invitation or choosing a password. */
    public String landingPage() {
        return Role.landingPage(roles, hubSlug);
    }

    /** The service navigation for this user's roles, in order (see {@link Navigation}). */
    public List<Navigation.Item> navigation() {
        if (navigation == null) {
            navigation = Navigation.of(roles, hubSlug);
        }
        return navigation;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether the user holds this role, named as in {@link Role}: how a template shows a control to some roles
     * only ({@code th:if="${signedIn.hasRole('HUB_LEAD')}"}), where {@code sec:authorize} would build a security
     * expression context for each check (12% of the home page's CPU with fourteen of them). A name that is not a
     * role fails the page. Showing a control is never what protects it: its handler checks the role itself.
     */
    public boolean hasRole(String roleName) {
        return roles.contains(Role.valueOf(roleName));
    }

    /** Whether the user holds any of these roles, named as in {@link Role}. */
    public boolean hasAnyRole(String... roleNames) {
        for (String name : roleNames) {
            if (hasRole(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Long hubId() {
        return hubId;
    }

    public String hubSlug() {
        return hubSlug;
    }

    public String hubName() {
        return hubName;
    }

    @Override
    public boolean seesAllHubs() {
        return roles.stream().anyMatch(Role::national);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Not suspended: Spring Security refuses a locked account, and Hubcycle its sessions and API tokens. */
    @Override
    public boolean isAccountNonLocked() {
        return !suspended;
    }

    /** Whether the account may be used now: confirmed, and not suspended. */
    public boolean works() {
        return enabled && !suspended;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Roles in a stable order, for display. */
    public List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }

    @Override
    public String toString() {
        return "HubcycleUser[" + email + "]";
    }
}
