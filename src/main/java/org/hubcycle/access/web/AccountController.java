package org.hubcycle.access.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hubcycle.access.accounts.Accounts;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school's contact creates an account: finds their school (open schools only; a closed one points
 * to the school that succeeded it), gives their name, email and a password, and confirms their email
 * address from the link sent to it. The answer is the same whether or not the address has an account.
 * Public pages.
 */
@Controller
class AccountController {

    static final int RESULTS = 20;

    private final Accounts accounts;
    private final Schools schools;
    private final MessageSource messages;

    AccountController(Accounts accounts, Schools schools, MessageSource messages) {
        this.accounts = accounts;
        this.schools = schools;
        this.messages = messages;
    }

    @GetMapping("/account/new")
    String find(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null) {
            if (q.isBlank()) {
                model.addAttribute(
                        "errors", FormErrors.of("q", messages.getMessage("account.find.q.required", null, Locale.UK)));
            } else {
                Page<SchoolSummary> results = schools.find(
                                SchoolSearch.text(q.length() > 100 ? q.substring(0, 100) : q),
                                PageRequest.of(0, RESULTS))
                        .page();
                model.addAttribute("results", results.getContent());
                model.addAttribute("more", results.getTotalElements() > RESULTS);
            }
        }
        model.addAttribute(
                "errors", model.containsAttribute("errors") ? model.getAttribute("errors") : FormErrors.none());
        return "access/account-find";
    }

    @GetMapping("/account/new/{urn}")
    String form(@PathVariable int urn, Model model) {
        return form(urn, "", "", FormErrors.none(), model);
    }

    @PostMapping("/account/new/{urn}")
    String create(
            @PathVariable int urn,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmPassword,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        SchoolSummary school = openSchool(urn);
        List<String[]> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            problems.add(new String[] {"name", messages.getMessage("account.name.required", null, locale)});
        }
        if (!Passwords.isEmail(email)) {
            problems.add(new String[] {"email", messages.getMessage("account.email.invalid", null, locale)});
        }
        Passwords.check("password", password, "confirmPassword", confirmPassword, problems, messages, locale);
        if (!problems.isEmpty()) {
            return form(urn, name, email, FormErrors.of(problems), model);
        }
        accounts.createSchoolContact(name.strip(), email.strip(), password, school.urn(), school.name());
        redirect.addFlashAttribute("email", email.strip());
        return "redirect:/account/sent";
    }

    /**
     * Where asking for an account, or for its link again, leads: a redirect, so that a form sent twice is
     * handled once (ADR 0022) and a reload sends nothing. Reached without the address (a reload), it says
     * so without naming one.
     */
    @GetMapping("/account/sent")
    String sent() {
        return "access/account-sent";
    }

    @GetMapping("/account/confirm")
    String confirm(@RequestParam(required = false) String token, Locale locale, RedirectAttributes redirect) {
        if (accounts.confirm(token).isEmpty()) {
            return "access/account-invalid";
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("account.confirmed", null, locale));
        return "redirect:/login";
    }

    /** Someone who has not confirmed their address asks for the link again. */
    @GetMapping("/account/confirm/again")
    String confirmAgainForm(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("errors", FormErrors.none());
        return "access/account-confirm-again";
    }

    @PostMapping("/account/confirm/again")
    String confirmAgain(
            @RequestParam(required = false) String email, Locale locale, Model model, RedirectAttributes redirect) {
        if (!Passwords.isEmail(email)) {
            model.addAttribute("email", email == null ? "" : email);
            model.addAttribute(
                    "errors", FormErrors.of("email", messages.getMessage("account.email.invalid", null, locale)));
            return "access/account-confirm-again";
        }
        accounts.resendConfirmation(email.strip());
        redirect.addFlashAttribute("email", email.strip());
        redirect.addFlashAttribute("again", true);
        return "redirect:/account/sent";
    }

    private String form(int urn, String name, String email, FormErrors errors, Model model) {
        SchoolSummary school = schools.find(urn).orElseThrow(() -> new NotFoundException("not-found.school"));
        model.addAttribute("school", school);
        model.addAttribute(
                "successor", school.open() ? null : schools.openSuccessor(urn).orElse(null));
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        return "access/account-new";
    }

    private SchoolSummary openSchool(int urn) {
        SchoolSummary school = schools.find(urn).orElseThrow(() -> new NotFoundException("not-found.school"));
        if (!school.open()) {
            throw new NotFoundException("not-found.open-school");
        }
        return school;
    }
}
