package org.hubcycle.access.web;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hubcycle.access.accounts.AccountSettings;
import org.hubcycle.access.security.HubcycleUser;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Your account: who Hubcycle thinks you are, and changing your password or email address. */
@Controller
class SettingsController {

    private final AccountSettings settings;
    private final Schools schools;
    private final MessageSource messages;

    SettingsController(AccountSettings settings, Schools schools, MessageSource messages) {
        this.settings = settings;
        this.schools = schools;
        this.messages = messages;
    }

    @ModelAttribute("section")
    String section() {
        return "account";
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal HubcycleUser user, Model model) {
        return page(user, FormErrors.none(), "", model);
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal HubcycleUser user,
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmPassword,
            HttpSession session,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        List<String[]> problems = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            problems.add(new String[] {
                "currentPassword", messages.getMessage("access.password.current.required", null, locale)
            });
        }
        Passwords.check("password", password, "confirmPassword", confirmPassword, problems, messages, locale);
        if (!problems.isEmpty()) {
            return page(user, FormErrors.of(problems), "", model);
        }
        try {
            settings.changePassword(user.id(), currentPassword, password, session.getId());
        } catch (Refused refused) {
            return page(user, FormErrors.of(refused, messages, locale), "", model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("access.password.changed", null, locale));
        return "redirect:/account";
    }

    @PostMapping("/account/email")
    String changeEmail(
            @AuthenticationPrincipal HubcycleUser user,
            @RequestParam(required = false) String newEmail,
            @RequestParam(required = false) String emailPassword,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        List<String[]> problems = new ArrayList<>();
        if (!Passwords.isEmail(newEmail)) {
            problems.add(new String[] {"newEmail", messages.getMessage("account.email.invalid", null, locale)});
        }
        if (emailPassword == null || emailPassword.isEmpty()) {
            problems.add(
                    new String[] {"emailPassword", messages.getMessage("access.password.current.required", null, locale)
                    });
        }
        if (!problems.isEmpty()) {
            return page(user, FormErrors.of(problems), newEmail, model);
        }
        try {
            settings.requestEmailChange(user.id(), emailPassword, newEmail.strip());
        } catch (Refused refused) {
            return page(user, FormErrors.of(refused, messages, locale), newEmail, model);
        }
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("access.email.sent", new Object[] {newEmail.strip()}, locale));
        return "redirect:/account";
    }

    @GetMapping("/account/email/confirm")
    String confirmEmail(@RequestParam(required = false) String token, Locale locale, RedirectAttributes redirect) {
        return settings.confirmEmailChange(token)
                .map(email -> {
                    redirect.addFlashAttribute(
                            "confirmation", messages.getMessage("access.email.changed", new Object[] {email}, locale));
                    return "redirect:/login";
                })
                .orElse("access/account-invalid");
    }

    private String page(HubcycleUser user, FormErrors errors, String newEmail, Model model) {
        model.addAttribute("user", user);
        Integer urn = user.schoolUrn() != null ? user.schoolUrn() : user.pendingSchoolUrn();
        model.addAttribute("school", urn == null ? null : schools.find(urn).orElse(null));
        model.addAttribute("pending", user.pendingSchoolUrn() != null);
        model.addAttribute("errors", errors);
        model.addAttribute("newEmail", newEmail);
        return "access/account";
    }
}
