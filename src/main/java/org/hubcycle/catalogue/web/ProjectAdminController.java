package org.hubcycle.catalogue.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hubcycle.catalogue.CatalogueTerms.Allocation;
import org.hubcycle.catalogue.CatalogueTerms.ChargeBasis;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.catalogue.CatalogueTerms.ProjectType;
import org.hubcycle.catalogue.CatalogueTerms.Section;
import org.hubcycle.catalogue.CatalogueTerms.Stage;
import org.hubcycle.catalogue.EligibilityRule;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.internal.ProjectCode;
import org.hubcycle.catalogue.internal.Projects;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national admin adds and changes project specifications, eligibility rule included. */
@Controller
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class ProjectAdminController {

    record ProjectForm(
            @NotBlank(message = "{project.code.required}") String code,

            @NotBlank(message = "{project.title.required}") @Size(max = 200, message = "{project.title.size}")
            String title,

            List<String> phases,
            String section,

            @Size(max = 200, message = "{project.goal.size}")
            String strategicGoal,

            String type,
            String stage,

            @Size(max = 100, message = "{project.family.size}")
            String family,

            @Size(max = 8000, message = "{project.rationale.size}")
            String rationale,

            @Size(max = 4000, message = "{project.participants.size}")
            String participants,

            @Size(max = 8000, message = "{project.comments.size}")
            String previousComments,

            String outcomesPolicies,
            String outcomesPractice,
            String outcomesProfessionalLearning,
            String outcomesCommunityCulture,
            String outcomesPupilLearning,
            String continuesFrom,
            String ruleCombine,
            List<String> rulePhases,
            String ruleInHub,
            List<String> ruleTypeGroups,
            List<String> ruleOfsted,
            String ruleCompletedFamily,
            String ruleCompletedWindow,
            String ruleCompletedYears,
            String ruleNeverFamily,
            String ruleSpecialist,
            String ruleReplace,
            String allocation,

            @Size(max = 2000, message = "{project.funding.size}")
            String funding,

            String completionSessions,
            String noShowBasis,
            String version) {

        static ProjectForm blank() {
            return new ProjectForm(
                    "",
                    "",
                    List.of(),
                    "EARLY_YEARS_AND_PRIMARY",
                    "",
                    "WORK_GROUP",
                    "DEVELOPMENT",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "ALL",
                    List.of(),
                    "",
                    List.of(),
                    List.of(),
                    "",
                    "EVER",
                    "",
                    "",
                    "",
                    "",
                    "FIRST_COME",
                    "",
                    "",
                    "PER_SCHOOL",
                    "");
        }

        /** The rule's fields, as the rule builder reads them. */
        RuleBuilder.RuleForm rule() {
            return new RuleBuilder.RuleForm(
                    ruleCombine,
                    rulePhases,
                    "yes".equals(ruleInHub),
                    ruleTypeGroups,
                    ruleOfsted,
                    ruleCompletedFamily,
                    ruleCompletedWindow,
                    ruleCompletedYears,
                    ruleNeverFamily,
                    "yes".equals(ruleSpecialist));
        }

        static ProjectForm of(Projects.ProjectInput p) {
            Map<OutcomeArea, List<String>> o = p.outcomes();
            RuleBuilder.RuleForm r = RuleBuilder.formOf(p.eligibility());
            RuleBuilder.RuleForm rule = r == null ? RuleBuilder.RuleForm.empty() : r;
            return new ProjectForm(
                    p.code().value(),
                    p.title(),
                    p.phases().stream().map(Enum::name).toList(),
                    p.section().name(),
                    FormValues.orEmpty(p.strategicGoal()),
                    p.type().name(),
                    p.stage().name(),
                    FormValues.orEmpty(p.family()),
                    FormValues.orEmpty(p.rationale()),
                    FormValues.orEmpty(p.participants()),
                    FormValues.orEmpty(p.previousComments()),
                    lines(o, OutcomeArea.POLICIES),
                    lines(o, OutcomeArea.PRACTICE),
                    lines(o, OutcomeArea.PROFESSIONAL_LEARNING),
                    lines(o, OutcomeArea.COMMUNITY_CULTURE),
                    lines(o, OutcomeArea.PUPIL_LEARNING),
                    FormValues.orEmpty(p.continuesFrom()),
                    rule.combine(),
                    rule.phases(),
                    rule.inHub() ? "yes" : "",
                    rule.typeGroups(),
                    rule.ofsted(),
                    rule.completedFamily(),
                    rule.completedWindow(),
                    rule.completedYears(),
                    rule.neverFamily(),
                    rule.specialist() ? "yes" : "",
                    "",
                    p.allocation().name(),
                    p.funding().lines(),
                    p.completionSessions() == null ? "" : String.valueOf(p.completionSessions()),
                    p.noShowBasis().name(),
                    p.version() == null ? "" : String.valueOf(p.version()));
        }

        String outcomes(OutcomeArea area) {
            return switch (area) {
                case POLICIES -> outcomesPolicies;
                case PRACTICE -> outcomesPractice;
                case PROFESSIONAL_LEARNING -> outcomesProfessionalLearning;
                case COMMUNITY_CULTURE -> outcomesCommunityCulture;
                case PUPIL_LEARNING -> outcomesPupilLearning;
            };
        }

        private static String lines(Map<OutcomeArea, List<String>> outcomes, OutcomeArea area) {
            return String.join("\n", outcomes.getOrDefault(area, List.of()));
        }
    }

    /** One outcome area's textarea: its field name, label and lines. */
    public record AreaField(String name, String label, String value) {}

    private final Projects projects;
    private final Schools schools;
    private final MessageSource messages;

    ProjectAdminController(Projects projects, Schools schools, MessageSource messages) {
        this.projects = projects;
        this.schools = schools;
        this.messages = messages;
    }

    @GetMapping("/projects/new")
    String newProject(Model model) {
        return form(null, ProjectForm.blank(), FormErrors.none(), model);
    }

    @GetMapping("/projects/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Projects.ProjectInput input =
                projects.input(code).orElseThrow(() -> new NotFoundException("not-found.project"));
        return form(code, ProjectForm.of(input), FormErrors.none(), model);
    }

    @PostMapping("/projects/new")
    String create(
            @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult result,
            @RequestParam(required = false) String preview,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return save(null, form, result, preview != null, locale, model, redirect);
    }

    @PostMapping("/projects/{code}/edit")
    String update(
            @PathVariable String code,
            @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult result,
            @RequestParam(required = false) String preview,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        projects.input(code).orElseThrow(() -> new NotFoundException("not-found.project"));
        return save(code, form, result, preview != null, locale, model, redirect);
    }

    /** Saves the project, or (with {@code preview}) shows the rule in plain English first. */
    private String save(
            String existing,
            ProjectForm form,
            BindingResult result,
            boolean preview,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Projects.ProjectInput input = check(existing, form, result);
        if (preview) {
            if (!result.hasFieldErrors("rule*")) {
                model.addAttribute(
                        "rulePreview",
                        EligibilityRule.forSchools(
                                input != null
                                        ? input.eligibility()
                                        : RuleBuilder.build(
                                                form.rule(),
                                                choices(),
                                                new org.springframework.validation.BeanPropertyBindingResult(
                                                        form, "form"))));
            }
            return form(existing, form, FormErrors.of(result, messages, locale), model);
        }
        if (!result.hasErrors()) {
            try {
                String code = Refused.ifRaced("project.changedMeanwhile", () -> projects.save(existing, input));
                redirect.addFlashAttribute(
                        "confirmation", messages.getMessage("project.saved", new Object[] {code}, locale));
                return "redirect:/projects/" + code;
            } catch (Refused refused) {
                result.rejectValue(refused.field(), refused.code(), refused.arguments(), null);
            }
        }
        return form(existing, form, FormErrors.of(result, messages, locale), model);
    }

    private RuleBuilder.Choices choices() {
        Schools.Vocabulary known = schools.vocabulary();
        return new RuleBuilder.Choices(known.phases(), known.typeGroups(), known.ofstedRatings(), projects.families());
    }

    /** The rule the form asks for; a rule the form cannot show is kept unless the admin chose to replace it. */
    private EligibilityRule rule(String existing, ProjectForm f, BindingResult result) {
        EligibilityRule current = existing == null
                ? null
                : projects.input(existing)
                        .map(Projects.ProjectInput::eligibility)
                        .orElse(null);
        if (current != null && RuleBuilder.formOf(current) == null && !"yes".equals(f.ruleReplace())) {
            return current;
        }
        return RuleBuilder.build(f.rule(), choices(), result);
    }

    private Projects.ProjectInput check(String existing, ProjectForm f, BindingResult result) {
        ProjectCode code = null;
        try {
            code = ProjectCode.parse(f.code());
        } catch (IllegalArgumentException e) {
            if (!result.hasFieldErrors("code")) {
                result.rejectValue("code", "project.code.format");
            }
        }
        EnumSet<Phase> phases = EnumSet.noneOf(Phase.class);
        try {
            (f.phases() == null ? List.<String>of() : f.phases()).forEach(p -> phases.add(Phase.valueOf(p)));
        } catch (IllegalArgumentException e) {
            phases.clear();
        }
        if (phases.isEmpty()) {
            result.rejectValue("phases", "project.phases.required");
        }
        EligibilityRule rule = rule(existing, f, result);
        String continuesFrom = null;
        if (f.continuesFrom() != null && !f.continuesFrom().isBlank()) {
            try {
                continuesFrom = ProjectCode.parse(f.continuesFrom()).value();
            } catch (IllegalArgumentException e) {
                result.rejectValue("continuesFrom", "project.continues.format");
            }
        }
        Map<OutcomeArea, List<String>> outcomes = new EnumMap<>(OutcomeArea.class);
        for (OutcomeArea area : OutcomeArea.values()) {
            String text = f.outcomes(area);
            outcomes.put(
                    area,
                    text == null
                            ? List.of()
                            : Arrays.stream(text.split("\\R"))
                                    .map(String::strip)
                                    .map(s -> s.replaceFirst("^[·•*-]\\s*", ""))
                                    .filter(s -> !s.isEmpty())
                                    .toList());
            if (outcomes.get(area).stream().anyMatch(s -> s.length() > 1000)) {
                result.rejectValue("outcomes" + pascal(area), "project.outcome.size");
            }
        }
        Section section = FormValues.choice(Section.class, f.section(), "section", result);
        ProjectType type = FormValues.choice(ProjectType.class, f.type(), "type", result);
        Stage stage = FormValues.choice(Stage.class, f.stage(), "stage", result);
        Allocation allocation = f.allocation() == null || f.allocation().isBlank()
                ? Allocation.FIRST_COME
                : FormValues.choice(Allocation.class, f.allocation(), "allocation", result);
        Funding funding = null;
        try {
            funding = Funding.parse(f.funding());
        } catch (Refused refused) {
            result.rejectValue("funding", refused.code(), refused.arguments(), null);
        }
        Integer completion = null;
        if (f.completionSessions() != null && !f.completionSessions().isBlank()) {
            try {
                completion = Integer.parseInt(f.completionSessions().strip());
                if (completion < 1 || completion > 50) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                result.rejectValue("completionSessions", "project.completion.invalid");
            }
        }
        ChargeBasis basis = f.noShowBasis() == null || f.noShowBasis().isBlank()
                ? ChargeBasis.PER_SCHOOL
                : FormValues.choice(ChargeBasis.class, f.noShowBasis(), "noShowBasis", result);
        if (result.hasErrors()) {
            return null;
        }
        return new Projects.ProjectInput(
                code,
                f.title().strip(),
                phases,
                section,
                FormValues.blankToNull(f.strategicGoal()),
                type,
                stage,
                FormValues.blankToNull(f.family()),
                FormValues.blankToNull(f.rationale()),
                FormValues.blankToNull(f.participants()),
                FormValues.blankToNull(f.previousComments()),
                outcomes,
                continuesFrom,
                rule,
                allocation,
                funding,
                completion,
                basis,
                FormValues.version(f.version()));
    }

    private static String pascal(OutcomeArea area) {
        return Arrays.stream(area.name().toLowerCase(Locale.ROOT).split("_"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .reduce("", String::concat);
    }

    private String form(String existing, ProjectForm form, FormErrors errors, Model model) {
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("sections", Section.values());
        model.addAttribute("types", ProjectType.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("allocations", Allocation.values());
        model.addAttribute("bases", ChargeBasis.values());
        model.addAttribute("choices", choices());
        EligibilityRule current = existing == null
                ? null
                : projects.input(existing)
                        .map(Projects.ProjectInput::eligibility)
                        .orElse(null);
        model.addAttribute(
                "unshownRule",
                current != null && RuleBuilder.formOf(current) == null ? EligibilityRule.forSchools(current) : null);
        model.addAttribute(
                "areas",
                Arrays.stream(OutcomeArea.values())
                        .map(a -> new AreaField("outcomes" + pascal(a), a.label(), form.outcomes(a)))
                        .toList());
        model.addAttribute("section", "projects");
        return "catalogue/project-form";
    }
}
