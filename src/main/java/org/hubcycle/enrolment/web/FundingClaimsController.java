package org.hubcycle.enrolment.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

    /** What the hub types to decide or pay a claim; each of the page's forms sends its own fields. */
    record DecisionForm(
            String approved,

            @Size(max = 1000, message = "{claim.note.size}") String note,

            @Size(max = 1000, message = "{claim.note.size}") String returnNote,

            String paidDay,
            String paidMonth,
            String paidYear,

            @Size(max = 100, message = "{claim.reference.size}")
            String reference,

            String version) {

        /** As typed, with what the other forms start from where this one did not send a field. */
        DecisionForm filled(ClaimView claim, LocalDate today) {
            GovukDate paid = paidDay == null ? GovukDate.of(today) : new GovukDate(paidDay, paidMonth, paidYear);
            return new DecisionForm(
                    approved == null ? FormValues.pounds(claim.claimedPence()) : approved,
                    note,
                    returnNote,
                    paid.day(),
                    paid.month(),
                    paid.year(),
                    reference,
                    version);
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
        return page(
                claims.decision(id),
                new DecisionForm(null, null, null, null, null, null, null, null),
                FormErrors.none(),
                model);
    }

    @PostMapping("/funding/claims/{id}/approve")
    String approve(
            @PathVariable long id,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult result,
            Authentication who,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Integer pence = FormValues.blank(form.approved())
                ? reject(result, "approved", "claim.approved.required")
                : FormValues.pence(
                        form.approved(),
                        SchoolClaimsController.MOST_POUNDS,
                        "approved",
                        "claim.approved.invalid",
                        null,
                        result);
        return attempt(
                id,
                form,
                result,
                () -> claims.approve(
                        id, version(form.version()), pence, FormValues.blankToNull(form.note()), who.getName()),
                "claim.approved",
                locale,
                model,
                redirect);
    }

    @PostMapping("/funding/claims/{id}/return")
    String giveBack(
            @PathVariable long id,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult result,
            Authentication who,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (FormValues.blank(form.returnNote())) {
            result.rejectValue("returnNote", "claim.return.why");
        }
        return attempt(
                id,
                form,
                result,
                () -> claims.giveBack(
                        id, version(form.version()), FormValues.blankToNull(form.returnNote()), who.getName()),
                "claim.returned",
                locale,
                model,
                redirect);
    }

    @PostMapping("/funding/claims/{id}/paid")
    String paid(
            @PathVariable long id,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = FormValues.date(
                new GovukDate(form.paidDay(), form.paidMonth(), form.paidYear()),
                "paidDay",
                true,
                "claim.paid.date",
                result);
        return attempt(
                id,
                form,
                result,
                () -> claims.paid(id, version(form.version()), on, FormValues.blankToNull(form.reference())),
                "claim.paid",
                locale,
                model,
                redirect);
    }

    /** Makes the change once the form is whole; otherwise, or when it is refused, the claim's page again with why. */
    private String attempt(
            long id,
            DecisionForm form,
            BindingResult result,
            Runnable change,
            String done,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Decision decision = claims.decision(id);
        if (result.hasErrors()) {
            return page(decision, form, FormErrors.of(result, messages, locale), model);
        }
        Optional<Refused> refused = Attempt.of(change);
        if (refused.isPresent()) {
            return page(claims.decision(id), form, FormErrors.of(refused.get(), messages, locale), model);
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
        model.addAttribute("form", form.filled(decision.claim(), LocalDate.now(clock)));
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
