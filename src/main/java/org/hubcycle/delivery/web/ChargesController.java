package org.hubcycle.delivery.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.delivery.Charges;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A hub's charges for late cancellations and no-shows in a year, on a page and as CSV. Own hub only. */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
class ChargesController {

    private final Charges charges;
    private final Clock clock;

    ChargesController(Charges charges, Clock clock) {
        this.charges = charges;
        this.clock = clock;
    }

    @GetMapping("/delivery/charges")
    String thisYear() {
        return "redirect:/delivery/charges/" + AcademicYear.containing(LocalDate.now(clock)).slug();
    }

    @GetMapping("/delivery/charges/{year}")
    String charges(@PathVariable String year, @RequestParam(required = false) Integer page, @AuthenticationPrincipal HubMember user,
                   Model model) {
        AcademicYear academicYear = parse(year);
        Page<Charges.Charge> list = charges.list(user.hubId(), academicYear, PageRequests.page(page));
        model.addAttribute("year", academicYear);
        model.addAttribute("charges", list);
        model.addAttribute("pagination", Pagination.of(list));
        model.addAttribute("total", Funding.pounds(charges.total(user.hubId(), academicYear)));
        model.addAttribute("section", "enrolment");
        return "delivery/charges";
    }

    @GetMapping("/delivery/charges/{year}.csv")
    ResponseEntity<String> csv(@PathVariable String year, @AuthenticationPrincipal HubMember user) {
        AcademicYear academicYear = parse(year);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("Date", "Work group", "Session", "URN", "School", "Participant", "Mark", "Charge (£)").get())) {
            for (Charges.Charge c : charges.all(user.hubId(), academicYear)) {
                csv.printRecord(c.date(), c.workGroup(), c.session(), c.urn(), c.school(), c.participant(), c.mark().label(),
                        BigDecimal.valueOf(c.pence(), 2));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("charges-" + academicYear.slug() + ".csv")
                        .build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString());
    }

    private static AcademicYear parse(String year) {
        try {
            return AcademicYear.parse(year);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Academic year");
        }
    }
}
