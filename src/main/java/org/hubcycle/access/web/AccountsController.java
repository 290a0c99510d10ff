package org.hubcycle.access.web;

import java.util.Locale;
import org.hubcycle.access.accounts.AccountAdministration;
import org.hubcycle.access.accounts.AccountClosing;
import org.hubcycle.access.accounts.ApiTokens;
import org.hubcycle.access.security.HubcycleUser;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national admin finds any account, reads it, suspends or restores it, and revokes its API tokens (ADR 0037). */
@Controller
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class AccountsController {

    private final AccountAdministration accounts;
    private final AccountClosing closing;
    private final MessageSource messages;

    AccountsController(AccountAdministration accounts, AccountClosing closing, MessageSource messages) {
        this.accounts = accounts;
        this.closing = closing;
        this.messages = messages;
    }

    @ModelAttribute("section")
    String section() {
        return "accounts";
    }

    @GetMapping("/accounts")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        AccountAdministration.Found found = accounts.find(q, PageRequests.page(page));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("accounts", found.page());
        model.addAttribute("more", found.more());
        model.addAttribute("pagination", Pagination.of(found.page()));
        return "access/accounts";
    }

    @GetMapping("/accounts/{id}")
    String account(@PathVariable long id, Model model) {
        return page(id, "", FormErrors.none(), model);
    }

    @PostMapping("/accounts/{id}/suspend")
    String suspend(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal HubcycleUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.suspend(id, reason, user.email());
        } catch (Refused refused) {
            return page(id, reason, FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("accounts.suspended", null, locale));
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/restore")
    String restore(@PathVariable long id, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            accounts.restore(id);
        } catch (Refused refused) {
            return page(id, "", FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("accounts.restored", null, locale));
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/close")
    String close(
            @PathVariable long id,
            @RequestParam(required = false) String closeReason,
            @AuthenticationPrincipal HubcycleUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        String email;
        try {
            email = closing.closeFor(id, closeReason, user.email());
        } catch (Refused refused) {
            model.addAttribute("closeReason", closeReason);
            return page(id, "", FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("accounts.closed", new Object[] {email}, locale));
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{id}/tokens/{tokenId}/revoke")
    String revokeToken(
            @PathVariable long id,
            @PathVariable long tokenId,
            @AuthenticationPrincipal HubcycleUser user,
            Locale locale,
            RedirectAttributes redirect) {
        ApiTokens.TokenView token = accounts.revokeToken(id, tokenId, user.email());
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("tokens.revoked", new Object[] {token.name()}, locale));
        return "redirect:/accounts/" + id;
    }

    private String page(long id, String reason, FormErrors errors, Model model) {
        model.addAttribute("account", accounts.account(id));
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("errors", errors);
        return "access/account-admin";
    }
}
