package org.hubcycle.access.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hubcycle.access.accounts.Invitations;
import org.hubcycle.access.accounts.TeamMembers;
import org.hubcycle.access.internal.Role;
import org.hubcycle.access.security.HubcycleUser;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A hub's team and the invitations it has sent: the hub lead adds hub staff (the national admin a
 * hub lead too), and sends an invitation again when it was lost or has expired.
 */
@Controller
class TeamController {

    private final Invitations invitations;
    private final TeamMembers members;
    private final Hubs hubs;
    private final MessageSource messages;
    private final Outbox outbox;

    TeamController(Invitations invitations, TeamMembers members, Hubs hubs, MessageSource messages, Outbox outbox) {
        this.invitations = invitations;
        this.members = members;
        this.hubs = hubs;
        this.messages = messages;
        this.outbox = outbox;
    }

    @GetMapping("/hubs/{slug}/team/{userId}/remove")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'NATIONAL_ADMIN')")
    String confirmRemoval(
            @PathVariable String slug,
            @PathVariable long userId,
            @AuthenticationPrincipal HubcycleUser user,
            Model model) {
        HubSummary hub = hub(slug);
        return removal(
                hub, members.removable(TeamMembers.Remover.of(user), hub.id(), userId), FormErrors.none(), model);
    }

    private static String removal(HubSummary hub, TeamMembers.Member member, FormErrors errors, Model model) {
        model.addAttribute("hub", hub);
        model.addAttribute("member", member);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "hub");
        return "access/team-remove";
    }

    @PostMapping("/hubs/{slug}/team/{userId}/remove")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'NATIONAL_ADMIN')")
    String remove(
            @PathVariable String slug,
            @PathVariable long userId,
            @AuthenticationPrincipal HubcycleUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        HubSummary hub = hub(slug);
        TeamMembers.Remover me = TeamMembers.Remover.of(user);
        TeamMembers.Member removed;
        try {
            removed = members.remove(me, hub.id(), userId);
        } catch (Refused refused) {
            return removal(
                    hub, members.removable(me, hub.id(), userId), FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("team.removed", new Object[] {removed.name()}, locale));
        return "redirect:/hubs/" + hub.slug();
    }

    @GetMapping("/invitations")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN')")
    String invitations(@RequestParam(required = false) Integer page, Model model) {
        Page<Invitations.View> list = invitations.list(PageRequests.page(page));
        model.addAttribute("invitations", list);
        model.addAttribute("pagination", Pagination.of(list));
        model.addAttribute("section", "hub");
        return "access/invitations";
    }

    @PostMapping("/invitations/{id}/resend")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'NATIONAL_ADMIN')")
    String resend(
            @PathVariable long id,
            @AuthenticationPrincipal HubcycleUser user,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            invitations.resend(id, user.email());
            redirect.addFlashAttribute(
                    "confirmation", messages.getMessage(outbox.wording("invitations.resent"), null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.message(messages, locale));
        }
        return "redirect:/invitations";
    }

    @GetMapping("/hubs/{slug}/staff/new")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'NATIONAL_ADMIN')")
    String staffForm(@PathVariable String slug, @AuthenticationPrincipal HubcycleUser user, Model model) {
        return staffForm(hub(slug), user, "", "", "HUB_STAFF", FormErrors.none(), model);
    }

    @PostMapping("/hubs/{slug}/staff")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'NATIONAL_ADMIN')")
    String addStaff(
            @PathVariable String slug,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String role,
            @AuthenticationPrincipal HubcycleUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        HubSummary hub = hub(slug);
        List<String[]> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            problems.add(new String[] {"name", messages.getMessage("team.name.required", null, locale)});
        }
        if (!Passwords.isEmail(email)) {
            problems.add(new String[] {"email", messages.getMessage("account.email.invalid", null, locale)});
        }
        Role chosen = user.seesAllHubs() && "HUB_LEAD".equals(role) ? Role.HUB_LEAD : Role.HUB_STAFF;
        if (!problems.isEmpty()) {
            return staffForm(hub, user, name, email, chosen.name(), FormErrors.of(problems), model);
        }
        Invitations.Outcome outcome = invitations.give(
                hub.id(),
                email.strip(),
                name.strip(),
                chosen,
                user.email(),
                chosen == Role.HUB_LEAD ? "access.invitation.reason.hubLead" : "access.invitation.reason.staff",
                hub.name());
        if (outcome == Invitations.Outcome.REFUSED_OTHER_HUB) {
            return staffForm(
                    hub,
                    user,
                    name,
                    email,
                    chosen.name(),
                    FormErrors.of("email", messages.getMessage("team.otherHub", null, locale)),
                    model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        outcome == Invitations.Outcome.INVITED
                                ? outbox.wording("team.added.INVITED")
                                : "team.added." + outcome.name(),
                        new Object[] {name.strip()},
                        locale));
        return "redirect:/hubs/" + hub.slug();
    }

    private String staffForm(
            HubSummary hub, HubcycleUser user, String name, String email, String role, FormErrors errors, Model model) {
        model.addAttribute("hub", hub);
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        model.addAttribute("role", role);
        model.addAttribute("national", user.seesAllHubs());
        model.addAttribute("errors", errors);
        model.addAttribute("section", "hub");
        return "access/staff-form";
    }

    private HubSummary hub(String slug) {
        HubSummary hub = hubs.findBySlug(slug).orElseThrow(() -> new org.hubcycle.shared.NotFoundException("Hub"));
        HubScope.requireVisible(hub.id());
        return hub;
    }
}
