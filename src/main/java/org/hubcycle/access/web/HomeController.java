package org.hubcycle.access.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.access.internal.HubTaskList;
import org.hubcycle.access.internal.Role;
import org.hubcycle.access.security.HubcycleUser;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HeldChanges;
import org.hubcycle.shared.HubTasks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final Clock clock;
    private final Schools schools;
    private final HubTaskList tasks;
    private final HeldChanges held;

    HomeController(Clock clock, Schools schools, HubTaskList tasks, HeldChanges held) {
        this.clock = clock;
        this.schools = schools;
        this.tasks = tasks;
        this.held = held;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal HubcycleUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute(
                "pendingSchool",
                user.pendingSchoolUrn() == null
                        ? null
                        : schools.find(user.pendingSchoolUrn()).orElse(null));
        model.addAttribute("year", AcademicYear.containing(LocalDate.now(clock)).slug());
        model.addAttribute("tasks", tasksOf(user));
        model.addAttribute("held", user.has(Role.NATIONAL_ADMIN) ? held.count() : 0L);
        model.addAttribute("section", "home");
        return "access/home";
    }

    /** What the hub's team has waiting across the cycle, in the cycle's order: only for the hub's lead and staff. */
    private List<HubTasks.Task> tasksOf(HubcycleUser user) {
        if (user.hubId() == null || !(user.has(Role.HUB_LEAD) || user.has(Role.HUB_STAFF))) {
            return List.of();
        }
        return tasks.of(user.hubId());
    }
}
