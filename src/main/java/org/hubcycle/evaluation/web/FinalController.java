package org.hubcycle.evaluation.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.evaluation.internal.EvaluationAccess;
import org.hubcycle.evaluation.internal.FinalEvaluations;
import org.hubcycle.evaluation.internal.FinalEvaluations.FinalView;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.Attempt;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.PdfDocuments;
import org.hubcycle.shared.web.PdfDownload;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A work group's final evaluation: its lead writes a narrative per outcome area, recommendations and
 * chooses quotable comments over the prefilled figures; the hub lead accepts or returns it. Anyone who
 * may see the group's evaluation may download it as a PDF, laid out from the same fragment as the page.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'WORK_GROUP_LEAD', 'NATIONAL_ADMIN')")
class FinalController {

    static final int MAX_TEXT = 4000;

    private final FinalEvaluations evaluations;
    private final EvaluationAccess access;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    FinalController(FinalEvaluations evaluations, EvaluationAccess access, PdfDocuments pdf, MessageSource messages) {
        this.evaluations = evaluations;
        this.access = access;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/evaluation/work-groups/{id}/final")
    String view(@PathVariable long id, Authentication user, Model model) {
        FinalView view = evaluations.view(access.visible(id, user));
        return page(view, view.narratives(), view.recommendations(), List.of(), FormErrors.none(), user, model);
    }

    @GetMapping("/evaluation/work-groups/{id}/final.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication user) {
        FinalView view = evaluations.view(access.visible(id, user));
        return PdfDownload.inline(
                "final-evaluation-" + id + ".pdf", pdf.render("evaluation/final-pdf", Map.of("evaluation", view)));
    }

    @PostMapping("/evaluation/work-groups/{id}/final")
    String write(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        WorkGroupBrief group = access.visible(id, user);
        if (!access.leads(group, user)) {
            throw new NotFoundException("not-found.report");
        }
        Map<OutcomeArea, String> narratives = new EnumMap<>(OutcomeArea.class);
        List<String[]> problems = new ArrayList<>();
        for (OutcomeArea area : OutcomeArea.values()) {
            String text = form.getFirst("area-" + area.name());
            if (text != null && !text.isBlank()) {
                narratives.put(area, text.strip());
                if (text.length() > MAX_TEXT) {
                    problems.add(new String[] {
                        "area-" + area.name(),
                        messages.getMessage(
                                "evaluation.final.narrative.size", new Object[] {area.label(), MAX_TEXT}, locale)
                    });
                }
            }
        }
        String recommendations = form.getFirst("recommendations");
        if (recommendations != null && recommendations.length() > MAX_TEXT) {
            problems.add(new String[] {
                "recommendations",
                messages.getMessage("evaluation.final.recommendations.size", new Object[] {MAX_TEXT}, locale)
            });
        }
        List<Integer> chosen = form.getOrDefault("quote", List.of()).stream()
                .filter(q -> q.matches("\\d{1,4}"))
                .map(Integer::valueOf)
                .toList();
        FinalView current = evaluations.view(group);
        if (!problems.isEmpty()) {
            return page(current, narratives, recommendations, chosen, FormErrors.of(problems), user, model);
        }
        String rec = FormValues.blankToNull(recommendations);
        boolean submit = "submit".equals(form.getFirst("action"));
        Optional<Refused> refused = Attempt.of(() -> {
            if (submit) {
                evaluations.submit(group, narratives, rec, chosen, user.getName());
            } else {
                evaluations.save(group, narratives, rec, chosen, user.getName());
            }
        });
        if (refused.isPresent()) {
            return page(
                    evaluations.view(group),
                    narratives,
                    recommendations,
                    chosen,
                    FormErrors.of(refused.get(), messages, locale),
                    user,
                    model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(submit ? "evaluation.report.submitted" : "evaluation.report.saved", null, locale));
        return "redirect:/evaluation/work-groups/" + id + "/final";
    }

    @PostMapping("/evaluation/work-groups/{id}/final/accept")
    String accept(
            @PathVariable long id,
            @RequestParam int version,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        WorkGroupBrief group = access.decidedBy(id, user);
        return decided(
                group,
                user,
                locale,
                model,
                redirect,
                "evaluation.report.accepted",
                () -> evaluations.accept(group, version, user.getName()));
    }

    @PostMapping("/evaluation/work-groups/{id}/final/return")
    String returnToLead(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String comment,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        WorkGroupBrief group = access.decidedBy(id, user);
        return decided(
                group,
                user,
                locale,
                model,
                redirect,
                "evaluation.report.returned",
                () -> evaluations.returnToLead(group, version, comment, user.getName()));
    }

    private String decided(
            WorkGroupBrief group,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            String done,
            Runnable decision) {
        Optional<Refused> refused = Attempt.of(decision);
        if (refused.isEmpty()) {
            redirect.addFlashAttribute("confirmation", messages.getMessage(done, null, locale));
            return "redirect:/evaluation/work-groups/" + group.id() + "/final";
        }
        FinalView view = evaluations.view(group);
        return page(
                view,
                view.narratives(),
                view.recommendations(),
                List.of(),
                FormErrors.of(refused.get(), messages, locale),
                user,
                model);
    }

    private String page(
            FinalView view,
            Map<OutcomeArea, String> narratives,
            String recommendations,
            List<Integer> chosen,
            FormErrors errors,
            Authentication user,
            Model model) {
        model.addAttribute("evaluation", view);
        model.addAttribute("narratives", narratives);
        model.addAttribute("recommendations", recommendations);
        model.addAttribute(
                "chosen",
                chosen.isEmpty()
                        ? view.quotes().stream()
                                .map(q ->
                                        String.valueOf(view.figures().quotable().indexOf(q)))
                                .toList()
                        : chosen.stream().map(String::valueOf).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("writes", view.editable() && access.leads(view.group(), user));
        model.addAttribute("decides", access.hubLead(view.group(), user));
        model.addAttribute("section", "evaluation");
        return "evaluation/final";
    }
}
