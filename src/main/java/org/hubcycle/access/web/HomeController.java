package org.hubcycle.access.web;

import java.time.Clock;
import java.time.LocalDate;
import org.hubcycle.access.security.HubcycleUser;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.AcademicYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final Clock clock;
    private final Schools schools;

    HomeController(Clock clock, Schools schools) {
        this.clock = clock;
        this.schools = schools;
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
        model.addAttribute("section", "home");
        return "access/home";
    }
}
