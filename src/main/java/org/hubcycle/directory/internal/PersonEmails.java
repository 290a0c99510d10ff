package org.hubcycle.directory.internal;

import org.hubcycle.directory.domain.PersonRepository;
import org.hubcycle.shared.EmailAddressChanged;
import org.hubcycle.shared.SystemWork;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A person whose account changed its email address is known by the new one here too (unless another person
 * has it). Runs as the system with its transaction opened inside that scope, so the hub filter lets the
 * person through.
 */
@Component
class PersonEmails {

    private final PersonRepository people;
    private final SystemWork system;

    PersonEmails(PersonRepository people, SystemWork system) {
        this.people = people;
        this.system = system;
    }

    @Async
    @TransactionalEventListener
    void on(EmailAddressChanged changed) {
        system.run(() -> {
            if (people.findByEmail(changed.to()).isEmpty()) {
                people.findByEmail(changed.from()).ifPresent(p -> p.changeEmail(changed.to()));
            }
        });
    }
}
