package org.hubcycle.improvement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hubcycle.improvement.domain.Audience;
import org.hubcycle.improvement.domain.Kpi;
import org.hubcycle.improvement.domain.Level;
import org.hubcycle.improvement.domain.ProjectVisit;
import org.hubcycle.improvement.domain.Rating;
import org.hubcycle.improvement.domain.Risk;
import org.hubcycle.improvement.internal.ProjectAccess;
import org.hubcycle.improvement.internal.ProjectAccess.Seen;
import org.hubcycle.improvement.internal.ProjectRecords;
import org.hubcycle.improvement.internal.ProjectRecords.KpiView;
import org.hubcycle.improvement.internal.ProjectRecords.RiskView;
import org.hubcycle.improvement.internal.ProjectRecords.VisitView;
import org.hubcycle.improvement.internal.ProjectView;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.Attempt;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.GovukDate;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
 * What a project keeps while it runs: its KPIs and risks, which its hub's team writes, and the Records of
 * Visits, which the team and the project's leaders make (a leader corrects or deletes only their own).
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'LLME', 'WORK_GROUP_LEAD')")
class RecordsController {

    record KpiForm(
            @NotBlank(message = "{improvement.kpi.measure.required}")
            @Size(max = 300, message = "{improvement.kpi.measure.size}")
            String measure,

            @NotBlank(message = "{improvement.kpi.baseline.required}")
            @Size(max = 200, message = "{improvement.kpi.baseline.size}")
            String baseline,

            @NotBlank(message = "{improvement.kpi.target.required}")
            @Size(max = 200, message = "{improvement.kpi.target.size}")
            String target,

            String rating,

            @Size(max = 2000, message = "{improvement.kpi.progress.size}")
            String progress,

            String version) {

        static KpiForm blank() {
            return new KpiForm("", "", "", Rating.NOT_STARTED.name(), "", null);
        }

        static KpiForm of(KpiView kpi) {
            Kpi.Words w = kpi.words();
            return new KpiForm(
                    w.measure(),
                    w.baseline(),
                    w.target(),
                    w.rating().name(),
                    w.progress(),
                    String.valueOf(kpi.version()));
        }
    }

    record RiskForm(
            @NotBlank(message = "{improvement.risk.description.required}")
            @Size(max = 500, message = "{improvement.risk.description.size}")
            String description,

            String likelihood,
            String impact,

            @NotBlank(message = "{improvement.risk.mitigation.required}")
            @Size(max = 2000, message = "{improvement.risk.mitigation.size}")
            String mitigation,

            String closed,
            String version) {

        static RiskForm blank() {
            return new RiskForm("", null, null, "", null, null);
        }

        static RiskForm of(RiskView risk) {
            Risk.Words w = risk.words();
            return new RiskForm(
                    w.description(),
                    w.likelihood().name(),
                    w.impact().name(),
                    w.mitigation(),
                    w.closed() ? "yes" : null,
                    String.valueOf(risk.version()));
        }
    }

    record VisitForm(
            String schoolUrn,
            String day,
            String month,
            String year,
            List<String> audiences,
            List<String> yearGroups,

            @NotBlank(message = "{improvement.visit.focus.required}")
            @Size(max = 500, message = "{improvement.visit.focus.size}")
            String focus,

            @Size(max = 2000, message = "{improvement.visit.steps.size}")
            String nextSteps,

            String version) {

        static VisitForm blank() {
            return new VisitForm("", "", "", "", List.of(), List.of(), "", "", null);
        }

        static VisitForm of(VisitView visit) {
            ProjectVisit.Words w = visit.words();
            GovukDate date = GovukDate.of(w.date());
            return new VisitForm(
                    String.valueOf(w.schoolUrn()),
                    date.day(),
                    date.month(),
                    date.year(),
                    w.audiences().stream().map(Enum::name).toList(),
                    w.yearGroups(),
                    w.focus(),
                    w.nextSteps(),
                    String.valueOf(visit.version()));
        }

        public List<String> with() {
            return audiences == null ? List.of() : audiences;
        }

        public List<String> seen() {
            return yearGroups == null ? List.of() : yearGroups;
        }
    }

    private final ProjectRecords records;
    private final ProjectAccess access;
    private final MessageSource messages;

    RecordsController(ProjectRecords records, ProjectAccess access, MessageSource messages) {
        this.records = records;
        this.access = access;
        this.messages = messages;
    }

    // KPIs

    @GetMapping("/improvement/{id}/kpis/new")
    String newKpi(@PathVariable long id, Authentication user, Model model) {
        ProjectView project = access.keep(id, user).project();
        return project.open() ? kpiForm(project, null, KpiForm.blank(), FormErrors.none(), model) : back(project);
    }

    @GetMapping("/improvement/{id}/kpis/{kpiId}")
    String kpi(@PathVariable long id, @PathVariable long kpiId, Authentication user, Model model) {
        ProjectView project = access.keep(id, user).project();
        KpiView kpi = records.kpi(project, kpiId);
        return project.open() ? kpiForm(project, kpi, KpiForm.of(kpi), FormErrors.none(), model) : back(project);
    }

    @PostMapping({"/improvement/{id}/kpis/new", "/improvement/{id}/kpis/{kpiId}"})
    String saveKpi(
            @PathVariable long id,
            @PathVariable(required = false) Long kpiId,
            @Valid @ModelAttribute("form") KpiForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ProjectView project = access.keep(id, user).project();
        KpiView current = kpiId == null ? null : records.kpi(project, kpiId);
        Rating rating = FormValues.choice(Rating.class, form.rating(), "rating", result);
        if (result.hasErrors()) {
            return kpiForm(project, current, form, FormErrors.of(result, messages, locale), model);
        }
        Kpi.Words words = new Kpi.Words(
                form.measure().strip(),
                form.baseline().strip(),
                form.target().strip(),
                rating,
                FormValues.blankToNull(
                        form.progress() == null ? null : form.progress().strip()));
        return attempt(
                () -> {
                    if (current == null) {
                        records.addKpi(project, words);
                    } else {
                        records.changeKpi(project, current.id(), version(form.version()), words);
                    }
                },
                errors -> kpiForm(project, current, form, errors, model),
                project,
                current == null ? "improvement.kpi.added" : "improvement.kpi.saved",
                "kpis",
                locale,
                redirect);
    }

    // Risks

    @GetMapping("/improvement/{id}/risks/new")
    String newRisk(@PathVariable long id, Authentication user, Model model) {
        ProjectView project = access.keep(id, user).project();
        return project.open() ? riskForm(project, null, RiskForm.blank(), FormErrors.none(), model) : back(project);
    }

    @GetMapping("/improvement/{id}/risks/{riskId}")
    String risk(@PathVariable long id, @PathVariable long riskId, Authentication user, Model model) {
        ProjectView project = access.keep(id, user).project();
        RiskView risk = records.risk(project, riskId);
        return project.open() ? riskForm(project, risk, RiskForm.of(risk), FormErrors.none(), model) : back(project);
    }

    @PostMapping({"/improvement/{id}/risks/new", "/improvement/{id}/risks/{riskId}"})
    String saveRisk(
            @PathVariable long id,
            @PathVariable(required = false) Long riskId,
            @Valid @ModelAttribute("form") RiskForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ProjectView project = access.keep(id, user).project();
        RiskView current = riskId == null ? null : records.risk(project, riskId);
        Level likelihood = FormValues.choice(
                Level.class, form.likelihood(), "likelihood", "improvement.risk.likelihood.required", result);
        Level impact =
                FormValues.choice(Level.class, form.impact(), "impact", "improvement.risk.impact.required", result);
        if (result.hasErrors()) {
            return riskForm(project, current, form, FormErrors.of(result, messages, locale), model);
        }
        Risk.Words words = new Risk.Words(
                form.description().strip(),
                likelihood,
                impact,
                form.mitigation().strip(),
                "yes".equals(form.closed()));
        return attempt(
                () -> {
                    if (current == null) {
                        records.addRisk(project, words);
                    } else {
                        records.changeRisk(project, current.id(), version(form.version()), words);
                    }
                },
                errors -> riskForm(project, current, form, errors, model),
                project,
                current == null ? "improvement.risk.added" : "improvement.risk.saved",
                "risks",
                locale,
                redirect);
    }

    // Visits

    @GetMapping("/improvement/{id}/visits/new")
    String newVisit(@PathVariable long id, Authentication user, Model model) {
        Seen seen = access.visit(id, user);
        return seen.project().open()
                ? visitForm(seen.project(), null, VisitForm.blank(), FormErrors.none(), model)
                : back(seen.project());
    }

    @GetMapping("/improvement/{id}/visits/{visitId}")
    String visit(@PathVariable long id, @PathVariable long visitId, Authentication user, Model model) {
        Seen seen = access.visit(id, user);
        VisitView visit = ownVisit(seen, visitId);
        return seen.project().open()
                ? visitForm(seen.project(), visit, VisitForm.of(visit), FormErrors.none(), model)
                : back(seen.project());
    }

    @PostMapping({"/improvement/{id}/visits/new", "/improvement/{id}/visits/{visitId}"})
    String saveVisit(
            @PathVariable long id,
            @PathVariable(required = false) Long visitId,
            @Valid @ModelAttribute("form") VisitForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Seen seen = access.visit(id, user);
        ProjectView project = seen.project();
        VisitView current = visitId == null ? null : ownVisit(seen, visitId);
        Integer urn = form.schoolUrn() != null && form.schoolUrn().matches("\\d{1,9}")
                ? Integer.valueOf(form.schoolUrn())
                : null;
        LocalDate date = FormValues.date(
                new GovukDate(form.day(), form.month(), form.year()),
                "day",
                true,
                "improvement.visit.date.invalid",
                result);
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (String a : form.with()) {
            Audience audience = FormValues.choice(Audience.class, a, "audiences", result);
            if (audience != null) {
                audiences.add(audience);
            }
        }
        ProjectVisit.Words words = new ProjectVisit.Words(
                urn == null ? -1 : urn,
                date,
                audiences,
                form.seen(),
                form.focus() == null ? "" : form.focus().strip(),
                FormValues.blankToNull(
                        form.nextSteps() == null ? null : form.nextSteps().strip()));
        for (Refused problem : records.problems(project, words)) {
            if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(problem.field(), problem.code(), problem.getArguments(), null);
            }
        }
        if (current == null && seen.person() == null) {
            result.reject("improvement.visit.visitor.unknown");
        }
        if (result.hasErrors()) {
            return visitForm(project, current, form, FormErrors.of(result, messages, locale), model);
        }
        return attempt(
                () -> {
                    if (current == null) {
                        records.record(project, seen.person(), words);
                    } else {
                        records.correct(project, current.id(), version(form.version()), words);
                    }
                },
                errors -> visitForm(project, current, form, errors, model),
                project,
                current == null ? "improvement.visit.recorded" : "improvement.visit.corrected",
                "visits",
                locale,
                redirect);
    }

    @GetMapping("/improvement/{id}/visits/{visitId}/delete")
    String confirmDelete(@PathVariable long id, @PathVariable long visitId, Authentication user, Model model) {
        Seen seen = access.visit(id, user);
        if (!seen.project().open()) {
            return back(seen.project());
        }
        model.addAttribute("project", seen.project());
        model.addAttribute("visit", ownVisit(seen, visitId));
        model.addAttribute("section", "hub");
        return "improvement/visit-delete";
    }

    @PostMapping("/improvement/{id}/visits/{visitId}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable long visitId,
            @RequestParam(required = false) String version,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Seen seen = access.visit(id, user);
        VisitView visit = ownVisit(seen, visitId);
        Optional<Refused> refused = Attempt.of(() -> records.delete(seen.project(), visit.id(), version(version)));
        if (refused.isPresent()) {
            VisitView now = records.visit(seen.project(), visitId);
            return visitForm(
                    seen.project(), now, VisitForm.of(now), FormErrors.of(refused.get(), messages, locale), model);
        }
        return saved(seen.project(), "improvement.visit.deleted", "visits", locale, redirect);
    }

    /** A visit's record, for the hub's team or the leader who made it; another leader may not change it. */
    private VisitView ownVisit(Seen seen, long visitId) {
        VisitView visit = records.visit(seen.project(), visitId);
        if (!seen.team()
                && (seen.person() == null
                        || visit.visitorPersonId() != seen.person().id())) {
            throw new AccessDeniedException("A leader corrects only the visits they recorded");
        }
        return visit;
    }

    private String kpiForm(ProjectView project, KpiView current, KpiForm form, FormErrors errors, Model model) {
        model.addAttribute("ratings", List.of(Rating.values()));
        return form(project, current, form, errors, model, "improvement/kpi-form");
    }

    private String riskForm(ProjectView project, RiskView current, RiskForm form, FormErrors errors, Model model) {
        model.addAttribute("levels", List.of(Level.values()));
        return form(project, current, form, errors, model, "improvement/risk-form");
    }

    private String visitForm(ProjectView project, VisitView current, VisitForm form, FormErrors errors, Model model) {
        model.addAttribute("audienceOptions", List.of(Audience.values()));
        model.addAttribute("yearGroupOptions", records.yearGroupsTaught(project));
        model.addAttribute(
                "schoolOptions",
                project.schools().stream()
                        .map(s -> Map.entry(String.valueOf(s.id()), s.name()))
                        .toList());
        return form(project, current, form, errors, model, "improvement/visit-form");
    }

    private static String form(
            ProjectView project, Object current, Object form, FormErrors errors, Model model, String view) {
        model.addAttribute("project", project);
        model.addAttribute("current", current);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "hub");
        return view;
    }

    /** Saves, then goes back to the project's part with a confirmation; a refusal shows the form again with it. */
    private String attempt(
            Runnable save,
            Function<FormErrors, String> again,
            ProjectView project,
            String code,
            String anchor,
            Locale locale,
            RedirectAttributes redirect) {
        Optional<Refused> refused = Attempt.of(save);
        if (refused.isPresent()) {
            return again.apply(FormErrors.of(refused.get(), messages, locale));
        }
        return saved(project, code, anchor, locale, redirect);
    }

    private String saved(ProjectView project, String code, String anchor, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("confirmation", messages.getMessage(code, null, locale));
        return "redirect:/improvement/" + project.id() + "#" + anchor;
    }

    private static String back(ProjectView project) {
        return "redirect:/improvement/" + project.id();
    }

    private static int version(String hidden) {
        Long seen = FormValues.version(hidden);
        return seen == null ? -1 : seen.intValue();
    }
}
