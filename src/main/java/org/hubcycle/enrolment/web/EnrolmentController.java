package org.hubcycle.enrolment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hubcycle.catalogue.CatalogueTerms.Allocation;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.WorkGroupAccess;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.enrolment.EnrolmentFigures;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.enrolment.Enrolments.BulkAction;
import org.hubcycle.enrolment.internal.ApplicationPages;
import org.hubcycle.enrolment.internal.ApplicationPages.WorkGroupApplications;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.CsvDownload;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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
 * The hub's side of enrolment: each work group's applications, with eligibility decisions and
 * their reasons, places and waiting lists; the hub lead accepts, waitlists and declines (one or
 * many), overrides an eligibility decision with a reason, withdraws and confirms completion. Own hub only.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
class EnrolmentController {

    private final Enrolments enrolments;
    private final Applications applications;
    private final ApplicationPages pages;
    private final EnrolmentFigures figures;
    private final WorkGroupTerms workGroups;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    EnrolmentController(
            Enrolments enrolments,
            Applications applications,
            EnrolmentFigures figures,
            ApplicationPages pages,
            WorkGroupTerms workGroups,
            MessageSource messages,
            Dates dates,
            Clock clock) {
        this.dates = dates;
        this.enrolments = enrolments;
        this.applications = applications;
        this.figures = figures;
        this.pages = pages;
        this.workGroups = workGroups;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/enrolment")
    String thisYear() {
        return "redirect:/enrolment/"
                + AcademicYear.containing(LocalDate.now(clock)).slug();
    }

    @GetMapping("/enrolment/{year}")
    String year(@PathVariable("year") AcademicYear academicYear, @AuthenticationPrincipal HubMember user, Model model) {
        EnrolmentFigures.Year year = figures.year(user.hubId(), academicYear);
        List<EnrolmentFigures.Money> money = year.money();
        model.addAttribute("year", academicYear);
        model.addAttribute("groups", year.groups());
        model.addAttribute("money", money);
        model.addAttribute("engaged", year.engaged());
        model.addAttribute(
                "fundingTotal",
                Funding.pounds(money.stream()
                        .mapToLong(EnrolmentFigures.Money::fundingPence)
                        .sum()));
        model.addAttribute(
                "chargesTotal",
                Funding.pounds(money.stream()
                        .mapToLong(EnrolmentFigures.Money::chargesPence)
                        .sum()));
        model.addAttribute("section", "enrolment");
        return "enrolment/year";
    }

    @GetMapping("/enrolment/work-groups/{id}")
    String workGroup(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            Authentication user,
            Model model) {
        return workGroup(id, status, page, FormErrors.none(), user, model);
    }

    @PostMapping("/enrolment/work-groups/{id}")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String bulk(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String message,
            Locale locale,
            Authentication user,
            Model model,
            RedirectAttributes redirect) {
        terms(id);
        BulkAction chosen;
        try {
            chosen = BulkAction.valueOf(action);
        } catch (IllegalArgumentException | NullPointerException e) {
            return workGroup(
                    id,
                    null,
                    null,
                    FormErrors.of("action", messages.getMessage("enrolment.bulk.action.required", null, locale)),
                    user,
                    model);
        }
        if (message != null && message.length() > 1000) {
            return workGroup(
                    id,
                    null,
                    null,
                    FormErrors.of("message", messages.getMessage("enrolment.reason.size", null, locale)),
                    user,
                    model);
        }
        try {
            int done = enrolments.bulk(id, ids == null ? List.of() : ids, chosen, message);
            redirect.addFlashAttribute(
                    "confirmation",
                    messages.getMessage("enrolment.bulk." + chosen.name(), new Object[] {done}, locale));
        } catch (Refused refused) {
            return workGroup(id, null, null, FormErrors.of(refused, messages, locale), user, model);
        }
        return "redirect:/enrolment/work-groups/" + id;
    }

    @PostMapping("/enrolment/work-groups/{id}/allocate")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String allocate(
            @PathVariable long id, Locale locale, Authentication user, Model model, RedirectAttributes redirect) {
        try {
            int placed = enrolments.allocateByPriority(id);
            redirect.addFlashAttribute(
                    "confirmation", messages.getMessage("enrolment.allocated", new Object[] {placed}, locale));
        } catch (Refused refused) {
            return workGroup(id, null, null, FormErrors.of("allocate", refused.message(messages, locale)), user, model);
        }
        return "redirect:/enrolment/work-groups/" + id;
    }

    @GetMapping("/enrolment/work-groups/{id}.csv")
    ResponseEntity<String> csv(@PathVariable long id) {
        Terms terms = terms(id);
        return CsvDownload.of(
                terms.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.UK) + "-"
                        + terms.year().slug() + ".csv",
                List.of(
                        "URN",
                        "School",
                        "Status",
                        "Eligible",
                        "Reason code",
                        "Reason",
                        "Override",
                        "FSM %",
                        "Applied",
                        "Applied by",
                        "Withdrawn or declined on",
                        "By",
                        "Late withdrawal",
                        "Participants"),
                applications.allForWorkGroup(id).stream()
                        .map(v -> Arrays.asList(
                                v.urn(),
                                v.schoolName(),
                                v.status().label(),
                                v.eligible() ? "yes" : "no",
                                v.reasonCode(),
                                v.reason(),
                                v.overrideReason(),
                                v.priority(),
                                dates.dateTime(v.appliedAt()),
                                v.appliedBy(),
                                dates.date(v.withdrawnOn()),
                                v.withdrawnBy() == null
                                        ? null
                                        : v.withdrawnBy().name().toLowerCase(Locale.UK),
                                v.lateWithdrawal() ? "yes" : "no",
                                String.join(
                                        "; ",
                                        v.participants().stream()
                                                .map(p -> p.fullName() + " <" + p.email() + "> (" + p.role() + ")")
                                                .toList())))
                        .toList());
    }

    @GetMapping("/enrolment/applications/{id}")
    String application(@PathVariable long id, Model model) {
        return application(id, FormErrors.none(), model);
    }

    @PostMapping("/enrolment/applications/{id}/override")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String override(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                "reason",
                reason,
                () -> enrolments.override(id, reason.strip()),
                "enrolment.overridden",
                locale,
                model,
                redirect);
    }

    @PostMapping("/enrolment/applications/{id}/withdraw")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String withdraw(
            @PathVariable long id,
            @RequestParam(required = false) String withdrawReason,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                "withdrawReason",
                withdrawReason,
                () -> enrolments.withdrawByHub(id, withdrawReason.strip()),
                "enrolment.withdrawn",
                locale,
                model,
                redirect);
    }

    @PostMapping("/enrolment/applications/{id}/decline")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String decline(
            @PathVariable long id,
            @RequestParam(required = false) String message,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                "message",
                message,
                () -> enrolments.decline(id, message.strip()),
                "enrolment.declined",
                locale,
                model,
                redirect);
    }

    @PostMapping("/enrolment/applications/{id}/completion")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String completion(
            @PathVariable long id,
            @RequestParam(required = false) String completed,
            @RequestParam(required = false) String endedEarly,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (!"yes".equals(completed) && !"no".equals(completed)) {
            return application(
                    id,
                    FormErrors.of("completed", messages.getMessage("enrolment.completion.choose", null, locale)),
                    model);
        }
        String early = FormValues.blankToNull(endedEarly);
        if (early != null && early.length() > 1000) {
            return application(
                    id, FormErrors.of("endedEarly", messages.getMessage("enrolment.reason.size", null, locale)), model);
        }
        return act(
                id,
                "completed",
                "given",
                () -> enrolments.complete(id, "yes".equals(completed), early),
                "yes".equals(completed) ? "enrolment.completed" : "enrolment.notCompleted",
                locale,
                model,
                redirect);
    }

    @PostMapping("/enrolment/applications/{id}/correction")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String correct(
            @PathVariable long id,
            @RequestParam(required = false) String correction,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                "correction",
                correction,
                () -> enrolments.correctCompletion(id, correction.strip()),
                "enrolment.corrected",
                locale,
                model,
                redirect);
    }

    private String act(
            long id,
            String field,
            String text,
            Runnable action,
            String done,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Applications.View view =
                applications.find(id).orElseThrow(() -> new NotFoundException("not-found.application"));
        if (text == null || text.isBlank()) {
            return application(
                    id, FormErrors.of(field, messages.getMessage("enrolment.reason.required", null, locale)), model);
        }
        if (text.length() > 1000) {
            return application(
                    id, FormErrors.of(field, messages.getMessage("enrolment.reason.size", null, locale)), model);
        }
        try {
            action.run();
        } catch (Refused refused) {
            return application(
                    id,
                    FormErrors.of(refused.field() == null ? field : refused.field(), refused.message(messages, locale)),
                    model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage(done, new Object[] {view.schoolName()}, locale));
        return "redirect:/enrolment/applications/" + id;
    }

    private String workGroup(
            long id, String status, Integer page, FormErrors errors, Authentication user, Model model) {
        Set<EnrolmentStatus> statuses = EnumSet.noneOf(EnrolmentStatus.class);
        EnrolmentStatus chosen = null;
        if (status != null && !status.isBlank()) {
            try {
                chosen = EnrolmentStatus.valueOf(status);
                statuses.add(chosen);
            } catch (IllegalArgumentException ignored) {
                // an unknown filter shows every application
            }
        }
        WorkGroupApplications shown = pages.ofWorkGroup(id, statuses, PageRequests.page(page));
        model.addAttribute("group", shown.group());
        model.addAttribute("applications", shown.applications());
        model.addAttribute("pagination", Pagination.of(shown.applications()));
        model.addAttribute("statuses", EnrolmentStatus.values());
        model.addAttribute("status", chosen);
        model.addAttribute("counts", shown.counts());
        model.addAttribute("priority", shown.group().allocation() == Allocation.PRIORITY);
        // Asked once for the page, not by a security expression on every row.
        model.addAttribute("decides", WorkGroupAccess.has(user, "ROLE_HUB_LEAD"));
        model.addAttribute("errors", errors);
        model.addAttribute("section", "enrolment");
        return "enrolment/work-group";
    }

    private String application(long id, FormErrors errors, Model model) {
        Applications.View view =
                applications.find(id).orElseThrow(() -> new NotFoundException("not-found.application"));
        model.addAttribute("app", view);
        model.addAttribute("group", terms(view.workGroupId()));
        model.addAttribute(
                "lastSession", enrolments.lastSession(view.workGroupId()).orElse(null));
        model.addAttribute("completionOpen", enrolments.completionOpen(view.workGroupId()));
        model.addAttribute("errors", errors);
        model.addAttribute("section", "enrolment");
        return "enrolment/application";
    }

    private Terms terms(long id) {
        return workGroups.of(id).orElseThrow(() -> new NotFoundException("not-found.work-group"));
    }
}
