package org.hubcycle.insights.web;

import org.hubcycle.insights.internal.Engagement;
import org.hubcycle.insights.internal.Engagement.Figures;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Engagement as JSON: the same figures and the same scoping as the page. */
@RestController
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN')")
class InsightsApiController {

    private final Engagement engagement;
    private final InsightsScope scope;

    InsightsApiController(Engagement engagement, InsightsScope scope) {
        this.engagement = engagement;
        this.scope = scope;
    }

    @GetMapping("/api/v1/insights/engagement")
    Figures engagement(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member) {
        return engagement.of(scope.year(year), scope.hub(hub, member));
    }
}
