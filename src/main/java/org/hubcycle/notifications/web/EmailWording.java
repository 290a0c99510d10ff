package org.hubcycle.notifications.web;

import org.hubcycle.notifications.Outbox;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page knows whether email leaves Hubcycle ({@code emailSent}), so none says "we have emailed
 * you" when the email only waits in the outbox.
 */
@ControllerAdvice
class EmailWording {

    private final Outbox outbox;

    EmailWording(Outbox outbox) {
        this.outbox = outbox;
    }

    @ModelAttribute("emailSent")
    boolean emailSent() {
        return outbox.delivers();
    }
}
