package org.hubcycle.access.internal;

import org.hubcycle.directory.HubAreaChanged;
import org.hubcycle.directory.HubContactChanged;
import org.hubcycle.directory.Hubs;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a hub when the national centre changes its area, at the hub's contact address, and tells a hub's old
 * contact address that the hub's email now goes elsewhere: in the transaction of the change, so the change and
 * its emails are saved together or not at all.
 */
@Component
class HubNotices {

    private final Hubs hubs;
    private final Outbox outbox;

    HubNotices(Hubs hubs, Outbox outbox) {
        this.hubs = hubs;
        this.outbox = outbox;
    }

    @EventListener
    void on(HubAreaChanged changed) {
        hubs.contactEmail(changed.hubId())
                .ifPresent(contact -> outbox.queue(Email.of("directory.hub-area-changed")
                        .to(contact)
                        .hub(changed.hubId())
                        .subject(changed.hubName())
                        .with("hubName", changed.hubName())
                        .with("slug", changed.slug())
                        .with("gained", changed.gained())
                        .with("lost", changed.lost())));
    }

    @EventListener
    void on(HubContactChanged changed) {
        outbox.queue(Email.of("directory.hub-contact-changed")
                .to(changed.from())
                .hub(changed.hubId())
                .subject(changed.hubName())
                .with("hubName", changed.hubName())
                .with("to", changed.to()));
    }
}
