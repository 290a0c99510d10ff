package org.hubcycle.delivery.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.hubcycle.delivery.internal.HubSessions;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The hub's sessions month by month, across all its work groups: for its lead and staff to plan rooms and cover. */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
class HubSessionsController {

    private final HubSessions sessions;
    private final Clock clock;

    HubSessionsController(HubSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping("/delivery/sessions")
    String month(@RequestParam(required = false) String month, @AuthenticationPrincipal HubMember user, Model model) {
        YearMonth shown = month(month);
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("sessions", sessions.month(user.hubId(), shown));
        model.addAttribute("section", "enrolment");
        return "delivery/hub-sessions";
    }

    /** The month asked for as {@code 2026-12}, this month when none is; a month that is not one, or far off, is not found. */
    private YearMonth month(String typed) {
        YearMonth now = YearMonth.now(clock);
        if (typed == null || typed.isBlank()) {
            return now;
        }
        try {
            YearMonth asked = YearMonth.parse(typed);
            if (Math.abs(asked.getYear() - now.getYear()) <= 20) {
                return asked;
            }
        } catch (DateTimeParseException e) {
            // not found below
        }
        throw new NotFoundException("not-found.page");
    }
}
