package org.hubcycle.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work once the current transaction has committed, or at once when there is none: for a module that keeps
 * something in memory (a count, a cache) and drops it when an {@link Audited} change commits.
 *
 * <p>Such a listener is a plain {@code @EventListener} that calls this, not a {@code @TransactionalEventListener}.
 * The event publication registry stores a row for every {@code @TransactionalEventListener} and marks it completed
 * in a transaction of its own, which needs a second database connection while the request still holds its first.
 * Four such listeners of every audited change cost a write each, and twenty people saving at once held all ten
 * connections waiting for an eleventh (ADR 0043).
 */
public final class AfterCommit {

    private AfterCommit() {}

    public static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }
}
