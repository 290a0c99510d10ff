package org.hubcycle.access.security;

import java.util.Optional;
import org.hubcycle.access.domain.SchoolContactStatus;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.HubScope;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds the account signing in, or the one an API token acts for. Runs for the system: nobody is signed in yet
 * to scope it by.
 */
@Service
public class HubcycleUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Hubs hubs;

    public HubcycleUserDetailsService(UserAccountRepository users, Hubs hubs) {
        this.users = users;
        this.hubs = hubs;
    }

    @Override
    public HubcycleUser loadUserByUsername(String username) {
        return HubScope.asSystem(() -> user(users.findWithRolesByEmail(UserAccount.normaliseEmail(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"))));
    }

    /** The account an API token belongs to, with its roles and hub as they are now; empty if it is gone. */
    public Optional<HubcycleUser> loadUserById(long id) {
        return HubScope.asSystem(() -> users.findWithRolesById(id).map(this::user));
    }

    private HubcycleUser user(UserAccount account) {
        HubSummary hub = account.getHubId() == null
                ? null
                : hubs.findById(account.getHubId()).orElse(null);
        return new HubcycleUser(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getRoles(),
                account.getHubId(),
                hub == null ? null : hub.slug(),
                hub == null ? null : hub.name(),
                account.approvedSchoolUrn(),
                account.getSchoolContactStatus() == SchoolContactStatus.PENDING ? account.getSchoolUrn() : null,
                account.isEnabled(),
                account.isSuspended(),
                account.getPasswordHash());
    }
}
