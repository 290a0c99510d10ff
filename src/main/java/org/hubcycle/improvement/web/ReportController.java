package org.hubcycle.improvement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hubcycle.improvement.domain.ImprovementProject.Report;
import org.hubcycle.improvement.internal.ImprovementProjects;
import org.hubcycle.improvement.internal.ProjectAccess;
import org.hubcycle.improvement.internal.ProjectAccess.Seen;
import org.hubcycle.improvement.internal.ProjectRecords;
import org.hubcycle.improvement.internal.ProjectView;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.Attempt;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.PdfDocuments;
import org.hubcycle.shared.web.PdfDownload;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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
 * A project's final monitoring report (seed 003): its hub's team writes it over the project's records, the
 * hub lead submits it, and the national admin accepts it or returns it with a comment. Its leaders read it.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN', 'LLME', 'WORK_GROUP_LEAD')")
class ReportController {

    record ReportForm(
            @Size(max = 4000, message = "{improvement.report.size}")
            String goodPractice,

            @Size(max = 4000, message = "{improvement.report.size}")
            String differently,

            @Size(max = 4000, message = "{improvement.report.size}")
            String sustainability,

            String action,
            String version) {

        static ReportForm of(ProjectView project) {
            Report r = project.report();
            return new ReportForm(
                    r.goodPractice(), r.differently(), r.sustainability(), null, String.valueOf(project.version()));
        }

        Report report() {
            return new Report(strip(goodPractice), strip(differently), strip(sustainability));
        }

        private static String strip(String words) {
            return FormValues.blankToNull(words == null ? null : words.strip());
        }
    }

    private final ImprovementProjects projects;
    private final ProjectRecords records;
    private final ProjectAccess access;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final Clock clock;

    ReportController(
            ImprovementProjects projects,
            ProjectRecords records,
            ProjectAccess access,
            PdfDocuments pdf,
            MessageSource messages,
            Clock clock) {
        this.projects = projects;
        this.records = records;
        this.access = access;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/improvement/{id}/report")
    String report(@PathVariable long id, Authentication user, Model model) {
        Seen seen = access.read(id, user);
        return page(seen, ReportForm.of(seen.project()), FormErrors.none(), model);
    }

    /** The report as a PDF, laid out from the same fragments as its page, for the hub's board and the national centre. */
    @GetMapping("/improvement/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication user) {
        ProjectView project = access.read(id, user).project();
        return PdfDownload.inline(
                "final-monitoring-report-" + id + ".pdf",
                pdf.render(
                        "improvement/report-pdf",
                        Map.of(
                                "project", project,
                                "coverage", projects.coverage(project),
                                "kpis", records.kpis(project),
                                "risks", records.risks(project),
                                "today", LocalDate.now(clock))));
    }

    @PostMapping("/improvement/{id}/report")
    String write(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Seen seen = access.keep(id, user);
        boolean submit = "submit".equals(form.action());
        if (submit && !seen.lead()) {
            throw new AccessDeniedException("Only the hub lead submits a final monitoring report");
        }
        Report report = form.report();
        if (submit && !result.hasErrors()) {
            requireWritten(report.goodPractice(), "goodPractice", result);
            requireWritten(report.differently(), "differently", result);
            requireWritten(report.sustainability(), "sustainability", result);
        }
        if (result.hasErrors()) {
            return page(seen, form, FormErrors.of(result, messages, locale), model);
        }
        Long opened = FormValues.version(form.version());
        int version = opened == null ? -1 : opened.intValue();
        Optional<Refused> refused = Attempt.of(() -> {
            if (submit) {
                projects.submit(id, version, report, user.getName());
            } else {
                projects.saveReport(id, version, report, user.getName());
            }
        });
        if (refused.isPresent()) {
            return page(access.read(id, user), form, FormErrors.of(refused.get(), messages, locale), model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        submit ? "improvement.report.submitted" : "improvement.report.saved", null, locale));
        return "redirect:/improvement/" + id + "/report";
    }

    @PostMapping("/improvement/{id}/report/accept")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String accept(
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") int version,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return decided(
                id,
                user,
                locale,
                model,
                redirect,
                "improvement.report.accepted",
                () -> projects.accept(id, version, user.getName()));
    }

    @PostMapping("/improvement/{id}/report/return")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String returnToHub(
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String comment,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return decided(
                id,
                user,
                locale,
                model,
                redirect,
                "improvement.report.returned",
                () -> projects.returnToHub(id, version, comment, user.getName()));
    }

    private String decided(
            long id,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            String done,
            Runnable decision) {
        Seen seen = access.read(id, user);
        Optional<Refused> refused = Attempt.of(decision);
        if (refused.isPresent()) {
            return page(
                    access.read(id, user),
                    ReportForm.of(seen.project()),
                    FormErrors.of(refused.get(), messages, locale),
                    model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage(done, null, locale));
        return "redirect:/improvement/" + id + "/report";
    }

    private static void requireWritten(String words, String field, BindingResult result) {
        if (words == null) {
            result.rejectValue(field, "improvement.report." + field + ".required");
        }
    }

    private String page(Seen seen, ReportForm form, FormErrors errors, Model model) {
        ProjectView project = seen.project();
        model.addAttribute("seen", seen);
        model.addAttribute("project", project);
        model.addAttribute("form", form);
        model.addAttribute("writes", seen.team() && project.open());
        model.addAttribute("coverage", projects.coverage(project));
        model.addAttribute("kpis", records.kpis(project));
        model.addAttribute("risks", records.risks(project));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", errors);
        model.addAttribute("section", seen.national() ? "hubs" : "hub");
        return "improvement/report";
    }
}
