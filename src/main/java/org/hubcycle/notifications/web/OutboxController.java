package org.hubcycle.notifications.web;

import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The email outbox, for the national admin: what Hubcycle has queued to send, to whom and why. */
@Controller
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/outbox")
    String outbox(@RequestParam(required = false) String to, @RequestParam(required = false) Integer page, Model model) {
        Page<Outbox.Email> emails = outbox.list(to, PageRequests.page(page));
        model.addAttribute("emails", emails);
        model.addAttribute("pagination", Pagination.of(emails));
        model.addAttribute("to", to);
        model.addAttribute("section", "outbox");
        return "notifications/outbox";
    }
}
