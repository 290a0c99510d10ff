package org.hubcycle.shared;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work done for the system rather than for the signed-in person (a school's history read across
 * hubs, a scheduled job, a link followed from an email) in a transaction of its own that sees every
 * hub. The one way to do it: the system scope is set first and the transaction starts inside it, as
 * the hub filter needs (ADR 0002).
 */
@Component
public class SystemWork {

    private final TransactionTemplate transactions;

    SystemWork(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    /** Runs the work as the system in a new transaction and returns its result. */
    public <T> T inTransaction(Supplier<T> work) {
        return HubScope.asSystem(() -> transactions.execute(status -> work.get()));
    }

    /** Runs the work as the system in a new transaction. */
    public void run(Runnable work) {
        HubScope.asSystem(() -> transactions.executeWithoutResult(status -> work.run()));
    }
}
