package org.hubcycle.catalogue.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.hubcycle.catalogue.internal.Catalogue;
import org.hubcycle.catalogue.internal.CatalogueViews.ProjectView;
import org.hubcycle.catalogue.internal.Projects;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.Attempt;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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
 * The year's national projects, and each project's specification laid out as seed 001 lays it out; the
 * national admin withdraws a project (hubs can no longer plan work groups for it) or offers it again.
 */
@Controller
class ProjectController {

    static final int MAX_REASON = 500;

    private final Catalogue catalogue;
    private final Projects projects;
    private final MessageSource messages;
    private final Clock clock;

    ProjectController(Catalogue catalogue, Projects projects, MessageSource messages, Clock clock) {
        this.catalogue = catalogue;
        this.projects = projects;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/projects")
    String projects(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) Integer page,
            Model model) {
        AcademicYear chosen = year == null ? AcademicYear.containing(LocalDate.now(clock)) : year;
        Page<ProjectView> result = catalogue.projects(chosen, PageRequests.page(page));
        model.addAttribute("year", chosen);
        model.addAttribute("projects", result);
        model.addAttribute("pagination", Pagination.of(result));
        model.addAttribute("section", "projects");
        return "catalogue/projects";
    }

    @GetMapping("/projects/{code}")
    String project(@PathVariable String code, Model model) {
        return page(code, null, FormErrors.none(), model);
    }

    @PostMapping("/projects/{code}/withdraw")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String withdraw(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String reason,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        String why = FormValues.blankToNull(reason);
        if (why == null || why.length() > MAX_REASON) {
            String problem = why == null ? "project.withdraw.reason.required" : "project.withdraw.reason.size";
            return page(
                    code,
                    reason,
                    FormErrors.of("reason", messages.getMessage(problem, new Object[] {MAX_REASON}, locale)),
                    model);
        }
        return done(
                code, () -> projects.withdraw(code, why, user.getName()), "project.withdrawn", locale, model, redirect);
    }

    @PostMapping("/projects/{code}/reinstate")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String reinstate(
            @PathVariable String code, Authentication user, Locale locale, Model model, RedirectAttributes redirect) {
        return done(
                code, () -> projects.reinstate(code, user.getName()), "project.reinstated", locale, model, redirect);
    }

    private String done(
            String code,
            Runnable change,
            String confirmation,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Optional<Refused> refused = Attempt.of(change);
        if (refused.isPresent()) {
            return page(code, null, FormErrors.of(refused.get(), messages, locale), model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage(confirmation, new Object[] {code}, locale));
        return "redirect:/projects/" + code;
    }

    private String page(String code, String reason, FormErrors errors, Model model) {
        model.addAttribute(
                "project", catalogue.project(code).orElseThrow(() -> new NotFoundException("not-found.project")));
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "projects");
        return "catalogue/project";
    }
}
