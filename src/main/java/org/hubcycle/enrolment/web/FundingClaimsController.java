package org.hubcycle.enrolment.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hubcycle.enrolment.domain.ClaimStatus;
import org.hubcycle.enrolment.internal.FundingClaims;
import org.hubcycle.enrolment.internal.FundingClaims.ClaimView;
import org.hubcycle.enrolment.internal.FundingClaims.Decision;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.Attempt;
import org.hubcycle.shared.web.CsvDownload;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.GovukDate;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hub's funding claims (ADR 0027): a year's claims by status with their totals and a CSV for the
 * finance office; each claim's page, where the hub lead or staff approve it (in full or for less),
 * return it to the school, or record its payment. Another hub's claim is not found.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
class FundingClaimsController {

    /** What the hub types to decide or pay a claim; each form sends its own fields. */
    record DecisionForm(
            String approved,
            String note,
            String returnNote,
            String paidDay,
            String paidMonth,
            String paidYear,
            String reference) {

        static DecisionForm of(ClaimView claim, LocalDate today) {
            GovukDate paid = GovukDate.of(today);
            return new DecisionForm(
                    FormValues.pounds(claim.claimedPence()), "", "", paid.day(), paid.month(), paid.year(), "");
        }
    }

    private final FundingClaims claims;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    FundingClaimsController(FundingClaims claims, MessageSource messages, Dates dates, Clock clock) {
        this.claims = claims;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/funding")
    String thisYear() {
        return "redirect:/funding/"
                + AcademicYear.containing(LocalDate.now(clock)).slug();
    }

    @GetMapping("/funding/{year}")
    String year(
            @PathVariable AcademicYear year,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal HubMember user,
            Model model) {
        ClaimStatus shown = Arrays.stream(ClaimStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        Set<ClaimStatus> statuses = shown == null ? EnumSet.allOf(ClaimStatus.class) : EnumSet.of(shown);
        Page<ClaimView> list = claims.page(user.hubId(), year, statuses, PageRequests.page(page));
        model.addAttribute("year", year);
        model.addAttribute("previous", year.hasNeighbours() ? year.previous() : null);
        model.addAttribute("next", year.hasNeighbours() ? year.next() : null);
        model.addAttribute("shown", shown);
        model.addAttribute("statuses", List.of(ClaimStatus.values()));
        model.addAttribute("totals", claims.totals(user.hubId(), year));
        model.addAttribute("claims", list);
        model.addAttribute("pagination", Pagination.of(list));
        model.addAttribute("section", "enrolment");
        return "enrolment/claims";
    }

    @GetMapping("/funding/{year}.csv")
    ResponseEntity<String> csv(@PathVariable AcademicYear year, @AuthenticationPrincipal HubMember user) {
        return CsvDownload.of(
                "funding-claims-" + year.slug() + ".csv",
                List.of(
                        "Claim",
                        "Sent",
                        "URN",
                        "School",
                        "Work group",
                        "Entitlement",
                        "Claimed (£)",
                        "What it paid for",
                        "Status",
                        "Approved (£)",
                        "Note",
                        "Paid on",
                        "Payment reference"),
                claims.all(user.hubId(), year).stream()
                        .map(c -> Arrays.<Object>asList(
                                c.id(),
                                dates.dateTime(c.submittedAt()),
                                c.urn(),
                                c.school(),
                                c.workGroup(),
                                c.entitlement(),
                                BigDecimal.valueOf(c.claimedPence(), 2),
                                c.details(),
                                c.status().label(),
                                c.approvedPence() == null ? null : BigDecimal.valueOf(c.approvedPence(), 2),
                                c.note(),
                                c.paidOn() == null ? null : dates.date(c.paidOn()),
                                c.paymentReference()))
                        .toList());
    }

    @GetMapping("/funding/claims/{id}")
    String claim(@PathVariable long id, Model model) {
        Decision decision = claims.decision(id);
        return page(decision, DecisionForm.of(decision.claim(), LocalDate.now(clock)), FormErrors.none(), model);
    }

    @PostMapping("/funding/claims/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) String approved,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String version,
            Authentication who,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Decision decision = claims.decision(id);
        DecisionForm fresh = DecisionForm.of(decision.claim(), LocalDate.now(clock));
        DecisionForm form = new DecisionForm(
                approved, note, "", fresh.paidDay(), fresh.paidMonth(), fresh.paidYear(), fresh.reference());
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        Integer pence = FormValues.blank(approved)
                ? reject(result, "approved", "claim.approved.required")
                : FormValues.pence(
                        approved,
                        SchoolClaimsController.MOST_POUNDS,
                        "approved",
                        "claim.approved.invalid",
                        null,
                        result);
        if (note != null && note.length() > 1000) {
            result.rejectValue("note", "claim.note.size");
        }
        return attempt(
                decision,
                form,
                result,
                () -> claims.approve(id, version(version), pence, FormValues.blankToNull(note), who.getName()),
                "claim.approved",
                locale,
                model,
                redirect);
    }

    @PostMapping("/funding/claims/{id}/return")
    String giveBack(
            @PathVariable long id,
            @RequestParam(required = false) String returnNote,
            @RequestParam(required = false) String version,
            Authentication who,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Decision decision = claims.decision(id);
        DecisionForm fresh = DecisionForm.of(decision.claim(), LocalDate.now(clock));
        DecisionForm form = new DecisionForm(
                fresh.approved(),
                "",
                returnNote,
                fresh.paidDay(),
                fresh.paidMonth(),
                fresh.paidYear(),
                fresh.reference());
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        if (FormValues.blank(returnNote)) {
            result.rejectValue("returnNote", "claim.return.why");
        } else if (returnNote.length() > 1000) {
            result.rejectValue("returnNote", "claim.note.size");
        }
        return attempt(
                decision,
                form,
                result,
                () -> claims.giveBack(id, version(version), FormValues.blankToNull(returnNote), who.getName()),
                "claim.returned",
                locale,
                model,
                redirect);
    }

    @PostMapping("/funding/claims/{id}/paid")
    String paid(
            @PathVariable long id,
            @RequestParam(required = false) String paidDay,
            @RequestParam(required = false) String paidMonth,
            @RequestParam(required = false) String paidYear,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String version,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Decision decision = claims.decision(id);
        DecisionForm form = new DecisionForm(
                FormValues.pounds(decision.claim().claimedPence()), "", "", paidDay, paidMonth, paidYear, reference);
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        LocalDate on = FormValues.date(
                new GovukDate(paidDay, paidMonth, paidYear), "paidDay", true, "claim.paid.date", result);
        if (reference != null && reference.length() > 100) {
            result.rejectValue("reference", "claim.reference.size");
        }
        return attempt(
                decision,
                form,
                result,
                () -> claims.paid(id, version(version), on, FormValues.blankToNull(reference)),
                "claim.paid",
                locale,
                model,
                redirect);
    }

    /** Makes the change once the form is whole; otherwise, or when it is refused, the claim's page again with why. */
    private String attempt(
            Decision decision,
            DecisionForm form,
            BindingResult result,
            Runnable change,
            String done,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(decision, form, FormErrors.of(result, messages, locale), model);
        }
        Optional<Refused> refused = Attempt.of(change);
        if (refused.isPresent()) {
            return page(
                    claims.decision(decision.claim().id()),
                    form,
                    FormErrors.of(refused.get(), messages, locale),
                    model);
        }
        ClaimView claim = decision.claim();
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage(done, new Object[] {claim.school(), claim.entitlement()}, locale));
        return "redirect:/funding/claims/" + claim.id();
    }

    private String page(Decision decision, DecisionForm form, FormErrors errors, Model model) {
        model.addAttribute("claim", decision.claim());
        model.addAttribute("place", decision.place());
        model.addAttribute(
                "line", decision.place().line(decision.claim().entitlement()).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "enrolment");
        return "enrolment/claim";
    }

    private static Integer reject(BindingResult result, String field, String code) {
        result.rejectValue(field, code);
        return null;
    }

    private static Integer version(String hidden) {
        Long version = FormValues.version(hidden);
        return version == null ? null : version.intValue();
    }
}
