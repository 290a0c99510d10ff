package org.hubcycle.access.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.hubcycle.access.accounts.ApiTokens;
import org.hubcycle.access.security.HubcycleUser;
import org.hubcycle.shared.PublicAddress;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's API tokens, from their account page: the list, making one (shown once), and revoking one (ADR 0035).
 * Everyone signed in may make them; a token reads what its owner may read, and nothing more.
 */
@Controller
class ApiTokensController {

    record TokenForm(
            @NotBlank(message = "{access.token.name.required}") @Size(max = 60, message = "{access.token.name.long}")
            String name,

            String days,
            String password) {

        static TokenForm empty() {
            return new TokenForm("", "90", "");
        }
    }

    /** The lifetimes offered, shortest first, as the radios send them. */
    private static final List<String> LIFETIMES =
            ApiTokens.LIFETIMES.stream().sorted().map(String::valueOf).toList();

    private final ApiTokens tokens;
    private final PublicAddress address;
    private final MessageSource messages;

    ApiTokensController(ApiTokens tokens, PublicAddress address, MessageSource messages) {
        this.tokens = tokens;
        this.address = address;
        this.messages = messages;
    }

    @ModelAttribute("section")
    String section() {
        return "account";
    }

    @GetMapping("/account/tokens")
    String list(@AuthenticationPrincipal HubcycleUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user.id()));
        model.addAttribute("base", address.base());
        return "access/tokens";
    }

    @GetMapping("/account/tokens/new")
    String newToken(@AuthenticationPrincipal HubcycleUser user, Model model) {
        return form(user, TokenForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/account/tokens")
    String create(
            @AuthenticationPrincipal HubcycleUser user,
            @Valid @ModelAttribute("form") TokenForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        boolean asksForPassword = tokens.asksForPassword(user.id());
        if (!LIFETIMES.contains(form.days())) {
            result.rejectValue("days", "access.token.days.required");
        }
        if (asksForPassword && (form.password() == null || form.password().isEmpty())) {
            result.rejectValue("password", "access.password.current.required");
        }
        if (result.hasErrors()) {
            return form(user, form, FormErrors.of(result, messages, locale), model);
        }
        try {
            ApiTokens.Created created = tokens.create(
                    user.id(), new ApiTokens.Request(form.name(), Integer.valueOf(form.days()), form.password()));
            // Only the secret and the name pass through the session, to this one page, which shows them once.
            redirect.addFlashAttribute("secret", created.secret());
            redirect.addFlashAttribute("createdName", created.token().name());
        } catch (Refused refused) {
            return form(user, form, FormErrors.of(refused, messages, locale), model);
        }
        return "redirect:/account/tokens";
    }

    @GetMapping("/account/tokens/{id}/revoke")
    String confirmRevoke(@AuthenticationPrincipal HubcycleUser user, @PathVariable long id, Model model) {
        model.addAttribute("token", tokens.one(user.id(), id));
        return "access/token-revoke";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(
            @AuthenticationPrincipal HubcycleUser user,
            @PathVariable long id,
            Locale locale,
            RedirectAttributes redirect) {
        ApiTokens.TokenView token = tokens.revoke(user.id(), id, user.email());
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("tokens.revoked", new Object[] {token.name()}, locale));
        return "redirect:/account/tokens";
    }

    private String form(HubcycleUser user, TokenForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("lifetimes", LIFETIMES);
        model.addAttribute("asksForPassword", tokens.asksForPassword(user.id()));
        return "access/token-new";
    }
}
