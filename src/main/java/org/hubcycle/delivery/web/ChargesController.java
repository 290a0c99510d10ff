package org.hubcycle.delivery.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hubcycle.catalogue.Funding;
import org.hubcycle.delivery.Charges;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.web.Addresses;
import org.hubcycle.shared.web.CsvDownload;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.data.domain.Page;
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
        AcademicYear academicYear = Addresses.year(year);
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
        AcademicYear academicYear = Addresses.year(year);
        return CsvDownload.of("charges-" + academicYear.slug() + ".csv",
                List.of("Date", "Work group", "Session", "URN", "School", "Participant", "Mark", "Charge (£)"),
                charges.all(user.hubId(), academicYear).stream().map(c -> List.<Object>of(c.date(), c.workGroup(), c.session(), c.urn(),
                        c.school(), c.participant(), c.mark().label(), BigDecimal.valueOf(c.pence(), 2))).toList());
    }
}
