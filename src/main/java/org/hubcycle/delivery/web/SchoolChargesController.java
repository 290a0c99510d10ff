package org.hubcycle.delivery.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.delivery.internal.Charges;
import org.hubcycle.delivery.internal.Charges.Charge;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a school is charged for places not used, as its hubs' registers say: each charge, why, whether the
 * hub waived it, and the year's total. A school contact sees only their own school's.
 */
@Controller
@PreAuthorize("hasRole('SCHOOL_CONTACT')")
class SchoolChargesController {

    private final Charges charges;
    private final Schools schools;
    private final Clock clock;

    SchoolChargesController(Charges charges, Schools schools, Clock clock) {
        this.charges = charges;
        this.schools = schools;
        this.clock = clock;
    }

    @GetMapping("/charges")
    String charges(
            @RequestParam(required = false) AcademicYear year, @AuthenticationPrincipal HubMember user, Model model) {
        if (user.schoolUrn() == null) {
            throw new NotFoundException("not-found.school");
        }
        SchoolSummary school =
                schools.find(user.schoolUrn()).orElseThrow(() -> new NotFoundException("not-found.school"));
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
        model.addAttribute(
                "total", Funding.pounds(list.stream().mapToLong(Charge::due).sum()));
        model.addAttribute("section", "applications");
        return "delivery/school-charges";
    }
}
