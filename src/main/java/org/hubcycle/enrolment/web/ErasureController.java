package org.hubcycle.enrolment.web;

import java.util.List;
import java.util.Locale;
import org.hubcycle.enrolment.internal.ParticipantErasure;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.Retention;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Erasing a person's details on their request (ADR 0040): the hub lead (or the national admin, for every hub)
 * finds their places by the email address they wrote from, sees each one, and erases them all with a reason.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'NATIONAL_ADMIN')")
class ErasureController {

    private final ParticipantErasure erasure;
    private final Retention retention;
    private final MessageSource messages;

    ErasureController(ParticipantErasure erasure, Retention retention, MessageSource messages) {
        this.erasure = erasure;
        this.retention = retention;
        this.messages = messages;
    }

    @GetMapping("/enrolment/erasure")
    String find(@RequestParam(required = false) String email, Model model) {
        return page(email, "", FormErrors.none(), model);
    }

    @PostMapping("/enrolment/erasure")
    String erase(
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String reason,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        int erased;
        try {
            erased = erasure.erase(email, reason);
        } catch (Refused refused) {
            return page(email, reason, FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("erasure.done", new Object[] {erased}, locale));
        return "redirect:/enrolment/erasure";
    }

    private String page(String email, String reason, FormErrors errors, Model model) {
        String address = email == null ? "" : email.strip();
        model.addAttribute("email", address);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("places", address.isEmpty() ? List.of() : erasure.find(address));
        model.addAttribute("participantYears", retention.participantYears());
        model.addAttribute("reasonLength", ParticipantErasure.REASON_LENGTH);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "enrolment");
        return "enrolment/erasure";
    }
}
