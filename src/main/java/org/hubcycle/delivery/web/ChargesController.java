package org.hubcycle.delivery.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hubcycle.catalogue.CatalogueTerms.ChargeBasis;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.delivery.internal.Charges;
import org.hubcycle.delivery.internal.Invoices;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.CsvDownload;
import org.hubcycle.shared.web.FormErrors;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A hub's charges for late cancellations and no-shows in a year, on a page and as CSV. Own hub only. */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
class ChargesController {

    private final Charges charges;
    private final Invoices invoices;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    ChargesController(Charges charges, Invoices invoices, MessageSource messages, Dates dates, Clock clock) {
        this.charges = charges;
        this.invoices = invoices;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/delivery/charges")
    String thisYear() {
        return "redirect:/delivery/charges/"
                + AcademicYear.containing(LocalDate.now(clock)).slug();
    }

    @GetMapping("/delivery/charges/{year}")
    String charges(
            @PathVariable AcademicYear year,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal HubMember user,
            Model model) {
        return page(year, page, user, FormErrors.none(), model);
    }

    @PostMapping("/delivery/charges/{year}/waive")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String waive(
            @PathVariable("year") AcademicYear academicYear,
            @RequestParam long session,
            @RequestParam int urn,
            @RequestParam long participant,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal HubMember user,
            Authentication who,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        String field = "reason-" + session + "-" + urn + "-" + participant;
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            return page(
                    academicYear,
                    null,
                    user,
                    FormErrors.of(field, messages.getMessage("charges.waive.reason", null, locale)),
                    model);
        }
        try {
            charges.waive(user.hubId(), session, urn, participant, reason.strip(), who.getName());
        } catch (Refused refused) {
            return page(academicYear, null, user, FormErrors.of(field, refused.message(messages, locale)), model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("charges.waived", null, locale));
        return "redirect:/delivery/charges/" + academicYear.slug();
    }

    private String page(AcademicYear year, Integer page, HubMember user, FormErrors errors, Model model) {
        Charges.Year charged = charges.year(user.hubId(), year);
        Page<Charges.Charge> list = PageRequests.slice(charged.charges(), page);
        model.addAttribute("year", year);
        model.addAttribute("charges", list);
        model.addAttribute("pagination", Pagination.of(list));
        model.addAttribute("bySchool", charged.bySchool());
        model.addAttribute("invoicedAs", invoices.invoicedAs(user.hubId(), year));
        model.addAttribute("total", Funding.pounds(charged.totalPence()));
        model.addAttribute("errors", errors);
        model.addAttribute("section", "enrolment");
        return "delivery/charges";
    }

    @GetMapping("/delivery/charges/{year}.csv")
    ResponseEntity<String> csv(
            @PathVariable("year") AcademicYear academicYear, @AuthenticationPrincipal HubMember user) {
        return CsvDownload.of(
                "charges-" + academicYear.slug() + ".csv",
                List.of(
                        "Date",
                        "Work group",
                        "Session",
                        "URN",
                        "School",
                        "Who",
                        "Mark",
                        "Charged",
                        "Charge (£)",
                        "Waived because"),
                charges.year(user.hubId(), academicYear).charges().stream()
                        .map(c -> Arrays.<Object>asList(
                                dates.date(c.date()),
                                c.workGroup(),
                                c.session(),
                                c.urn(),
                                c.school(),
                                c.who(),
                                c.mark().label(),
                                c.basis() == ChargeBasis.PER_SCHOOL ? "per school" : "per participant",
                                BigDecimal.valueOf(c.pence(), 2),
                                c.waived()))
                        .toList());
    }
}
