package org.hubcycle.access.web;

import java.util.Locale;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security handles the form's POST; a failure comes back with {@code ?error}. */
@Controller
class LoginController {

    private final MessageSource messages;
    private final ObjectProvider<ClientRegistrationRepository> oidc;

    LoginController(MessageSource messages, ObjectProvider<ClientRegistrationRepository> oidc) {
        this.messages = messages;
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String unconfirmed,
            @RequestParam(required = false) String suspended,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(name = "oidc", required = false) String oidcError,
            Authentication authentication,
            Locale locale,
            Model model) {
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        FormErrors errors = FormErrors.none();
        if (error != null) {
            errors = FormErrors.of("username", messages.getMessage("login.error", null, locale));
        } else if (unconfirmed != null) {
            errors = FormErrors.of("username", messages.getMessage("login.unconfirmed", null, locale));
        } else if (suspended != null) {
            errors = FormErrors.of("username", messages.getMessage("login.suspended", null, locale));
        } else if (oidcError != null) {
            String code = switch (oidcError) {
                case "unverified-email", "no-account", "suspended" -> "login.oidc." + oidcError;
                default -> "login.oidc.failed";
            };
            errors = FormErrors.of("oidc", messages.getMessage(code, null, locale));
        }
        model.addAttribute("errors", errors);
        ClientRegistrationRepository registrations = oidc.getIfAvailable();
        model.addAttribute("oidc", registrations == null ? null : registrations.findByRegistrationId("dfe"));
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("unconfirmed", unconfirmed != null);
        return "access/login";
    }
}
