package org.hubcycle.leadership.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubcycle.leadership.internal.LeadershipTerms.Attendance;
import org.hubcycle.leadership.internal.LlmeRegister;
import org.hubcycle.leadership.internal.NetworkMeetings;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.GovukDate;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hub's LLME network meetings: scheduled and invited by the hub lead, attendance recorded after. Own hub only. */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
class MeetingsController {

    record MeetingForm(
            @NotBlank(message = "{llme.meeting.title.required}") @Size(max = 200, message = "{llme.meeting.title.size}")
            String title,

            String day,
            String month,
            String year,
            String startTime,
            String endTime,

            @Size(max = 300, message = "{llme.meeting.venue.size}")
            String venue,

            @Size(max = 500, message = "{llme.meeting.link.size}")
            String onlineLink,

            @Size(max = 4000, message = "{llme.meeting.agenda.size}")
            String agenda) {}

    private final NetworkMeetings network;
    private final LlmeRegister register;
    private final MessageSource messages;
    private final Outbox outbox;
    private final Clock clock;

    MeetingsController(
            NetworkMeetings network, LlmeRegister register, MessageSource messages, Outbox outbox, Clock clock) {
        this.network = network;
        this.register = register;
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping("/llmes/meetings")
    String meetings(
            @RequestParam(required = false) Integer page, @AuthenticationPrincipal HubMember user, Model model) {
        Page<NetworkMeetings.Meeting> meetings = network.meetings(user.hubId(), PageRequests.page(page));
        model.addAttribute("meetings", meetings);
        model.addAttribute("pagination", Pagination.of(meetings));
        model.addAttribute("section", "llmes");
        return "leadership/meetings";
    }

    @GetMapping("/llmes/meetings/new")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String newMeeting(Locale locale, Model model) {
        return form(
                new MeetingForm(
                        messages.getMessage("llme.meeting.title.default", null, locale),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""),
                FormErrors.none(),
                model);
    }

    @PostMapping("/llmes/meetings/new")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String schedule(
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        LocalDate date = FormValues.date(
                new GovukDate(form.day(), form.month(), form.year()), "day", true, "llme.meeting.date.invalid", result);
        LocalTime start = FormValues.time(form.startTime(), "startTime", "time.start.invalid", result);
        LocalTime end = FormValues.time(form.endTime(), "endTime", "time.end.invalid", result);
        NetworkMeetings.MeetingInput input = new NetworkMeetings.MeetingInput(
                FormValues.blankToNull(form.title()),
                date,
                start,
                end,
                FormValues.blankToNull(form.venue()),
                FormValues.blankToNull(form.onlineLink()),
                FormValues.blankToNull(form.agenda()));
        for (Refused problem : network.problems(input)) {
            result.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
        }
        if (result.hasErrors()) {
            return form(form, FormErrors.of(result, messages, locale), model);
        }
        long id = network.schedule(user.hubId(), input);
        redirect.addFlashAttribute("confirmation", messages.getMessage("llme.meeting.scheduled", null, locale));
        return "redirect:/llmes/meetings/" + id;
    }

    @GetMapping("/llmes/meetings/{id}")
    String meeting(@PathVariable long id, @AuthenticationPrincipal HubMember user, Model model) {
        return meeting(id, FormErrors.none(), user, model);
    }

    @PostMapping("/llmes/meetings/{id}/invitations")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String invite(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> llmeIds,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        network.meeting(id).orElseThrow(() -> new NotFoundException("not-found.meeting"));
        try {
            int invited = network.invite(id, llmeIds == null ? List.of() : llmeIds);
            redirect.addFlashAttribute(
                    "confirmation",
                    messages.getMessage(outbox.wording("llme.meeting.invited"), new Object[] {invited}, locale));
            return "redirect:/llmes/meetings/" + id;
        } catch (Refused refused) {
            return meeting(id, Forms.errors(refused, "llmeIds", messages, locale), user, model);
        }
    }

    @PostMapping("/llmes/meetings/{id}/attendance")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String attendance(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        network.meeting(id).orElseThrow(() -> new NotFoundException("not-found.meeting"));
        Map<Long, Attendance> marks = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("attendance-")) {
                try {
                    marks.put(Long.parseLong(name.substring("attendance-".length())), Attendance.valueOf(value));
                } catch (IllegalArgumentException ignored) {
                    // a tampered field is left out: the mark stays as it was
                }
            }
        });
        try {
            network.recordAttendance(id, marks);
        } catch (Refused refused) {
            return meeting(id, Forms.errors(refused, "attendance", messages, locale), user, model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("llme.meeting.recorded", null, locale));
        return "redirect:/llmes/meetings/" + id;
    }

    private String meeting(long id, FormErrors errors, HubMember user, Model model) {
        NetworkMeetings.Meeting meeting =
                network.meeting(id).orElseThrow(() -> new NotFoundException("not-found.meeting"));
        List<NetworkMeetings.Invitee> invitees = network.invitees(id);
        Set<Long> invited =
                invitees.stream().map(NetworkMeetings.Invitee::llmeId).collect(Collectors.toSet());
        model.addAttribute("meeting", meeting);
        model.addAttribute("invitees", invitees);
        Map<Long, String> uninvited = new LinkedHashMap<>();
        register.current(user.hubId(), AcademicYear.containing(meeting.date())).stream()
                .filter(r -> !invited.contains(r.id()))
                .forEach(r -> uninvited.put(r.id(), r.fullName()));
        model.addAttribute("uninvited", uninvited);
        model.addAttribute("marks", List.of(Attendance.ATTENDED, Attendance.APOLOGIES, Attendance.ABSENT));
        model.addAttribute("started", !meeting.date().isAfter(LocalDate.now(clock)));
        model.addAttribute("errors", errors);
        model.addAttribute("section", "llmes");
        return "leadership/meeting";
    }

    private String form(MeetingForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "llmes");
        return "leadership/meeting-form";
    }
}
