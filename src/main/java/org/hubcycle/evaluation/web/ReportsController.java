package org.hubcycle.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.evaluation.internal.EvaluationAccess;
import org.hubcycle.evaluation.internal.EvaluationPages;
import org.hubcycle.evaluation.internal.EvaluationPages.ReportPage;
import org.hubcycle.evaluation.internal.ProgressReports;
import org.hubcycle.evaluation.internal.ProgressReports.ReportView;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.Term;
import org.hubcycle.shared.web.Attempt;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Termly progress reports: a work group's lead writes the term's report over the figures Hubcycle
 * prefills from the records, and submits it; the hub lead accepts it or returns it with a comment.
 * The hub's lead and staff see which reports are missing or late across all its groups.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'WORK_GROUP_LEAD', 'NATIONAL_ADMIN')")
class ReportsController {

    static final int MAX_TEXT = 4000;

    private final ProgressReports reports;
    private final EvaluationPages pages;
    private final EvaluationAccess access;
    private final HubOffers offers;
    private final MessageSource messages;
    private final Clock clock;

    ReportsController(
            ProgressReports reports,
            EvaluationPages pages,
            EvaluationAccess access,
            HubOffers offers,
            MessageSource messages,
            Clock clock) {
        this.reports = reports;
        this.pages = pages;
        this.access = access;
        this.offers = offers;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every work group's reports in a year, with the missing and late ones marked (the hub's lead and staff). */
    @GetMapping("/evaluation/reports")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
    String overview(
            @RequestParam(required = false) AcademicYear year, @AuthenticationPrincipal HubMember member, Model model) {
        AcademicYear chosen = year == null ? AcademicYear.containing(LocalDate.now(clock)) : year;
        model.addAttribute("year", chosen);
        model.addAttribute("rows", reports.overview(offers.briefs(member.hubId(), chosen)));
        model.addAttribute("terms", Term.values());
        model.addAttribute("section", "evaluation");
        return "evaluation/reports";
    }

    @GetMapping("/evaluation/work-groups/{id}/reports/{term}")
    String report(@PathVariable long id, @PathVariable String term, Authentication user, Model model) {
        ReportPage page = pages.report(id, term(term), user);
        ReportView view = page.report();
        return page(page, view.progress(), view.issues(), view.nextSteps(), FormErrors.none(), model);
    }

    @PostMapping("/evaluation/work-groups/{id}/reports/{term}")
    String write(
            @PathVariable long id,
            @PathVariable String term,
            @RequestParam(defaultValue = "") String progress,
            @RequestParam(defaultValue = "") String issues,
            @RequestParam(defaultValue = "") String nextSteps,
            @RequestParam(defaultValue = "save") String action,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        WorkGroupBrief group = access.visible(id, user);
        if (!access.leads(group, user)) {
            throw new NotFoundException("not-found.report");
        }
        Term t = term(term);
        List<String[]> problems = new java.util.ArrayList<>();
        for (String[] field :
                List.of(new String[] {"progress", progress}, new String[] {"issues", issues}, new String[] {
                    "nextSteps", nextSteps
                })) {
            if (field[1].length() > MAX_TEXT) {
                problems.add(new String[] {
                    field[0],
                    messages.getMessage("evaluation.report." + field[0] + ".size", new Object[] {MAX_TEXT}, locale)
                });
            }
        }
        if (!problems.isEmpty()) {
            return page(pages.report(group, t, user), progress, issues, nextSteps, FormErrors.of(problems), model);
        }
        Optional<Refused> refused = Attempt.of(() -> {
            if ("submit".equals(action)) {
                reports.submit(
                        group,
                        t,
                        FormValues.blankToNull(progress),
                        FormValues.blankToNull(issues),
                        FormValues.blankToNull(nextSteps),
                        user.getName());
            } else {
                reports.save(
                        group,
                        t,
                        FormValues.blankToNull(progress),
                        FormValues.blankToNull(issues),
                        FormValues.blankToNull(nextSteps),
                        user.getName());
            }
        });
        if (refused.isPresent()) {
            return page(
                    pages.report(group, t, user),
                    progress,
                    issues,
                    nextSteps,
                    FormErrors.of(refused.get(), messages, locale),
                    model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        "submit".equals(action) ? "evaluation.report.submitted" : "evaluation.report.saved",
                        null,
                        locale));
        return "redirect:/evaluation/work-groups/" + id + "/reports/" + term;
    }

    @PostMapping("/evaluation/work-groups/{id}/reports/{term}/accept")
    String accept(
            @PathVariable long id,
            @PathVariable String term,
            @RequestParam int version,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        WorkGroupBrief group = access.decidedBy(id, user);
        return decided(
                group,
                term,
                user,
                locale,
                model,
                redirect,
                "evaluation.report.accepted",
                () -> reports.accept(group, term(term), version, user.getName()));
    }

    @PostMapping("/evaluation/work-groups/{id}/reports/{term}/return")
    String returnToLead(
            @PathVariable long id,
            @PathVariable String term,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String comment,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        WorkGroupBrief group = access.decidedBy(id, user);
        return decided(
                group,
                term,
                user,
                locale,
                model,
                redirect,
                "evaluation.report.returned",
                () -> reports.returnToLead(group, term(term), version, comment, user.getName()));
    }

    private String decided(
            WorkGroupBrief group,
            String term,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            String done,
            Runnable decision) {
        Optional<Refused> refused = Attempt.of(decision);
        if (refused.isPresent()) {
            ReportPage page = pages.report(group, term(term), user);
            ReportView view = page.report();
            return page(
                    page,
                    view.progress(),
                    view.issues(),
                    view.nextSteps(),
                    FormErrors.of(refused.get(), messages, locale),
                    model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage(done, null, locale));
        return "redirect:/evaluation/work-groups/" + group.id() + "/reports/" + term;
    }

    private String page(
            ReportPage page, String progress, String issues, String nextSteps, FormErrors errors, Model model) {
        model.addAttribute("report", page.report());
        model.addAttribute("progress", progress);
        model.addAttribute("issues", issues);
        model.addAttribute("nextSteps", nextSteps);
        model.addAttribute("errors", errors);
        model.addAttribute("writes", page.writes());
        model.addAttribute("decides", page.decides());
        model.addAttribute("section", "evaluation");
        return "evaluation/report";
    }

    private static Term term(String slug) {
        try {
            return Term.valueOf(slug.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("not-found.report");
        }
    }
}
