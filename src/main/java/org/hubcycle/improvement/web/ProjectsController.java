package org.hubcycle.improvement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People.PersonView;
import org.hubcycle.improvement.domain.ImprovementProject.Plan;
import org.hubcycle.improvement.internal.ImprovementProjects;
import org.hubcycle.improvement.internal.ImprovementProjects.Listed;
import org.hubcycle.improvement.internal.ProjectAccess;
import org.hubcycle.improvement.internal.ProjectPages;
import org.hubcycle.improvement.internal.ProjectPages.ProjectPage;
import org.hubcycle.improvement.internal.ProjectView;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.Attempt;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.GovukDate;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * School improvement projects: the list (a hub's own, a leader's, or every hub's for the national admin),
 * a project's page (its schools' coverage, KPIs, risks and visits), and the plan its hub's team writes.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN', 'LLME', 'WORK_GROUP_LEAD')")
class ProjectsController {

    /** The plan as typed: dates in GOV.UK date inputs, schools as URNs, leaders as person ids ticked. */
    record PlanForm(
            @NotBlank(message = "{improvement.project.title.required}")
            @Size(max = 200, message = "{improvement.project.title.size}")
            String title,

            @NotBlank(message = "{improvement.project.aims.required}")
            @Size(max = 4000, message = "{improvement.project.aims.size}")
            String aims,

            String startDay,
            String startMonth,
            String startYear,
            String endDay,
            String endMonth,
            String endYear,

            @NotBlank(message = "{improvement.project.schools.required}")
            @Size(max = 2000, message = "{improvement.project.schools.size}")
            String schools,

            List<String> leaders,
            String version) {

        static PlanForm blank() {
            return new PlanForm("", "", "", "", "", "", "", "", "", List.of(), null);
        }

        static PlanForm of(ProjectView project) {
            Plan plan = project.plan();
            GovukDate start = GovukDate.of(plan.startsOn());
            GovukDate end = GovukDate.of(plan.endsOn());
            return new PlanForm(
                    plan.title(),
                    plan.aims(),
                    start.day(),
                    start.month(),
                    start.year(),
                    end.day(),
                    end.month(),
                    end.year(),
                    String.join(
                            ", ",
                            project.schools().stream()
                                    .map(s -> String.valueOf(s.id()))
                                    .toList()),
                    plan.leaders().stream().map(String::valueOf).toList(),
                    String.valueOf(project.version()));
        }

        public List<String> ticked() {
            return leaders == null ? List.of() : leaders;
        }
    }

    private final ImprovementProjects projects;
    private final ProjectPages pages;
    private final ProjectAccess access;
    private final Hubs hubs;
    private final MessageSource messages;
    private final Clock clock;

    ProjectsController(
            ImprovementProjects projects,
            ProjectPages pages,
            ProjectAccess access,
            Hubs hubs,
            MessageSource messages,
            Clock clock) {
        this.projects = projects;
        this.pages = pages;
        this.access = access;
        this.hubs = hubs;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/improvement")
    String list(
            @RequestParam(required = false) String hub,
            @RequestParam(required = false) String waiting,
            @RequestParam(required = false) Integer page,
            Authentication user,
            Model model) {
        boolean team = ProjectAccess.team(user);
        boolean national = ProjectAccess.has(user, "ROLE_NATIONAL_ADMIN");
        Page<Listed> listed;
        boolean awaiting = national && waiting != null;
        model.addAttribute("waiting", awaiting);
        if (national) {
            model.addAttribute("awaiting", projects.countAwaitingDecision());
        }
        if (awaiting) {
            listed = projects.awaitingDecision(PageRequests.page(page));
        } else if (national && hub != null && !hub.isBlank()) {
            HubSummary one = hubs.findBySlug(hub).orElseThrow(() -> new NotFoundException("not-found.hub"));
            model.addAttribute("hub", one);
            listed = projects.ofHub(one.id(), PageRequests.page(page));
        } else if (team || national) {
            listed = projects.list(PageRequests.page(page));
        } else {
            PersonView person = access.person(user);
            listed = person == null ? Page.empty() : projects.ledBy(person.id(), PageRequests.page(page));
        }
        model.addAttribute("projects", listed);
        model.addAttribute("pagination", Pagination.of(listed));
        model.addAttribute("team", team);
        model.addAttribute("national", national);
        model.addAttribute("section", national ? "hubs" : "hub");
        return "improvement/projects";
    }

    @GetMapping("/improvement/new")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
    String blank(@AuthenticationPrincipal HubMember member, Model model) {
        return form(member.hubId(), null, PlanForm.blank(), null, null, FormErrors.none(), model);
    }

    @PostMapping("/improvement/new")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
    String start(
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return save(member.hubId(), null, form, result, user.getName(), locale, model, redirect);
    }

    @GetMapping("/improvement/{id}")
    String view(@PathVariable long id, @RequestParam(required = false) Integer page, Authentication user, Model model) {
        ProjectPage shown = pages.of(id, user, PageRequests.page(page));
        model.addAttribute("seen", shown.seen());
        model.addAttribute("project", shown.seen().project());
        model.addAttribute("coverage", shown.coverage());
        model.addAttribute("kpis", shown.kpis());
        model.addAttribute("risks", shown.risks());
        model.addAttribute("visits", shown.visits());
        model.addAttribute("pagination", Pagination.of(shown.visits()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("section", shown.seen().national() ? "hubs" : "hub");
        return "improvement/project";
    }

    @GetMapping("/improvement/{id}/plan")
    String plan(@PathVariable long id, Authentication user, Model model) {
        ProjectView project = access.keep(id, user).project();
        if (!project.open()) {
            return "redirect:/improvement/" + id;
        }
        return form(project.hubId(), project, PlanForm.of(project), null, null, FormErrors.none(), model);
    }

    @PostMapping("/improvement/{id}/plan")
    String replan(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ProjectView project = access.keep(id, user).project();
        return save(project.hubId(), project, form, result, user.getName(), locale, model, redirect);
    }

    private String save(
            long hubId,
            ProjectView current,
            PlanForm form,
            BindingResult result,
            String by,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        LocalDate startsOn = FormValues.date(
                new GovukDate(form.startDay(), form.startMonth(), form.startYear()),
                "startDay",
                true,
                "improvement.project.startsOn.invalid",
                result);
        LocalDate endsOn = FormValues.date(
                new GovukDate(form.endDay(), form.endMonth(), form.endYear()),
                "endDay",
                true,
                "improvement.project.endsOn.invalid",
                result);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            result.rejectValue("endDay", "improvement.project.endsOn.beforeStart");
        }
        Set<Integer> urns = FormValues.urns(form.schools(), "schools", 60, result);
        Set<Long> leaders = new LinkedHashSet<>();
        for (String ticked : form.ticked()) {
            if (ticked.matches("\\d{1,18}")) {
                leaders.add(Long.valueOf(ticked));
            }
        }
        if (result.hasErrors()) {
            return form(hubId, current, form, startsOn, endsOn, FormErrors.of(result, messages, locale), model);
        }
        Plan plan = new Plan(form.title().strip(), form.aims().strip(), startsOn, endsOn, urns, leaders);
        Long seen = FormValues.version(form.version());
        long[] id = {current == null ? 0 : current.id()};
        Optional<Refused> refused = Attempt.of(() -> {
            if (current == null) {
                id[0] = projects.start(hubId, plan, by);
            } else {
                projects.replan(current.id(), seen == null ? -1 : seen.intValue(), plan, by);
            }
        });
        if (refused.isPresent()) {
            return form(hubId, current, form, startsOn, endsOn, FormErrors.of(refused.get(), messages, locale), model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        current == null ? "improvement.project.started" : "improvement.project.saved",
                        new Object[] {plan.title()},
                        locale));
        return "redirect:/improvement/" + id[0];
    }

    private String form(
            long hubId,
            ProjectView current,
            PlanForm form,
            LocalDate startsOn,
            LocalDate endsOn,
            FormErrors errors,
            Model model) {
        LocalDate from =
                startsOn != null ? startsOn : current != null ? current.plan().startsOn() : null;
        LocalDate to =
                endsOn != null ? endsOn : current != null ? current.plan().endsOn() : null;
        model.addAttribute("project", current);
        model.addAttribute("form", form);
        model.addAttribute(
                "leaders",
                projects.leadersFor(hubId, from, to).stream()
                        .map(l -> Map.entry(String.valueOf(l.personId()), l.name() + " (" + l.roles() + ")"))
                        .toList());
        model.addAttribute("errors", errors);
        model.addAttribute("section", "hub");
        return "improvement/plan";
    }
}
