package org.hubcycle.catalogue.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hubcycle.catalogue.CatalogueTerms.Section;
import org.hubcycle.catalogue.WorkGroupAccess;
import org.hubcycle.catalogue.internal.Innovation;
import org.hubcycle.catalogue.internal.ProjectCode;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.context.MessageSource;
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

/** Hubs propose local innovation work groups; the national admin decides. A hub sees only its own proposals. */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN')")
class InnovationController {

    static final int COST_LINES = 6;

    record ProposalForm(
            @NotBlank(message = "{innovation.title.required}") @Size(max = 200, message = "{innovation.title.size}")
            String title,

            String year,
            List<String> phases,

            @NotBlank(message = "{innovation.rationale.required}") @Size(max = 8000, message = "{innovation.long.size}")
            String rationale,

            @NotBlank(message = "{innovation.objectives.required}")
            @Size(max = 4000, message = "{innovation.medium.size}")
            String objectives,

            @NotBlank(message = "{innovation.schedule.required}")
            @Size(max = 4000, message = "{innovation.medium.size}")
            String schedule,

            @NotBlank(message = "{innovation.evaluation.required}")
            @Size(max = 4000, message = "{innovation.medium.size}")
            String evaluation,

            List<String> costDescriptions,
            List<String> costAmounts,
            String version) {

        static ProposalForm blank(AcademicYear year) {
            List<String> empty = new ArrayList<>();
            for (int i = 0; i < COST_LINES; i++) {
                empty.add("");
            }
            return new ProposalForm("", year.slug(), List.of(), "", "", "", "", empty, empty, "");
        }

        String description(int i) {
            return costDescriptions == null || i >= costDescriptions.size() ? "" : costDescriptions.get(i);
        }

        String amount(int i) {
            return costAmounts == null || i >= costAmounts.size() ? "" : costAmounts.get(i);
        }
    }

    /** One costing row of the form, numbered from 1 for ids. */
    public record CostRow(int number, String description, String amount) {}

    private final Innovation innovation;
    private final MessageSource messages;
    private final Clock clock;

    InnovationController(Innovation innovation, MessageSource messages, Clock clock) {
        this.innovation = innovation;
        this.messages = messages;
        this.clock = clock;
    }

    /** The menu item lit: the national admin's own item; a hub team reaches proposals from its offer. */
    @ModelAttribute("section")
    String section(Authentication user) {
        return user != null && WorkGroupAccess.has(user, "ROLE_NATIONAL_ADMIN") ? "innovation" : "offer";
    }

    @GetMapping("/innovation")
    String list(@RequestParam(required = false) Integer page, Model model) {
        var proposals = innovation.list(PageRequests.page(page));
        model.addAttribute("proposals", proposals);
        model.addAttribute("pagination", Pagination.of(proposals));
        return "catalogue/innovation";
    }

    @GetMapping("/innovation/new")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String newProposal(Model model) {
        return form(
                ProposalForm.blank(AcademicYear.containing(LocalDate.now(clock)).next()), FormErrors.none(), model);
    }

    @PostMapping("/innovation/new")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String submit(
            @Valid @ModelAttribute("form") ProposalForm form,
            BindingResult result,
            Authentication authentication,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return save(null, form, result, authentication, locale, model, redirect);
    }

    @GetMapping("/innovation/{id}/edit")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String edit(@PathVariable long id, Model model) {
        Innovation.ProposalView p = innovation.find(id).orElseThrow(() -> new NotFoundException("not-found.proposal"));
        if ("APPROVED".equals(p.status())) {
            throw new NotFoundException("not-found.proposal-to-change");
        }
        List<String> descriptions = new ArrayList<>();
        List<String> amounts = new ArrayList<>();
        for (int i = 0; i < COST_LINES; i++) {
            descriptions.add(i < p.costs().size() ? p.costs().get(i).description() : "");
            amounts.add(
                    i < p.costs().size() ? FormValues.pounds(p.costs().get(i).amountPence()) : "");
        }
        ProposalForm form = new ProposalForm(
                p.title(),
                p.year().slug(),
                p.phaseCodes(),
                p.rationale(),
                p.objectives(),
                p.schedule(),
                p.evaluation(),
                descriptions,
                amounts,
                String.valueOf(p.version()));
        model.addAttribute("id", id);
        return form(form, FormErrors.none(), model);
    }

    @PostMapping("/innovation/{id}/edit")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String revise(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProposalForm form,
            BindingResult result,
            Authentication authentication,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        innovation.find(id).orElseThrow(() -> new NotFoundException("not-found.proposal"));
        model.addAttribute("id", id);
        return save(id, form, result, authentication, locale, model, redirect);
    }

    private String save(
            Long id,
            ProposalForm form,
            BindingResult result,
            Authentication authentication,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        AcademicYear year = null;
        try {
            year = AcademicYear.parse(form.year());
        } catch (IllegalArgumentException e) {
            result.rejectValue("year", "innovation.year.invalid");
        }
        EnumSet<Phase> phases = EnumSet.noneOf(Phase.class);
        (form.phases() == null ? List.<String>of() : form.phases()).forEach(p -> {
            Phase phase = FormValues.choice(Phase.class, p, "phases", result);
            if (phase != null) {
                phases.add(phase);
            }
        });
        if (phases.isEmpty() && !result.hasFieldErrors("phases")) {
            result.rejectValue("phases", "innovation.phases.required");
        }
        List<Innovation.Cost> costs = costs(form, result);
        if (result.hasErrors()) {
            return form(form, FormErrors.of(result, messages, locale), model);
        }
        if (id == null) {
            id = innovation.submit(
                    ((HubMember) authentication.getPrincipal()).hubId(),
                    year,
                    form.title().strip(),
                    phases,
                    form.rationale().strip(),
                    form.objectives().strip(),
                    form.schedule().strip(),
                    form.evaluation().strip(),
                    costs,
                    authentication.getName());
        } else {
            long revised = id;
            try {
                Refused.ifRaced(
                        "innovation.changedMeanwhile",
                        () -> innovation.revise(
                                revised,
                                FormValues.version(form.version()),
                                form.title().strip(),
                                phases,
                                form.rationale().strip(),
                                form.objectives().strip(),
                                form.schedule().strip(),
                                form.evaluation().strip(),
                                costs,
                                authentication.getName()));
            } catch (Refused refused) {
                return form(form, FormErrors.of(refused, messages, locale), model);
            }
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("innovation.submitted", null, locale));
        return "redirect:/innovation/" + id;
    }

    @GetMapping("/innovation/{id}")
    String proposal(@PathVariable long id, Model model) {
        model.addAttribute(
                "proposal", innovation.find(id).orElseThrow(() -> new NotFoundException("not-found.proposal")));
        model.addAttribute("sections", Section.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "catalogue/innovation-proposal";
    }

    @PostMapping("/innovation/{id}/decision")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String decide(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String catalogueSection,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(required = false) String version,
            Authentication authentication,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        innovation.find(id).orElseThrow(() -> new NotFoundException("not-found.proposal"));
        Innovation.Verdict verdict = switch (decision) {
            case "approve" -> Innovation.Verdict.APPROVE;
            case "decline" -> Innovation.Verdict.DECLINE;
            default -> null;
        };
        Section section = FormValues.blank(catalogueSection) ? null : choice(Section.class, catalogueSection);
        ProjectCode projectCode = null;
        try {
            projectCode = ProjectCode.parse(code);
        } catch (IllegalArgumentException notACode) {
            // the use case says so if approving needs it
        }
        try {
            ProjectCode asCode = projectCode;
            Optional<String> created = Refused.ifRaced(
                    "innovation.decide.changed",
                    () -> innovation.decide(
                            id,
                            FormValues.version(version),
                            verdict,
                            section,
                            asCode,
                            FormValues.blankToNull(comment),
                            authentication.getName()));
            redirect.addFlashAttribute(
                    "confirmation",
                    created.map(c -> messages.getMessage("innovation.approved", new Object[] {c}, locale))
                            .orElseGet(() -> messages.getMessage("innovation.declined", null, locale)));
        } catch (Refused refused) {
            return refuse(id, refused, locale, model);
        }
        return "redirect:/innovation/" + id;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private String refuse(long id, Refused refused, Locale locale, Model model) {
        model.addAttribute("errors", FormErrors.of(refused, messages, locale));
        return proposal(id, model);
    }

    private static List<Innovation.Cost> costs(ProposalForm form, BindingResult result) {
        List<Innovation.Cost> costs = new ArrayList<>();
        for (int i = 0; i < COST_LINES; i++) {
            String description = form.description(i).strip();
            String amount = form.amount(i).strip();
            if (description.isEmpty() && amount.isEmpty()) {
                continue;
            }
            if (description.isEmpty()) {
                result.rejectValue(
                        "costDescriptions", "innovation.cost.description.required", new Object[] {i + 1}, null);
                continue;
            }
            if (description.length() > 200) {
                result.rejectValue("costDescriptions", "innovation.cost.description.size", new Object[] {i + 1}, null);
                continue;
            }
            Integer pence = amount.isEmpty()
                    ? null
                    : FormValues.pence(
                            amount,
                            1_000_000,
                            "costAmounts",
                            "innovation.cost.amount.invalid",
                            new Object[] {i + 1},
                            result);
            if (amount.isEmpty()) {
                result.rejectValue("costAmounts", "innovation.cost.amount.invalid", new Object[] {i + 1}, null);
            } else if (pence != null) {
                costs.add(new Innovation.Cost(description, pence));
            }
        }
        if (costs.isEmpty() && !result.hasFieldErrors("costDescriptions") && !result.hasFieldErrors("costAmounts")) {
            result.rejectValue("costDescriptions", "innovation.cost.required");
        }
        return costs;
    }

    private String form(ProposalForm form, FormErrors errors, Model model) {
        List<CostRow> rows = new ArrayList<>();
        for (int i = 0; i < COST_LINES; i++) {
            rows.add(new CostRow(i + 1, form.description(i), form.amount(i)));
        }
        model.addAttribute("form", form);
        model.addAttribute("costRows", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("phases", Phase.values());
        return "catalogue/innovation-form";
    }
}
