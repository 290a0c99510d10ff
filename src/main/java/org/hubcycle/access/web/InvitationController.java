package org.hubcycle.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hubcycle.access.accounts.Invitations;
import org.hubcycle.access.domain.Invitation;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link in an invitation: the person chooses a password and lands, signed in, on the page for the
 * role they were invited to. An expired link says to ask the hub for a new one; a used one says to
 * sign in. Public pages.
 */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final SignIn signIn;
    private final MessageSource messages;

    InvitationController(Invitations invitations, SignIn signIn, MessageSource messages) {
        this.invitations = invitations;
        this.signIn = signIn;
        this.messages = messages;
    }

    @GetMapping("/invitation")
    String invitation(@RequestParam(required = false) String token, Model model) {
        return page(token, invitations.find(token), FormErrors.none(), model);
    }

    @PostMapping("/invitation")
    String accept(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmPassword,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Invitations.Link> link = invitations.find(token);
        if (link.isEmpty() || link.get().state() != Invitation.State.PENDING) {
            return page(token, link, FormErrors.none(), model);
        }
        List<String[]> problems = new ArrayList<>();
        Passwords.check("password", password, "confirmPassword", confirmPassword, problems, messages, locale);
        if (!problems.isEmpty()) {
            return page(token, link, FormErrors.of(problems), model);
        }
        Optional<Invitations.Accepted> accepted = invitations.accept(token, password);
        if (accepted.isEmpty()) {
            return page(token, invitations.find(token), FormErrors.none(), model);
        }
        signIn.as(accepted.get().email(), request, response);
        return "redirect:" + accepted.get().landingPage();
    }

    private String page(String token, Optional<Invitations.Link> link, FormErrors errors, Model model) {
        if (link.isEmpty()) {
            return "access/invitation-invalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("link", link.get());
        model.addAttribute("errors", errors);
        return link.get().state() == Invitation.State.PENDING ? "access/invitation" : "access/invitation-ended";
    }
}
