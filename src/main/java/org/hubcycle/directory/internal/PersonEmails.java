package org.hubcycle.directory.internal;

import org.hubcycle.directory.domain.PersonRepository;
import org.hubcycle.shared.EmailAddressChanged;
import org.hubcycle.shared.HubScope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A person whose account changed its email address is known by the new one here too (unless another person has it). */
@Component
class PersonEmails {

    private final PersonRepository people;

    PersonEmails(PersonRepository people) {
        this.people = people;
    }

    @ApplicationModuleListener
    void on(EmailAddressChanged changed) {
        HubScope.asSystem(() -> {
            if (people.findByEmail(changed.to()).isEmpty()) {
                people.findByEmail(changed.from()).ifPresent(p -> p.changeEmail(changed.to()));
            }
        });
    }
}
