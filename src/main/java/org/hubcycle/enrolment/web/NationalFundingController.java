package org.hubcycle.enrolment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.enrolment.domain.ClaimStatus;
import org.hubcycle.enrolment.internal.FundingClaims;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The national centre's view of funding claims (ADR 0027): each hub's claims of a year, waiting, approved
 * and paid, with England's totals. Totals only: a school's claim stays with its hub.
 */
@Controller
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class NationalFundingController {

    private final FundingClaims claims;
    private final Clock clock;

    NationalFundingController(FundingClaims claims, Clock clock) {
        this.claims = claims;
        this.clock = clock;
    }

    @GetMapping("/funding/hubs")
    String hubs(@RequestParam(required = false) AcademicYear year, Model model) {
        AcademicYear shown = year != null ? year : AcademicYear.containing(LocalDate.now(clock));
        if (!shown.hasNeighbours()) {
            throw new NotFoundException("not-found.academic-year");
        }
        model.addAttribute("year", shown);
        model.addAttribute("national", claims.national(shown));
        model.addAttribute("statuses", List.of(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, ClaimStatus.PAID));
        model.addAttribute("section", "hubs");
        return "enrolment/claims-by-hub";
    }
}
