package org.hubcycle.access.web;

import java.util.Locale;
import org.hubcycle.access.accounts.SchoolContacts;
import org.hubcycle.access.accounts.SchoolContacts.Approver;
import org.hubcycle.access.accounts.SchoolContacts.Decision;
import org.hubcycle.access.internal.Role;
import org.hubcycle.access.security.HubcycleUser;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.Refused;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who acts for a school: an approved contact sees and decides their school's contacts; a hub lead,
 * the claims waiting for schools of their hub; the national admin, every claim waiting.
 */
@Controller
@PreAuthorize("hasAnyRole('SCHOOL_CONTACT', 'HUB_LEAD', 'NATIONAL_ADMIN')")
class SchoolContactsController {

    private final SchoolContacts contacts;
    private final Schools schools;
    private final MessageSource messages;

    SchoolContactsController(SchoolContacts contacts, Schools schools, MessageSource messages) {
        this.contacts = contacts;
        this.schools = schools;
        this.messages = messages;
    }

    @ModelAttribute("section")
    String section() {
        return "contacts";
    }

    @GetMapping("/school-contacts")
    String list(@AuthenticationPrincipal HubcycleUser user, Model model) {
        model.addAttribute("contacts", contacts.forApprover(approver(user)));
        model.addAttribute(
                "school",
                user.schoolUrn() == null ? null : schools.find(user.schoolUrn()).orElse(null));
        model.addAttribute("me", user.email());
        return "access/school-contacts";
    }

    @PostMapping("/school-contacts/{userId}/{decision}")
    String decide(
            @AuthenticationPrincipal HubcycleUser user,
            @PathVariable long userId,
            @PathVariable String decision,
            Locale locale,
            RedirectAttributes redirect) {
        Decision chosen;
        try {
            chosen = Decision.valueOf(decision.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.hubcycle.shared.NotFoundException("Decision");
        }
        try {
            contacts.decide(approver(user), userId, chosen);
            redirect.addFlashAttribute(
                    "confirmation", messages.getMessage("contacts.decided." + chosen.name(), null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.message(messages, locale));
        }
        return "redirect:/school-contacts";
    }

    private static Approver approver(HubcycleUser user) {
        return new Approver(
                user.email(),
                user.schoolUrn(),
                user.has(Role.HUB_LEAD) ? user.hubId() : null,
                user.has(Role.NATIONAL_ADMIN));
    }
}
