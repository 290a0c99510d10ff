package org.hubcycle.access.accounts;

import java.time.Clock;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.shared.Audited;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records when each account last signed in, however it did (a password, DfE Sign-in, an invitation's link), so
 * that the national admin sees it and an account nobody uses is found (ADR 0041). Every sign-in is audited, so
 * the audit event is what it hears.
 */
@Component
class SignInTimes {

    static final String SIGNED_IN = "login.succeeded";

    private final UserAccountRepository users;
    private final Clock clock;

    SignInTimes(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void on(Audited action) {
        if (SIGNED_IN.equals(action.type()) && action.subject() != null) {
            users.signedIn(action.subject(), clock.instant());
        }
    }
}
