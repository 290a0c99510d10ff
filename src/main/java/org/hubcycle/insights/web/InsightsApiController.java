package org.hubcycle.insights.web;

import org.hubcycle.insights.internal.Engagement;
import org.hubcycle.insights.internal.Engagement.Figures;
import org.hubcycle.insights.internal.PathwayFigures;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Engagement and the pathways as JSON: the same figures and the same scoping as the page. */
@RestController
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN')")
class InsightsApiController {

    private final Engagement engagement;
    private final PathwayFigures pathway;
    private final InsightsScope scope;

    InsightsApiController(Engagement engagement, PathwayFigures pathway, InsightsScope scope) {
        this.engagement = engagement;
        this.pathway = pathway;
        this.scope = scope;
    }

    @GetMapping("/api/v1/insights/engagement")
    Figures engagement(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member) {
        return engagement.of(scope.year(year), scope.hub(hub, member));
    }

    @GetMapping("/api/v1/insights/pathway")
    PathwayFigures.Figures pathway(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member) {
        return pathway.of(scope.year(year), scope.hub(hub, member));
    }
}
