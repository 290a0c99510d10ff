package org.hubcycle.delivery.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hubcycle.delivery.internal.Apologies;
import org.hubcycle.delivery.internal.Apology;
import org.hubcycle.delivery.internal.Certificates;
import org.hubcycle.delivery.internal.Certificates.Certificate;
import org.hubcycle.delivery.internal.ParticipantPages;
import org.hubcycle.delivery.internal.ParticipantPages.ParticipantPage;
import org.hubcycle.delivery.internal.Sessions;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.PublicAddress;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.PdfDocuments;
import org.hubcycle.shared.web.PdfDownload;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's own sessions, with joining links and gap tasks, their reports back, their attendance once
 * recorded, and apologies for a session they cannot come to. Nobody else's.
 */
@Controller
@PreAuthorize("hasRole('PARTICIPANT')")
class MySessionsController {

    private final Sessions sessions;
    private final ParticipantPages pages;
    private final Apologies apologies;
    private final MessageSource messages;
    private final PublicAddress address;
    private final Outbox outbox;
    private final Certificates certificates;
    private final PdfDocuments pdf;

    MySessionsController(
            Sessions sessions,
            ParticipantPages pages,
            Apologies apologies,
            MessageSource messages,
            PublicAddress address,
            Outbox outbox,
            Certificates certificates,
            PdfDocuments pdf) {
        this.sessions = sessions;
        this.pages = pages;
        this.apologies = apologies;
        this.messages = messages;
        this.address = address;
        this.outbox = outbox;
        this.certificates = certificates;
        this.pdf = pdf;
    }

    @GetMapping("/my-sessions")
    String mine(Authentication user, Model model) {
        return page(user, FormErrors.none(), model);
    }

    /** A certificate of participation for a place the participant's school completed, as a PDF to keep or print. */
    @GetMapping("/my-sessions/certificates/{participantId}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long participantId, Authentication user) {
        Certificate certificate = certificates.one(user.getName(), participantId);
        return PdfDownload.attachment(
                "certificate-" + certificate.year().slug() + "-" + participantId + ".pdf",
                pdf.render("delivery/certificate-pdf", Map.of("certificates", List.of(certificate))));
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

    @PostMapping("/my-sessions/{id}/apologies")
    String sendApologies(
            @PathVariable long id,
            @RequestParam(required = false) String note,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        String words = note == null || note.isBlank() ? null : note.strip();
        if (words != null && words.length() > 500) {
            return page(
                    user,
                    FormErrors.of(
                            "apologies-" + id, messages.getMessage("mySessions.apologies.note.tooLong", null, locale)),
                    model);
        }
        try {
            Apology sent = apologies.send(id, user.getName(), words);
            return toSession(
                    id,
                    outbox.wording(sent.late() ? "mySessions.apologies.sentLate" : "mySessions.apologies.sent"),
                    user,
                    locale,
                    redirect);
        } catch (Refused refused) {
            return page(user, FormErrors.of("session-" + id, refused, messages, locale), model);
        }
    }

    @PostMapping("/my-sessions/{id}/apologies/withdraw")
    String withdrawApologies(
            @PathVariable long id, Authentication user, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            apologies.withdraw(id, user.getName());
            return toSession(id, "mySessions.apologies.withdrawn", user, locale, redirect);
        } catch (Refused refused) {
            return page(user, FormErrors.of("session-" + id, refused, messages, locale), model);
        }
    }

    /** Back to the session on the participant's page, saying what was done to it. */
    private String toSession(long id, String code, Authentication user, Locale locale, RedirectAttributes redirect) {
        int sequence = sessions.mine(user.getName()).stream()
                .filter(m -> m.session().id() == id)
                .mapToInt(m -> m.session().sequence())
                .findFirst()
                .orElse(0);
        redirect.addFlashAttribute("confirmation", messages.getMessage(code, new Object[] {sequence}, locale));
        return "redirect:/my-sessions#session-" + id;
    }

    private String page(Authentication user, FormErrors errors, Model model) {
        ParticipantPage mine = pages.of(user.getName());
        model.addAttribute("sessions", mine.sessions());
        model.addAttribute("materials", mine.materials());
        model.addAttribute(
                "feeds",
                mine.feedTokens().stream()
                        .map(token -> address.base() + "/calendar/" + token + ".ics")
                        .toList());
        model.addAttribute("certificates", mine.certificates());
        model.addAttribute("errors", errors);
        model.addAttribute("section", "mySessions");
        return "delivery/my-sessions";
    }
}
