package org.hubcycle.delivery.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.WorkGroupAccess;
import org.hubcycle.delivery.internal.Calendars;
import org.hubcycle.delivery.internal.DeliveryTerms.Format;
import org.hubcycle.delivery.internal.DeliveryTerms.Length;
import org.hubcycle.delivery.internal.DeliveryTerms.Mark;
import org.hubcycle.delivery.internal.Sessions;
import org.hubcycle.delivery.internal.Sessions.SessionInput;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.delivery.internal.WorkGroupPages;
import org.hubcycle.delivery.internal.WorkGroupPages.WorkGroupPage;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.PublicAddress;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.GovukDate;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A work group's sessions and registers. The group's leads (and their hub lead) plan and move
 * sessions and take registers; hub staff see them. A work group lead reaches only the groups they
 * lead: any other is not found.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'WORK_GROUP_LEAD')")
class SessionsController {

    record SessionForm(
            String day,
            String month,
            String year,
            String startTime,
            String endTime,
            String length,
            String format,

            @Size(max = 200, message = "{session.venue.size}")
            String venue,

            @Size(max = 300, message = "{session.address.size}")
            String address,

            @Size(max = 500, message = "{session.link.size}")
            String joiningLink,

            @Size(max = 4000, message = "{session.agenda.size}")
            String agenda,

            @Size(max = 2000, message = "{session.task.size}")
            String task,

            String dueDay,
            String dueMonth,
            String dueYear,

            @Size(max = 500, message = "{session.bring.size}")
            String taskBring,

            String confirmDate,
            String version) {

        static SessionForm blank() {
            return new SessionForm(
                    "", "", "", "", "", "FULL_DAY", "IN_PERSON", "", "", "", "", "", "", "", "", "", "", "");
        }

        static SessionForm of(SessionView s) {
            GovukDate date = GovukDate.of(s.date());
            GovukDate due = GovukDate.of(s.taskDue());
            return new SessionForm(
                    date.day(),
                    date.month(),
                    date.year(),
                    time(s.start()),
                    time(s.end()),
                    s.length().name(),
                    s.format().name(),
                    FormValues.orEmpty(s.venue()),
                    FormValues.orEmpty(s.address()),
                    FormValues.orEmpty(s.joiningLink()),
                    FormValues.orEmpty(s.agenda()),
                    FormValues.orEmpty(s.task()),
                    due.day(),
                    due.month(),
                    due.year(),
                    FormValues.orEmpty(s.taskBring()),
                    "",
                    String.valueOf(s.version()));
        }

        private static String time(LocalTime t) {
            return t == null ? "" : t.toString();
        }
    }

    private final Sessions sessions;
    private final Calendars calendars;
    private final WorkGroupAccess access;
    private final WorkGroupPages pages;
    private final MessageSource messages;
    private final Outbox outbox;
    private final PublicAddress address;
    private final Clock clock;

    SessionsController(
            Sessions sessions,
            Calendars calendars,
            WorkGroupAccess access,
            WorkGroupPages pages,
            MessageSource messages,
            Outbox outbox,
            PublicAddress address,
            Clock clock) {
        this.address = address;
        this.access = access;
        this.pages = pages;
        this.calendars = calendars;
        this.clock = clock;
        this.sessions = sessions;
        this.messages = messages;
        this.outbox = outbox;
    }

    @GetMapping("/delivery/work-groups/{id}")
    String sessions(@PathVariable long id, Authentication user, Model model) {
        WorkGroupPage page = pages.of(id, user);
        model.addAttribute("group", page.group());
        model.addAttribute("sessions", page.sessions());
        model.addAttribute("materials", page.materials());
        model.addAttribute("canChange", page.canChange());
        model.addAttribute("certificatesReady", page.certificatesReady());
        model.addAttribute("feed", address.base() + "/calendar/" + calendars.workGroupToken(page.group()) + ".ics");
        model.addAttribute("section", WorkGroupAccess.has(user, "ROLE_WORK_GROUP_LEAD") ? "leading" : "enrolment");
        return "delivery/sessions";
    }

    /** The group's participants with their contacts, and what each reported back on each gap task: for its leads and hub. */
    @GetMapping("/delivery/work-groups/{id}/participants")
    String participants(@PathVariable long id, Authentication user, Model model) {
        WorkGroupBrief group = access.require(id, user, false);
        model.addAttribute("group", group);
        model.addAttribute("roster", sessions.roster(id));
        model.addAttribute("section", WorkGroupAccess.has(user, "ROLE_WORK_GROUP_LEAD") ? "leading" : "enrolment");
        return "delivery/participants";
    }

    @GetMapping("/delivery/work-groups/{id}/sessions/new")
    String newSession(@PathVariable long id, Authentication user, Model model) {
        return form(access.require(id, user, true), null, SessionForm.blank(), FormErrors.none(), model);
    }

    @PostMapping("/delivery/work-groups/{id}/sessions/new")
    String plan(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SessionForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        WorkGroupBrief group = access.require(id, user, true);
        SessionInput input = check(form, result);
        if (result.hasErrors()) {
            return form(group, null, form, FormErrors.of(result, messages, locale), model);
        }
        try {
            sessions.plan(id, input);
        } catch (Refused refused) {
            return refused(group, null, form, refused, locale, model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("session.planned", null, locale));
        return "redirect:/delivery/work-groups/" + id;
    }

    @GetMapping("/delivery/sessions/{id}/edit")
    String edit(@PathVariable long id, Authentication user, Model model) {
        SessionView session = sessions.find(id).orElseThrow(() -> new NotFoundException("not-found.session"));
        return form(
                access.require(session.workGroupId(), user, true),
                id,
                SessionForm.of(session),
                FormErrors.none(),
                model);
    }

    @PostMapping("/delivery/sessions/{id}/edit")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SessionForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        SessionView session = sessions.find(id).orElseThrow(() -> new NotFoundException("not-found.session"));
        WorkGroupBrief group = access.require(session.workGroupId(), user, true);
        SessionInput input = check(form, result);
        if (result.hasErrors()) {
            return form(group, id, form, FormErrors.of(result, messages, locale), model);
        }
        boolean moved;
        try {
            moved = Refused.ifRaced(
                    "session.changedMeanwhile", () -> sessions.change(id, FormValues.version(form.version()), input));
        } catch (Refused refused) {
            return refused(group, id, form, refused, locale, model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(moved ? outbox.wording("session.moved") : "session.changed", null, locale));
        return "redirect:/delivery/work-groups/" + group.id();
    }

    @PostMapping("/delivery/sessions/{id}/cancel")
    String cancel(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        SessionView session = sessions.find(id).orElseThrow(() -> new NotFoundException("not-found.session"));
        WorkGroupBrief group = access.require(session.workGroupId(), user, true);
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            return form(
                    group,
                    id,
                    SessionForm.of(session),
                    FormErrors.of("reason", messages.getMessage("session.cancel.reason", null, locale)),
                    model);
        }
        try {
            sessions.cancel(id, reason.strip());
        } catch (Refused refused) {
            return form(group, id, SessionForm.of(session), FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage(outbox.wording("session.cancelled"), null, locale));
        return "redirect:/delivery/work-groups/" + group.id();
    }

    /** A refused session: an unusual date asks the lead to confirm it. */
    private String refused(
            WorkGroupBrief group, Long id, SessionForm form, Refused refused, Locale locale, Model model) {
        model.addAttribute(
                "askConfirm",
                refused.code().startsWith("session.date.") && !refused.code().equals("session.date.farOutside"));
        return form(group, id, form, FormErrors.of(refused, messages, locale), model);
    }

    @GetMapping("/delivery/sessions/{id}/register")
    String register(@PathVariable long id, Authentication user, Model model) {
        return register(id, FormErrors.none(), user, model);
    }

    @PostMapping("/delivery/sessions/{id}/register")
    String record(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Sessions.Register register =
                sessions.register(id).orElseThrow(() -> new NotFoundException("not-found.session"));
        access.require(register.group().id(), user, true);
        Map<Long, Mark> marks = new HashMap<>();
        boolean all = params.containsKey("all");
        for (Sessions.Line line : register.lines()) {
            String value = params.get("mark-" + line.participantId());
            if (value != null && !value.isBlank()) {
                try {
                    marks.put(line.participantId(), Mark.valueOf(value));
                } catch (IllegalArgumentException e) {
                    return register(
                            id,
                            FormErrors.of(
                                    "mark-" + line.participantId(),
                                    messages.getMessage(
                                            "register.mark.choose", new Object[] {line.fullName()}, locale)),
                            user,
                            model);
                }
            }
        }
        try {
            sessions.record(id, marks, all, user.getName());
        } catch (Refused refused) {
            return register(id, FormErrors.of(refused, messages, locale), user, model);
        }
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage(all ? "register.allPresent" : "register.saved", null, locale));
        return "redirect:/delivery/sessions/" + id + "/register";
    }

    private String register(long id, FormErrors errors, Authentication user, Model model) {
        Sessions.Register register =
                sessions.register(id).orElseThrow(() -> new NotFoundException("not-found.session"));
        access.require(register.group(), user, true);
        model.addAttribute("register", register);
        model.addAttribute("marks", Mark.values());
        model.addAttribute("open", !register.session().date().isAfter(LocalDate.now(clock)));
        model.addAttribute("errors", errors);
        model.addAttribute("section", "leading");
        return "delivery/register";
    }

    private String form(WorkGroupBrief group, Long id, SessionForm form, FormErrors errors, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("lengths", Length.values());
        model.addAttribute("formats", Format.values());
        model.addAttribute("section", "leading");
        return "delivery/session-form";
    }

    private SessionInput check(SessionForm f, BindingResult result) {
        LocalDate date = FormValues.date(
                new GovukDate(f.day(), f.month(), f.year()), "day", true, "session.date.invalid", result);
        LocalTime start = FormValues.time(f.startTime(), "startTime", "time.start.invalid", result);
        LocalTime end = FormValues.time(f.endTime(), "endTime", "time.end.invalid", result);
        Length length = FormValues.choice(Length.class, f.length(), "length", result);
        Format format = FormValues.choice(Format.class, f.format(), "format", result);
        LocalDate due = FormValues.date(
                new GovukDate(f.dueDay(), f.dueMonth(), f.dueYear()),
                "dueDay",
                false,
                "session.task.due.invalid",
                result);
        SessionInput input = new SessionInput(
                date,
                start,
                end,
                length,
                format,
                FormValues.blankToNull(f.venue()),
                FormValues.blankToNull(f.address()),
                format == Format.ONLINE ? FormValues.blankToNull(f.joiningLink()) : null,
                FormValues.blankToNull(f.agenda()),
                FormValues.blankToNull(f.task()),
                due,
                FormValues.blankToNull(f.taskBring()),
                "yes".equals(f.confirmDate()));
        for (Refused problem : input.problems()) {
            if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
            }
        }
        return result.hasErrors() ? null : input;
    }
}
