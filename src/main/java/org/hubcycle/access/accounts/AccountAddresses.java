package org.hubcycle.access.accounts;

import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.shared.SignInAddresses;
import org.hubcycle.shared.SystemWork;
import org.springframework.stereotype.Component;

/**
 * Tells other modules whether an address is one somebody signs in with. Read for the system: the account may
 * belong to no hub, or to another.
 */
@Component
class AccountAddresses implements SignInAddresses {

    private final UserAccountRepository users;
    private final SystemWork system;

    AccountAddresses(UserAccountRepository users, SystemWork system) {
        this.users = users;
        this.system = system;
    }

    @Override
    public boolean inUse(String email) {
        String address = UserAccount.normaliseEmail(email);
        return system.inTransaction(
                () -> users.findByEmail(address).map(UserAccount::isEnabled).orElse(false));
    }
}
