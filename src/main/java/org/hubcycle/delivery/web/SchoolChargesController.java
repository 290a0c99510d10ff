package org.hubcycle.delivery.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.delivery.internal.Charges;
import org.hubcycle.delivery.internal.Charges.Charge;
import org.hubcycle.delivery.internal.Invoices;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.PdfDocuments;
import org.hubcycle.shared.web.PdfDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a school is charged for places not used, as its hubs' registers say: each charge, why, whether the
 * hub waived it, and the year's total. A school contact sees only their own school's.
 */
@Controller
@PreAuthorize("hasRole('SCHOOL_CONTACT')")
class SchoolChargesController {

    private final Charges charges;
    private final Invoices invoices;
    private final Schools schools;
    private final PdfDocuments pdf;
    private final Clock clock;

    SchoolChargesController(Charges charges, Invoices invoices, Schools schools, PdfDocuments pdf, Clock clock) {
        this.charges = charges;
        this.invoices = invoices;
        this.schools = schools;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/charges")
    String charges(
            @RequestParam(required = false) AcademicYear year, @AuthenticationPrincipal HubMember user, Model model) {
        SchoolSummary school =
                schools.find(schoolOf(user)).orElseThrow(() -> new NotFoundException("not-found.school"));
        AcademicYear current = AcademicYear.containing(LocalDate.now(clock));
        AcademicYear shown = year == null || year.startYear() > current.startYear() ? current : year;
        if (!shown.hasNeighbours()) {
            throw new NotFoundException("not-found.page");
        }
        List<Charge> list = charges.forSchool(school.urn(), shown);
        model.addAttribute("school", school);
        model.addAttribute("year", shown);
        model.addAttribute("previous", shown.previous());
        model.addAttribute("next", shown.equals(current) ? null : shown.next());
        model.addAttribute("charges", list);
        model.addAttribute("invoices", invoices.forSchool(school.urn(), shown));
        model.addAttribute(
                "total", Funding.pounds(list.stream().mapToLong(Charge::due).sum()));
        model.addAttribute("section", "applications");
        return "delivery/school-charges";
    }

    /** One of the school's invoices, from any hub; another school's is not found. */
    @GetMapping("/charges/invoices/{id}")
    String invoice(@PathVariable long id, @AuthenticationPrincipal HubMember user, Model model) {
        model.addAttribute("invoice", invoices.forSchool(schoolOf(user), id));
        model.addAttribute("forSchool", true);
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("section", "applications");
        return "delivery/invoice";
    }

    @GetMapping("/charges/invoices/{id}.pdf")
    ResponseEntity<byte[]> invoicePdf(@PathVariable long id, @AuthenticationPrincipal HubMember user) {
        Invoices.Invoice invoice = invoices.forSchool(schoolOf(user), id);
        return PdfDownload.attachment(
                "invoice-" + invoice.number() + ".pdf", pdf.render("delivery/invoice-pdf", Map.of("invoice", invoice)));
    }

    private static int schoolOf(HubMember user) {
        if (user.schoolUrn() == null) {
            throw new NotFoundException("not-found.school");
        }
        return user.schoolUrn();
    }
}
