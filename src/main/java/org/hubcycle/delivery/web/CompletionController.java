package org.hubcycle.delivery.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hubcycle.delivery.internal.Completion;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hub lead confirms which schools completed a work group, prefilled from the project's attendance rule. Own hub only. */
@Controller
@PreAuthorize("hasRole('HUB_LEAD')")
class CompletionController {

    private final Completion completion;
    private final MessageSource messages;

    CompletionController(Completion completion, MessageSource messages) {
        this.completion = completion;
        this.messages = messages;
    }

    @GetMapping("/delivery/work-groups/{id}/completion")
    String sheet(@PathVariable long id, Model model) {
        return sheet(id, FormErrors.none(), model);
    }

    @PostMapping("/delivery/work-groups/{id}/completion")
    String confirm(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        String endedEarly =
                params.get("endedEarly") == null || params.get("endedEarly").isBlank()
                        ? null
                        : params.get("endedEarly").strip();
        if (endedEarly != null && endedEarly.length() > 1000) {
            return sheet(
                    id, FormErrors.of("endedEarly", messages.getMessage("enrolment.reason.size", null, locale)), model);
        }
        completion.sheet(id).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        Map<Long, Boolean> answers = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("completed-") && ("yes".equals(value) || "no".equals(value))) {
                try {
                    answers.put(Long.parseLong(name.substring("completed-".length())), "yes".equals(value));
                } catch (NumberFormatException ignored) {
                    // not one of the form's fields
                }
            }
        });
        try {
            int recorded = completion.confirm(id, answers, endedEarly);
            redirect.addFlashAttribute(
                    "confirmation", messages.getMessage("completion.saved", new Object[] {recorded}, locale));
        } catch (Refused refused) {
            return sheet(id, FormErrors.of(refused, messages, locale), model);
        }
        return "redirect:/delivery/work-groups/" + id + "/completion";
    }

    private String sheet(long id, FormErrors errors, Model model) {
        model.addAttribute(
                "sheet", completion.sheet(id).orElseThrow(() -> new NotFoundException("not-found.work-group")));
        model.addAttribute("errors", errors);
        model.addAttribute("section", "enrolment");
        return "delivery/completion";
    }
}
