package org.hubcycle.access.web;

import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log: national admins see every hub's events, a hub lead only their hub's. */
@Controller
class AuditController {

    private final AccessQueries queries;

    AuditController(AccessQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'HUB_LEAD')")
    String audit(
            @RequestParam(required = false) String type, @RequestParam(required = false) Integer page, Model model) {
        Page<AccessQueries.AuditRow> events = queries.auditLog(type, PageRequests.page(page));
        model.addAttribute("events", events);
        model.addAttribute("pagination", Pagination.of(events));
        model.addAttribute("types", queries.auditTypes());
        model.addAttribute("type", type);
        model.addAttribute("section", "audit");
        return "access/audit";
    }
}
