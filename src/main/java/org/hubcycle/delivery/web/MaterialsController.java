package org.hubcycle.delivery.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.WorkGroupAccess;
import org.hubcycle.delivery.internal.Materials;
import org.hubcycle.delivery.internal.Sessions;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.Attempt;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A session's materials, as links: its leads (and the hub lead) add and remove them here; hub staff read
 * them; participants see them with their sessions.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'WORK_GROUP_LEAD')")
class MaterialsController {

    private final Materials materials;
    private final Sessions sessions;
    private final WorkGroupAccess access;
    private final MessageSource messages;

    MaterialsController(Materials materials, Sessions sessions, WorkGroupAccess access, MessageSource messages) {
        this.materials = materials;
        this.sessions = sessions;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/delivery/sessions/{id}/materials")
    String materials(@PathVariable long id, Authentication user, Model model) {
        SessionView session = session(id);
        return page(
                session, access.require(session.workGroupId(), user, false), "", "", FormErrors.none(), user, model);
    }

    @PostMapping("/delivery/sessions/{id}/materials")
    String add(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String url,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        SessionView session = session(id);
        WorkGroupBrief group = access.require(session.workGroupId(), user, true);
        Optional<Refused> refused = Attempt.of(() -> materials.add(id, title, url, user.getName()));
        if (refused.isPresent()) {
            return page(
                    session,
                    group,
                    title == null ? "" : title,
                    url == null ? "" : url,
                    FormErrors.of(refused.get(), messages, locale),
                    user,
                    model);
        }
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("material.added", new Object[] {title.strip()}, locale));
        return "redirect:/delivery/sessions/" + id + "/materials";
    }

    @PostMapping("/delivery/sessions/{id}/materials/{materialId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long materialId,
            Authentication user,
            Locale locale,
            RedirectAttributes redirect) {
        SessionView session = session(id);
        access.require(session.workGroupId(), user, true);
        materials.remove(id, materialId);
        redirect.addFlashAttribute("confirmation", messages.getMessage("material.removed", null, locale));
        return "redirect:/delivery/sessions/" + id + "/materials";
    }

    private SessionView session(long id) {
        return sessions.find(id).orElseThrow(() -> new NotFoundException("not-found.session"));
    }

    private String page(
            SessionView session,
            WorkGroupBrief group,
            String title,
            String url,
            FormErrors errors,
            Authentication user,
            Model model) {
        model.addAttribute("meeting", session);
        model.addAttribute("group", group);
        model.addAttribute("materials", materials.of(List.of(session.id())).getOrDefault(session.id(), List.of()));
        model.addAttribute("canChange", access.mayChange(group, user));
        model.addAttribute("title", title);
        model.addAttribute("url", url);
        model.addAttribute("errors", errors);
        model.addAttribute("section", WorkGroupAccess.has(user, "ROLE_WORK_GROUP_LEAD") ? "leading" : "enrolment");
        return "delivery/materials";
    }
}
