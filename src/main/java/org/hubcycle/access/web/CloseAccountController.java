package org.hubcycle.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.hubcycle.access.accounts.AccountClosing;
import org.hubcycle.access.security.HubcycleUser;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Closing your own account (ADR 0039): what goes and what stays, then, with your password, gone. */
@Controller
class CloseAccountController {

    private final AccountClosing closing;
    private final MessageSource messages;

    CloseAccountController(AccountClosing closing, MessageSource messages) {
        this.closing = closing;
        this.messages = messages;
    }

    @ModelAttribute("section")
    String section() {
        return "account";
    }

    @GetMapping("/account/close")
    String form(@AuthenticationPrincipal HubcycleUser user, Model model) {
        return page(user, FormErrors.none(), model);
    }

    @PostMapping("/account/close")
    String close(
            @AuthenticationPrincipal HubcycleUser user,
            @RequestParam(required = false) String password,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        if (closing.check(user.id()).needsPassword() && (password == null || password.isEmpty())) {
            return page(
                    user,
                    FormErrors.of("password", messages.getMessage("access.password.current.required", null, locale)),
                    model);
        }
        try {
            closing.close(user.id(), password);
        } catch (Refused refused) {
            return page(user, FormErrors.of(refused, messages, locale), model);
        }
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/account/closed";
    }

    @GetMapping("/account/closed")
    String closed() {
        return "access/account-closed";
    }

    private String page(HubcycleUser user, FormErrors errors, Model model) {
        model.addAttribute("check", closing.check(user.id()));
        model.addAttribute("roles", user.sortedRoles());
        model.addAttribute("errors", errors);
        return "access/account-close";
    }
}
