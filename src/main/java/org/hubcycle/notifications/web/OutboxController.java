package org.hubcycle.notifications.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The email outbox, for the national admin: what Hubcycle has written, to whom and why, whether it
 * was sent, and what went wrong when it was not; a failed or sent email can be sent again.
 */
@Controller
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class OutboxController {

    static final Set<String> STATUSES = Set.of("QUEUED", "SENDING", "SENT", "FAILED");

    private final Outbox outbox;
    private final MessageSource messages;

    OutboxController(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @ModelAttribute("section")
    String section() {
        return "outbox";
    }

    @GetMapping("/outbox")
    String outbox(
            @RequestParam(required = false) String to,
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) Integer page,
            Model model) {
        List<String> statuses = status == null
                ? List.of()
                : status.stream().filter(STATUSES::contains).toList();
        Page<Outbox.View> emails = outbox.list(to, statuses, PageRequests.page(page));
        model.addAttribute("emails", emails);
        model.addAttribute("pagination", Pagination.of(emails));
        model.addAttribute("to", to);
        model.addAttribute("statuses", statuses);
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("transport", outbox.transport());
        return "notifications/outbox";
    }

    @PostMapping("/outbox/{id}/resend")
    String resend(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            outbox.resend(id);
            redirect.addFlashAttribute("confirmation", messages.getMessage("outbox.resent", null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.message(messages, locale));
        }
        return "redirect:/outbox";
    }
}
