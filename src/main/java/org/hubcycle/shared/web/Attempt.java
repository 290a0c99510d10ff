package org.hubcycle.shared.web;

import java.util.Optional;
import org.hubcycle.shared.Refused;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Runs a change to a reviewed report (a lead's save or submission, a hub lead's decision) and says what
 * to tell the person when it did not happen: the rule that refused it, or, when someone else changed the
 * report at the same moment, that it changed while they looked.
 */
public final class Attempt {

    private Attempt() {}

    public static Optional<Refused> of(Runnable change) {
        try {
            change.run();
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(refused);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            return Optional.of(new Refused(null, "report.changed"));
        }
    }
}
