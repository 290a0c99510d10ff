package org.hubcycle.access.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hubcycle.access.Accounts;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A school's contact creates an account: finds their school (open schools only; a closed one points
 * to the school that succeeded it), gives their name, email and a password, and confirms their email
 * address from the link sent to it. Public pages.
 */
@Controller
class AccountController {

    static final int MIN_PASSWORD = 12;

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
        if (q != null && !q.isBlank()) {
            model.addAttribute("results", schools.search(SchoolSearch.text(q), PageRequest.of(0, 10)).getContent());
        }
        return "access/account-find";
    }

    @GetMapping("/account/new/{urn}")
    String form(@PathVariable int urn, Model model) {
        return form(urn, "", "", FormErrors.none(), model);
    }

    @PostMapping("/account/new/{urn}")
    String create(@PathVariable int urn, @RequestParam(required = false) String name, @RequestParam(required = false) String email,
                  @RequestParam(required = false) String password, @RequestParam(required = false) String confirmPassword,
                  Locale locale, Model model) {
        SchoolSummary school = openSchool(urn);
        List<String[]> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            problems.add(new String[] {"name", "Enter your full name"});
        }
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            problems.add(new String[] {"email", "Enter your email address, like name@school.org.uk"});
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            problems.add(new String[] {"password", "Choose a password of at least " + MIN_PASSWORD + " characters"});
        } else if (!password.equals(confirmPassword)) {
            problems.add(new String[] {"confirmPassword", "Type the same password again"});
        }
        if (!problems.isEmpty()) {
            return form(urn, name, email, FormErrors.of(problems), model);
        }
        String confirmBase = ServletUriComponentsBuilder.fromCurrentContextPath().path("/account/confirm").queryParam("token", "")
                .build().toUriString();
        try {
            accounts.createSchoolContact(name.strip(), email.strip(), password, school.urn(), school.name(), confirmBase);
        } catch (Refused refused) {
            return form(urn, name, email, FormErrors.of(refused.field(), refused.getMessage()), model);
        }
        model.addAttribute("email", email.strip());
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

    private String form(int urn, String name, String email, FormErrors errors, Model model) {
        SchoolSummary school = schools.find(urn).orElseThrow(() -> new NotFoundException("School"));
        model.addAttribute("school", school);
        model.addAttribute("successor", school.open() ? null : schools.openSuccessor(urn).orElse(null));
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        return "access/account-new";
    }

    private SchoolSummary openSchool(int urn) {
        SchoolSummary school = schools.find(urn).orElseThrow(() -> new NotFoundException("School"));
        if (!school.open()) {
            throw new NotFoundException("Open school");
        }
        return school;
    }
}
