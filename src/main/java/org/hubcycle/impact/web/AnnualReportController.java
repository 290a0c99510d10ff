package org.hubcycle.impact.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hubcycle.catalogue.WorkGroupAccess;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.impact.internal.AnnualReports;
import org.hubcycle.impact.internal.AnnualReports.ReportView;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.Attempt;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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
 * A hub's annual report of a year, as its team prepares it: the hub lead and staff write its foreword and
 * what the hub plans next and choose the stories it quotes, preview it as the public will read it, and the
 * hub lead publishes it (once the national centre has accepted the year's impact review) or takes it down.
 * The national admin reads it. Another hub's report is not found.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN')")
class AnnualReportController {

    static final int MAX_TEXT = 4000;

    /** What the team types: its words, the stories it quotes, and the version of the report it saw. */
    record ReportForm(
            @Size(max = MAX_TEXT, message = "{impact.annual.foreword.size}")
            String foreword,

            @Size(max = MAX_TEXT, message = "{impact.annual.lookingAhead.size}")
            String lookingAhead,

            List<Long> stories,
            String version) {

        static ReportForm of(ReportView report) {
            return new ReportForm(
                    report.foreword(),
                    report.lookingAhead(),
                    List.copyOf(report.chosen()),
                    String.valueOf(report.version()));
        }

        public Set<Long> chosen() {
            return stories == null ? Set.of() : new LinkedHashSet<>(stories);
        }

        public int seen() {
            Long seen = FormValues.version(version);
            return seen == null ? -1 : seen.intValue();
        }
    }

    private final AnnualReports reports;
    private final ImpactAccess access;
    private final MessageSource messages;

    AnnualReportController(AnnualReports reports, ImpactAccess access, MessageSource messages) {
        this.reports = reports;
        this.access = access;
        this.messages = messages;
    }

    /** The home page's task leads here: the hub's report of the last complete year (the national admin: every hub's reviews). */
    @GetMapping("/impact/annual-report")
    String lastYears(@AuthenticationPrincipal HubMember member) {
        if (member.seesAllHubs()) {
            return "redirect:/impact";
        }
        return "redirect:/impact/" + access.thisYear().previous().slug() + "/"
                + access.own(member).slug() + "/annual-report";
    }

    @GetMapping("/impact/{year}/{slug}/annual-report")
    String view(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Model model) {
        ReportView report = reports.view(access.hub(slug, member), access.within(year));
        return page(report, ReportForm.of(report), FormErrors.none(), member, user, model);
    }

    /** The report as the public will read it, whether or not it is published yet. */
    @GetMapping("/impact/{year}/{slug}/annual-report/preview")
    String preview(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        model.addAttribute("report", reports.view(access.hub(slug, member), access.within(year)));
        model.addAttribute("preview", true);
        return "impact/annual-report";
    }

    @PostMapping("/impact/{year}/{slug}/annual-report")
    String save(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        HubSummary hub = access.hub(slug, member);
        AcademicYear of = access.within(year);
        if (member.seesAllHubs()) {
            throw new AccessDeniedException("The national centre reads annual reports; it does not write them");
        }
        if (result.hasErrors()) {
            return page(reports.view(hub, of), form, FormErrors.of(result, messages, locale), member, user, model);
        }
        Optional<Refused> refused = Attempt.of(() -> reports.save(
                hub,
                of,
                form.seen(),
                FormValues.blankToNull(form.foreword()),
                FormValues.blankToNull(form.lookingAhead()),
                form.chosen(),
                user.getName()));
        return done(hub, of, form, refused, "impact.annual.saved", member, user, locale, model, redirect);
    }

    /** The hub lead publishes the report, or takes it down. */
    @PostMapping("/impact/{year}/{slug}/annual-report/{step:publish|withdraw}")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String publishOrWithdraw(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @PathVariable String step,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        HubSummary hub = access.hub(slug, member);
        AcademicYear of = access.within(year);
        boolean publish = step.equals("publish");
        Optional<Refused> refused = Attempt.of(() -> {
            if (publish) {
                reports.publish(hub, of, version, user.getName());
            } else {
                reports.withdraw(hub, of, version, user.getName());
            }
        });
        String done = publish ? "impact.annual.published" : "impact.annual.withdrawn";
        return done(hub, of, null, refused, done, member, user, locale, model, redirect);
    }

    /** After a change: back to the report with a confirmation, or the page again saying why it was refused. */
    private String done(
            HubSummary hub,
            AcademicYear year,
            ReportForm typed,
            Optional<Refused> refused,
            String confirmation,
            HubMember member,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (refused.isPresent()) {
            ReportView report = reports.view(hub, year);
            return page(
                    report,
                    typed == null ? ReportForm.of(report) : typed,
                    FormErrors.of(refused.get(), messages, locale),
                    member,
                    user,
                    model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage(confirmation, null, locale));
        return "redirect:/impact/" + year.slug() + "/" + hub.slug() + "/annual-report";
    }

    private String page(
            ReportView report, ReportForm form, FormErrors errors, HubMember member, Authentication user, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("writes", !member.seesAllHubs());
        model.addAttribute("publishes", WorkGroupAccess.has(user, "ROLE_HUB_LEAD"));
        model.addAttribute("maxStories", AnnualReports.MAX_STORIES);
        model.addAttribute("section", member.seesAllHubs() ? "hubs" : "hub");
        return "impact/annual-report-form";
    }
}
