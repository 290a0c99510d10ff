package org.hubcycle.access.accounts;

import java.util.List;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.access.internal.Role;

/**
 * Somebody must be left to run each hub and the national centre: a hub's only working (confirmed, not suspended)
 * hub lead cannot be taken off its team or close their account, and neither can the only working national admin.
 */
final class Leads {

    private Leads() {}

    /** Whether this account is the only one that can sign in and lead its hub. */
    static boolean lastHubLead(UserAccountRepository users, UserAccount account) {
        return account.getRoles().contains(Role.HUB_LEAD)
                && account.getHubId() != null
                && onlyWorking(users.findByHubIdAndRole(account.getHubId(), Role.HUB_LEAD), account);
    }

    /** Whether this account is the only one that can sign in as national admin. */
    static boolean lastNationalAdmin(UserAccountRepository users, UserAccount account) {
        return account.getRoles().contains(Role.NATIONAL_ADMIN)
                && onlyWorking(users.findByRole(Role.NATIONAL_ADMIN), account);
    }

    private static boolean onlyWorking(List<UserAccount> holders, UserAccount account) {
        return holders.stream().noneMatch(other -> !other.getId().equals(account.getId()) && other.works());
    }
}
