package org.hubcycle.shared.web;

import java.time.Duration;
import org.hubcycle.shared.PublicationRetries;
import org.hubcycle.shared.Retention;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy notice and the cookies page, open to anyone from the foot of every page. The periods they state are
 * read from the settings the erasing jobs run on (ADR 0038), so what the notice says is what Hubcycle does.
 */
@Controller
class AboutPages {

    private final Retention retention;
    private final Duration sessionTimeout;

    AboutPages(Retention retention, @Value("${spring.session.timeout}") Duration sessionTimeout) {
        this.retention = retention;
        this.sessionTimeout = sessionTimeout;
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("participantYears", retention.participantYears());
        model.addAttribute("emailDays", retention.emails().toDays());
        model.addAttribute("unconfirmedDays", retention.unconfirmedAccounts().toDays());
        model.addAttribute("unusedYears", retention.unusedAccounts().getYears());
        model.addAttribute("heldAttempts", PublicationRetries.ATTEMPTS);
        return "privacy";
    }

    @GetMapping("/cookies")
    String cookies(Model model) {
        model.addAttribute("sessionHours", sessionTimeout.toHours());
        return "cookies";
    }
}
