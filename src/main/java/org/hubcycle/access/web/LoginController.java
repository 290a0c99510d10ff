package org.hubcycle.access.web;

import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/** The sign-in page. Spring Security handles the form's POST; a failure comes back with {@code ?error}. */
@Controller
class LoginController {

    private final MessageSource messages;

    LoginController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error,
                 @RequestParam(name = "signed-out", required = false) String signedOut,
                 Authentication authentication, Locale locale, Model model) {
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("errors", error == null ? FormErrors.none()
                : FormErrors.of("username", messages.getMessage("login.error", null, locale)));
        model.addAttribute("signedOut", signedOut != null);
        return "access/login";
    }
}
