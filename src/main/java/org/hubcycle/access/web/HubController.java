package org.hubcycle.access.web;

import org.hubcycle.access.accounts.TeamMembers;
import org.hubcycle.access.security.HubcycleUser;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of hubs (national) and a hub's own page: its team and recent activity (that hub's staff). */
@Controller
class HubController {

    private final Hubs hubs;
    private final AccessQueries queries;

    HubController(Hubs hubs, AccessQueries queries) {
        this.hubs = hubs;
        this.queries = queries;
    }

    @GetMapping("/hubs")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String hubs(@RequestParam(required = false) Integer page, Model model) {
        Page<HubSummary> result = hubs.list(PageRequests.page(page));
        model.addAttribute("hubs", result);
        model.addAttribute("coverage", hubs.coverage());
        model.addAttribute("pagination", Pagination.of(result));
        model.addAttribute("section", "hubs");
        return "access/hubs";
    }

    @GetMapping("/hubs/{slug}")
    @PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'HUB_LEAD', 'HUB_STAFF')")
    String hub(
            @PathVariable String slug,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal HubcycleUser user,
            Model model) {
        HubSummary hub = hubs.getBySlug(slug);
        HubScope.requireVisible(hub.id());
        Page<AccessQueries.TeamMember> team =
                queries.team(hub.id(), TeamMembers.Remover.of(user), PageRequests.page(page));
        model.addAttribute("hub", hub);
        model.addAttribute("profile", hubs.profile(hub.id()));
        model.addAttribute("team", team);
        model.addAttribute("pagination", Pagination.of(team));
        model.addAttribute("recent", queries.recentForHub(hub.id(), 10).getContent());
        model.addAttribute("section", "hub");
        return "access/hub";
    }
}
