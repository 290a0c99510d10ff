package org.hubcycle.access;

import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.leadership.LeadCommissioned;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.HubScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person commissioned to lead a work group gets the work group lead role on their account in
 * that hub, so they see the work groups they lead (which ones is the leadership module's to say).
 * Runs after the commissioning commits, from the event publication registry; a person without an
 * account, or with an account in another hub, is left as they are.
 */
@Component
class WorkGroupLeadRole {

    private final UserAccountRepository users;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    WorkGroupLeadRole(UserAccountRepository users, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.users = users;
        this.transactions = transactions;
        this.events = events;
    }

    @Async
    @TransactionalEventListener
    void on(LeadCommissioned commissioned) {
        HubScope.asSystem(() -> transactions.executeWithoutResult(status -> users.findByEmail(UserAccount.normaliseEmail(commissioned.email()))
                .filter(user -> Long.valueOf(commissioned.hubId()).equals(user.getHubId()))
                .filter(user -> user.grant(Role.WORK_GROUP_LEAD))
                .ifPresent(user -> events.publishEvent(new Audited("access.role-granted", commissioned.hubId(), user.getEmail(),
                        "Work group lead, commissioned for " + commissioned.workGroupName(), "system")))));
    }
}
