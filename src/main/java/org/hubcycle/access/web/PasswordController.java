package org.hubcycle.access.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hubcycle.access.accounts.PasswordResets;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgotten your password?" from the sign-in page: ask for a link (the answer is the same whether
 * or not the address has an account), then choose a new password from it. Public pages.
 */
@Controller
class PasswordController {

    private final PasswordResets resets;
    private final MessageSource messages;

    PasswordController(PasswordResets resets, MessageSource messages) {
        this.resets = resets;
        this.messages = messages;
    }

    @GetMapping("/password/forgotten")
    String forgotten(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("errors", FormErrors.none());
        return "access/password-forgotten";
    }

    @PostMapping("/password/forgotten")
    String request(
            @RequestParam(required = false) String email, Locale locale, Model model, RedirectAttributes redirect) {
        if (!Passwords.isEmail(email)) {
            model.addAttribute("email", email);
            model.addAttribute(
                    "errors", FormErrors.of("email", messages.getMessage("account.email.invalid", null, locale)));
            return "access/password-forgotten";
        }
        resets.request(email.strip());
        redirect.addFlashAttribute("email", email.strip());
        return "redirect:/password/sent";
    }

    /** Where asking for a reset leads: a redirect, so that the form sent twice sends one email (ADR 0022). */
    @GetMapping("/password/sent")
    String sent() {
        return "access/password-sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        return resets.find(token)
                .map(link -> {
                    model.addAttribute("token", token);
                    model.addAttribute("link", link);
                    model.addAttribute("errors", FormErrors.none());
                    return "access/password-reset";
                })
                .orElse("access/password-invalid");
    }

    @PostMapping("/password/reset")
    String reset(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmPassword,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var link = resets.find(token);
        if (link.isEmpty()) {
            return "access/password-invalid";
        }
        List<String[]> problems = new ArrayList<>();
        Passwords.check("password", password, "confirmPassword", confirmPassword, problems, messages, locale);
        if (!problems.isEmpty()) {
            model.addAttribute("token", token);
            model.addAttribute("link", link.get());
            model.addAttribute("errors", FormErrors.of(problems));
            return "access/password-reset";
        }
        if (resets.reset(token, password).isEmpty()) {
            return "access/password-invalid";
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("password.reset.done", null, locale));
        return "redirect:/login";
    }
}
