package org.hubcycle.insights.web;

import org.hubcycle.insights.internal.Engagement;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Engagement in a year: a hub's beside England's for its team, England's or any hub's for the national admin. */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN')")
class InsightsController {

    private final Engagement engagement;
    private final InsightsScope scope;

    InsightsController(Engagement engagement, InsightsScope scope) {
        this.engagement = engagement;
        this.scope = scope;
    }

    @GetMapping("/insights")
    String engagement(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        model.addAttribute("figures", engagement.of(scope.year(year), scope.hub(hub, member)));
        model.addAttribute("section", "insights");
        return "insights/engagement";
    }
}
