package org.hubcycle.leadership.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hubcycle.leadership.internal.LeadershipTerms.RegisterStatus;
import org.hubcycle.leadership.internal.LeadershipTerms.SpecialistStatus;
import org.hubcycle.leadership.internal.LlmeRegister;
import org.hubcycle.leadership.internal.SpecialistCohorts;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hub's Mastery Specialist cohorts: who trains in each, and when trainees become active specialists. */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
class CohortsController {

    record CohortForm(String phase, String number, AcademicYear startYear) {}

    record SpecialistForm(String llmeId, String status) {}

    private final LlmeRegister register;
    private final SpecialistCohorts cohorts;
    private final MessageSource messages;
    private final Clock clock;

    CohortsController(LlmeRegister register, SpecialistCohorts cohorts, MessageSource messages, Clock clock) {
        this.register = register;
        this.cohorts = cohorts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/llmes/cohorts")
    String cohorts(@AuthenticationPrincipal HubMember user, Model model) {
        return list(new CohortForm("", "", thisYear()), FormErrors.none(), user, model);
    }

    @PostMapping("/llmes/cohorts")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String create(
            @ModelAttribute("form") CohortForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Phase phase = FormValues.choice(Phase.class, form.phase(), "phase", result);
        Integer number = null;
        try {
            number = Integer.parseInt(form.number().strip());
            if (number < 1 || number > 99) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException | NullPointerException e) {
            result.rejectValue("number", "llme.cohort.number.invalid");
        }
        AcademicYear start = Forms.year(form.startYear(), "startYear", true, "llme.cohort.start.required", result);
        if (result.hasErrors()) {
            return list(form, FormErrors.of(result, messages, locale), user, model);
        }
        try {
            long id = cohorts.createCohort(user.hubId(), phase, number, start);
            redirect.addFlashAttribute("confirmation", messages.getMessage("llme.cohort.created", null, locale));
            return "redirect:/llmes/cohorts/" + id;
        } catch (Refused refused) {
            return list(form, Forms.errors(refused, "number", messages, locale), user, model);
        }
    }

    @GetMapping("/llmes/cohorts/{id}")
    String cohort(@PathVariable long id, @AuthenticationPrincipal HubMember user, Model model) {
        return cohort(id, new SpecialistForm("", SpecialistStatus.TRAINEE.name()), FormErrors.none(), user, model);
    }

    @PostMapping("/llmes/cohorts/{id}/specialists")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String addSpecialist(
            @PathVariable long id,
            @ModelAttribute("form") SpecialistForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        cohorts.cohort(id).orElseThrow(() -> new NotFoundException("not-found.cohort"));
        SpecialistStatus status = FormValues.choice(SpecialistStatus.class, form.status(), "status", result);
        Long llmeId = null;
        try {
            llmeId = Long.parseLong(form.llmeId());
        } catch (NumberFormatException e) {
            result.rejectValue("llmeId", "llme.cohort.specialist.required");
        }
        if (result.hasErrors()) {
            return cohort(id, form, FormErrors.of(result, messages, locale), user, model);
        }
        try {
            cohorts.addSpecialist(id, llmeId, status);
        } catch (Refused refused) {
            return cohort(id, form, Forms.errors(refused, "llmeId", messages, locale), user, model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("llme.specialist.added", null, locale));
        return "redirect:/llmes/cohorts/" + id;
    }

    @PostMapping("/llmes/cohorts/{id}/activate")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String activate(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        int activated = cohorts.activateTrainees(id);
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("llme.cohort.activated", new Object[] {activated}, locale));
        return "redirect:/llmes/cohorts/" + id;
    }

    private String list(CohortForm form, FormErrors errors, HubMember user, Model model) {
        model.addAttribute("cohorts", cohorts.cohorts(user.hubId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("years", Forms.years(thisYear()));
        model.addAttribute("section", "llmes");
        return "leadership/cohorts";
    }

    private String cohort(long id, SpecialistForm form, FormErrors errors, HubMember user, Model model) {
        model.addAttribute("cohort", cohorts.cohort(id).orElseThrow(() -> new NotFoundException("not-found.cohort")));
        Map<Long, String> llmes = new LinkedHashMap<>();
        register.register(
                        user.hubId(),
                        new LlmeRegister.Filter(null, null, RegisterStatus.ALL, thisYear()),
                        PageRequest.of(0, 1000))
                .forEach(row -> llmes.put(row.id(), row.fullName()));
        model.addAttribute("llmeChoices", llmes);
        model.addAttribute("statuses", SpecialistStatus.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("year", thisYear());
        model.addAttribute("section", "llmes");
        return "leadership/cohort";
    }

    private AcademicYear thisYear() {
        return AcademicYear.containing(LocalDate.now(clock));
    }
}
