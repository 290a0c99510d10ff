package org.hubcycle.insights.web;

import java.util.List;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.insights.internal.Engagement;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.web.CsvDownload;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
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
        // England's lists name every hub's schools: the national admin's alone; hubs see England's totals.
        model.addAttribute("englandLists", member.seesAllHubs());
        model.addAttribute("section", "insights");
        return "insights/engagement";
    }

    /** The schools behind a figure, a page at a time, in the order of their names. */
    @GetMapping("/insights/schools")
    String schools(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) Boolean engaged,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        List<Engagement.Listed> all = engagement.schools(chosen, of, by, group, engaged);
        Pageable pageable = PageRequests.page(page);
        List<Engagement.Listed> slice = all.subList((int) Math.min(pageable.getOffset(), all.size()), (int)
                Math.min(pageable.getOffset() + pageable.getPageSize(), all.size()));
        Page<Engagement.Listed> shown = new PageImpl<>(slice, pageable, all.size());
        model.addAttribute("year", chosen);
        model.addAttribute("hub", of);
        model.addAttribute("by", by);
        model.addAttribute("group", group);
        model.addAttribute("engaged", engaged);
        model.addAttribute("schools", shown);
        model.addAttribute("pagination", Pagination.of(shown));
        model.addAttribute("section", "insights");
        return "insights/schools";
    }

    /** The same list, all of it, as CSV. */
    @GetMapping("/insights/schools.csv")
    ResponseEntity<String> schoolsCsv(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) Boolean engaged,
            @AuthenticationPrincipal HubMember member) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        return CsvDownload.of(
                "schools-" + (of == null ? "england" : of.slug()) + "-" + chosen.slug() + ".csv",
                List.of("URN", "School", "Phase", "Local authority", "Type of school", "Trust", "Engaged in " + chosen),
                engagement.schools(chosen, of, by, group, engaged).stream()
                        .map(l -> List.<Object>of(
                                l.school().urn(),
                                l.school().name(),
                                nonNull(l.school().phase()),
                                nonNull(l.school().localAuthority()),
                                nonNull(l.school().typeGroup()),
                                nonNull(l.school().trust()),
                                l.engaged() ? "Yes" : "No"))
                        .toList());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
