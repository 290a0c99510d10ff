package org.hubcycle.delivery.web;

import java.util.Locale;
import org.hubcycle.delivery.internal.Calendars;
import org.hubcycle.delivery.internal.Sessions;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.shared.PublicAddress;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A participant's own sessions, with joining links and gap tasks, and their reports back. Nobody else's. */
@Controller
@PreAuthorize("hasRole('PARTICIPANT')")
class MySessionsController {

    private final Sessions sessions;
    private final Calendars calendars;
    private final Seats seats;
    private final MessageSource messages;
    private final PublicAddress address;

    MySessionsController(
            Sessions sessions, Calendars calendars, Seats seats, MessageSource messages, PublicAddress address) {
        this.address = address;
        this.calendars = calendars;
        this.seats = seats;
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping("/my-sessions")
    String mine(Authentication user, Model model) {
        return page(user, FormErrors.none(), model);
    }

    @PostMapping("/my-sessions/{id}/report")
    String report(
            @PathVariable long id,
            @RequestParam(required = false) String note,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (note == null || note.isBlank() || note.length() > 2000) {
            return page(
                    user,
                    FormErrors.of("note-" + id, messages.getMessage("mySessions.note.required", null, locale)),
                    model);
        }
        try {
            sessions.reportBack(id, user.getName(), note.strip());
        } catch (Refused refused) {
            return page(user, FormErrors.of("note-" + id, refused, messages, locale), model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("mySessions.reported", null, locale));
        return "redirect:/my-sessions";
    }

    private String page(Authentication user, FormErrors errors, Model model) {
        model.addAttribute("sessions", sessions.mine(user.getName()));
        model.addAttribute(
                "feeds",
                seats.ofParticipant(user.getName()).stream()
                        .map(seat -> address.base() + "/calendar/" + calendars.participantToken(seat) + ".ics")
                        .distinct()
                        .toList());
        model.addAttribute("errors", errors);
        model.addAttribute("section", "mySessions");
        return "delivery/my-sessions";
    }
}
