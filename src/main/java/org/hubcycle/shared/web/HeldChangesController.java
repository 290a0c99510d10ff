package org.hubcycle.shared.web;

import java.util.Locale;
import java.util.UUID;
import org.hubcycle.shared.HeldChanges;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.PublicationRetries;
import org.hubcycle.shared.Refused;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What could not be done after a change, for the national admin: each held event (ADR 0049), tried again once its
 * cause is fixed, or given up after confirming that its work will be done by hand.
 */
@Controller
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class HeldChangesController {

    private final HeldChanges held;
    private final MessageSource messages;

    HeldChangesController(HeldChanges held, MessageSource messages) {
        this.held = held;
        this.messages = messages;
    }

    @GetMapping("/held-changes")
    String list(@RequestParam(required = false) Integer page, Model model) {
        Page<HeldChanges.Held> changes = held.list(PageRequests.page(page));
        model.addAttribute("changes", changes);
        model.addAttribute("pagination", Pagination.of(changes));
        model.addAttribute("attempts", PublicationRetries.ATTEMPTS);
        return "held-changes";
    }

    @PostMapping("/held-changes/{id}/retry")
    String retry(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        return act(() -> held.retry(id), "held.retried", locale, redirect);
    }

    @GetMapping("/held-changes/{id}/give-up")
    String confirmGiveUp(@PathVariable UUID id, Model model) {
        model.addAttribute("change", held.find(id).orElseThrow(() -> new NotFoundException("not-found.held")));
        return "held-change-give-up";
    }

    @PostMapping("/held-changes/{id}/give-up")
    String giveUp(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        return act(() -> held.giveUp(id), "held.givenUp", locale, redirect);
    }

    private String act(Runnable action, String done, Locale locale, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("confirmation", messages.getMessage(done, null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.message(messages, locale));
        }
        return "redirect:/held-changes";
    }
}
