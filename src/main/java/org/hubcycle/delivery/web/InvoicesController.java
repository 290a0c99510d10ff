package org.hubcycle.delivery.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hubcycle.delivery.internal.Invoices;
import org.hubcycle.delivery.internal.Invoices.Invoice;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.CsvDownload;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.GovukDate;
import org.hubcycle.shared.web.PdfDocuments;
import org.hubcycle.shared.web.PdfDownload;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
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
 * Invoicing schools for their charges: a school's charges with what is invoiced and what is not, where the hub
 * lead raises an invoice; the year's invoices (and a CSV for the finance office); each invoice, with its PDF,
 * where the hub lead records its payment or cancels it. Hub staff read them. Another hub's are not found.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
class InvoicesController {

    /** What the hub lead types when recording a payment. */
    record PaymentForm(String paidDay, String paidMonth, String paidYear, String reference) {}

    private final Invoices invoices;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    InvoicesController(Invoices invoices, PdfDocuments pdf, MessageSource messages, Dates dates, Clock clock) {
        this.invoices = invoices;
        this.pdf = pdf;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/delivery/charges/{year}/schools/{urn}")
    String school(
            @PathVariable AcademicYear year,
            @PathVariable int urn,
            @AuthenticationPrincipal HubMember user,
            Model model) {
        return school(year, urn, user, null, model);
    }

    @PostMapping("/delivery/charges/{year}/schools/{urn}/invoice")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String raise(
            @PathVariable AcademicYear year,
            @PathVariable int urn,
            @AuthenticationPrincipal HubMember user,
            Authentication who,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            Invoice invoice = invoices.raise(user.hubId(), year, urn, who.getName());
            redirect.addFlashAttribute(
                    "confirmation",
                    messages.getMessage("invoices.raised", new Object[] {invoice.number(), invoice.school()}, locale));
            return "redirect:/delivery/invoices/" + invoice.id();
        } catch (Refused refused) {
            return school(year, urn, user, refused.message(messages, locale), model);
        } catch (DataIntegrityViolationException raced) {
            return school(year, urn, user, messages.getMessage("invoices.raced", null, locale), model);
        }
    }

    @GetMapping("/delivery/charges/{year}/invoices")
    String year(@PathVariable AcademicYear year, @AuthenticationPrincipal HubMember user, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("invoices", invoices.year(user.hubId(), year));
        model.addAttribute("section", "enrolment");
        return "delivery/invoices";
    }

    @GetMapping("/delivery/charges/{year}/invoices.csv")
    ResponseEntity<String> csv(@PathVariable AcademicYear year, @AuthenticationPrincipal HubMember user) {
        return CsvDownload.of(
                "invoices-" + year.slug() + ".csv",
                List.of(
                        "Number",
                        "URN",
                        "School",
                        "Address",
                        "Amount (£)",
                        "Raised on",
                        "Due on",
                        "Status",
                        "Paid on",
                        "Payment reference",
                        "Cancelled because"),
                invoices.year(user.hubId(), year).invoices().stream()
                        .map(i -> Arrays.<Object>asList(
                                i.number(),
                                i.urn(),
                                i.school(),
                                i.address(),
                                BigDecimal.valueOf(i.totalPence(), 2),
                                dates.date(i.raisedOn()),
                                dates.date(i.dueOn()),
                                messages.getMessage("enum.InvoiceStatus." + i.status(), null, Locale.UK),
                                i.paidOn() == null ? null : dates.date(i.paidOn()),
                                i.reference(),
                                i.cancelledReason()))
                        .toList());
    }

    @GetMapping("/delivery/invoices/{id}")
    String invoice(@PathVariable long id, Model model) {
        return page(invoices.one(id), null, FormErrors.none(), model);
    }

    @GetMapping("/delivery/invoices/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Invoice invoice = invoices.one(id);
        return PdfDownload.attachment(
                "invoice-" + invoice.number() + ".pdf", pdf.render("delivery/invoice-pdf", Map.of("invoice", invoice)));
    }

    @PostMapping("/delivery/invoices/{id}/payment")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String paid(
            @PathVariable long id,
            @ModelAttribute("form") PaymentForm form,
            BindingResult result,
            @RequestParam(required = false) String version,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        LocalDate on = FormValues.date(
                new GovukDate(form.paidDay(), form.paidMonth(), form.paidYear()),
                "paidDay",
                true,
                "invoices.paidOn",
                result);
        String reference = FormValues.blankToNull(form.reference());
        if (reference != null && reference.length() > 100) {
            result.rejectValue("reference", "invoices.reference.size");
        }
        if (result.hasErrors()) {
            return page(invoices.one(id), form, FormErrors.of(result, messages, locale), model);
        }
        try {
            Invoice invoice = Refused.ifRaced(
                    "invoices.changed", () -> invoices.paid(id, FormValues.version(version), on, reference));
            redirect.addFlashAttribute(
                    "confirmation", messages.getMessage("invoices.paid", new Object[] {invoice.number()}, locale));
            return "redirect:/delivery/invoices/" + id;
        } catch (Refused refused) {
            return page(invoices.one(id), form, FormErrors.of(refused, messages, locale), model);
        }
    }

    @PostMapping("/delivery/invoices/{id}/cancel")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String cancel(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String version,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        String why = FormValues.blankToNull(reason);
        if (why == null || why.length() > 1000) {
            return page(
                    invoices.one(id),
                    null,
                    FormErrors.of("reason", messages.getMessage("invoices.cancel.reason", null, locale)),
                    model);
        }
        try {
            Invoice invoice =
                    Refused.ifRaced("invoices.changed", () -> invoices.cancel(id, FormValues.version(version), why));
            redirect.addFlashAttribute(
                    "confirmation", messages.getMessage("invoices.cancelled", new Object[] {invoice.number()}, locale));
            return "redirect:/delivery/invoices/" + id;
        } catch (Refused refused) {
            return page(invoices.one(id), null, FormErrors.of("reason", refused, messages, locale), model);
        }
    }

    private String school(AcademicYear year, int urn, HubMember user, String problem, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("school", invoices.school(user.hubId(), year, urn));
        model.addAttribute("problem", problem);
        model.addAttribute("section", "enrolment");
        return "delivery/charges-school";
    }

    private String page(Invoice invoice, PaymentForm typed, FormErrors errors, Model model) {
        GovukDate today = GovukDate.of(LocalDate.now(clock));
        model.addAttribute("invoice", invoice);
        model.addAttribute(
                "form", typed != null ? typed : new PaymentForm(today.day(), today.month(), today.year(), ""));
        model.addAttribute("errors", errors);
        model.addAttribute("section", "enrolment");
        return "delivery/invoice";
    }
}
