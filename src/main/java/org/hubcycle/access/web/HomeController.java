package org.hubcycle.access.web;

import org.hubcycle.access.security.HubcycleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal HubcycleUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("section", "home");
        return "access/home";
    }
}
