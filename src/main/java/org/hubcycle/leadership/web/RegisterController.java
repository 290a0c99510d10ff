package org.hubcycle.leadership.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hubcycle.leadership.internal.LeadershipTerms.RegisterStatus;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.leadership.internal.LeadershipTerms.SpecialistStatus;
import org.hubcycle.leadership.internal.LlmeDepartures;
import org.hubcycle.leadership.internal.LlmeRegister;
import org.hubcycle.leadership.internal.LlmeRegister.RoleInput;
import org.hubcycle.leadership.internal.LlmeRemoval;
import org.hubcycle.leadership.internal.SpecialistCohorts;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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

/**
 * The hub's LLME register: its staff see it; its lead adds LLMEs and their roles, records that one has left (and
 * brings them back), and takes an entry added by mistake off it. Own hub only.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
class RegisterController {

    /** A role as typed: everything a string until checked. */
    record RoleForm(
            String role,
            AcademicYear fromYear,
            AcademicYear toYear,
            String cohortId,
            String status,
            @Size(max = 200, message = "{llme.detail.size}") String detail,
            String accreditedDay,
            String accreditedMonth,
            String accreditedYear) {

        static RoleForm blank(AcademicYear year) {
            return new RoleForm("", year, null, "", "", "", "", "", "");
        }
    }

    /** A new LLME: one of the hub's people, by email, with their first role. */
    record NewLlmeForm(
            @NotBlank(message = "{llme.email.required}") @Email(message = "{llme.email.format}")
            String email,

            String role,
            AcademicYear fromYear,
            AcademicYear toYear,
            String cohortId,
            String status,
            @Size(max = 200, message = "{llme.detail.size}") String detail,
            String accreditedDay,
            String accreditedMonth,
            String accreditedYear) {

        RoleForm roleForm() {
            return new RoleForm(
                    role, fromYear, toYear, cohortId, status, detail, accreditedDay, accreditedMonth, accreditedYear);
        }
    }

    private final LlmeRegister register;
    private final LlmeRemoval removal;
    private final LlmeDepartures departures;
    private final SpecialistCohorts cohorts;
    private final MessageSource messages;
    private final Clock clock;

    RegisterController(
            LlmeRegister register,
            LlmeRemoval removal,
            LlmeDepartures departures,
            SpecialistCohorts cohorts,
            MessageSource messages,
            Clock clock) {
        this.register = register;
        this.removal = removal;
        this.departures = departures;
        this.cohorts = cohorts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/llmes")
    String register(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model) {
        List<AcademicYear> years = Forms.years(thisYear());
        List<String[]> problems = new ArrayList<>();
        RoleType chosenRole = parse(RoleType.class, role);
        if (chosenRole == null && role != null && !role.isBlank()) {
            problems.add(new String[] {"role", messages.getMessage("llme.filter.role.invalid", null, locale)});
        }
        RegisterStatus chosenStatus = parse(RegisterStatus.class, status);
        if (chosenStatus == null && status != null && !status.isBlank()) {
            problems.add(new String[] {"status", messages.getMessage("llme.filter.status.invalid", null, locale)});
        }
        AcademicYear chosenYear = thisYear();
        if (year != null && !year.isBlank()) {
            chosenYear = years.stream()
                    .filter(y -> y.slug().equals(year.strip()))
                    .findFirst()
                    .orElse(null);
            if (chosenYear == null) {
                problems.add(new String[] {
                    "year",
                    messages.getMessage(
                            "llme.filter.year.invalid",
                            new Object[] {years.get(years.size() - 1), years.get(0)},
                            locale)
                });
                chosenYear = thisYear();
            }
        }
        model.addAttribute("errors", problems.isEmpty() ? FormErrors.none() : FormErrors.of(problems));
        LlmeRegister.Filter filter = new LlmeRegister.Filter(
                q, chosenRole, chosenStatus == null ? RegisterStatus.CURRENT : chosenStatus, chosenYear);
        LlmeRegister.RegisterPage shown = register.page(user.hubId(), filter, PageRequests.page(page));
        model.addAttribute("rows", shown.rows());
        model.addAttribute("pagination", Pagination.of(shown.rows()));
        model.addAttribute("filter", filter);
        model.addAttribute("active", shown.active());
        model.addAttribute("years", years);
        model.addAttribute("roleTypes", RoleType.values());
        model.addAttribute("statuses", RegisterStatus.values());
        model.addAttribute("section", "llmes");
        return "leadership/register";
    }

    @GetMapping("/llmes/new")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String newLlme(@AuthenticationPrincipal HubMember user, Model model) {
        RoleForm role = RoleForm.blank(thisYear());
        return newForm(
                new NewLlmeForm("", role.role(), role.fromYear(), null, "", "", "", "", "", ""),
                FormErrors.none(),
                user,
                model);
    }

    @PostMapping("/llmes/new")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String add(
            @Valid @ModelAttribute("form") NewLlmeForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        RoleInput input = role(form.roleForm(), result);
        if (result.hasErrors()) {
            return newForm(form, FormErrors.of(result, messages, locale), user, model);
        }
        try {
            long id = register.add(user.hubId(), form.email(), input);
            redirect.addFlashAttribute("confirmation", messages.getMessage("llme.added", null, locale));
            return "redirect:/llmes/" + id;
        } catch (Refused refused) {
            return newForm(form, Forms.errors(refused, "email", messages, locale), user, model);
        }
    }

    @GetMapping("/llmes/{id}")
    String profile(@PathVariable long id, @AuthenticationPrincipal HubMember user, Model model) {
        return profile(id, RoleForm.blank(thisYear()), FormErrors.none(), user, model);
    }

    @PostMapping("/llmes/{id}/roles")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String addRole(
            @PathVariable long id,
            @Valid @ModelAttribute("form") RoleForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        register.profile(id).orElseThrow(() -> new NotFoundException("not-found.llme"));
        RoleInput input = role(form, result);
        if (result.hasErrors()) {
            return profile(id, form, FormErrors.of(result, messages, locale), user, model);
        }
        try {
            register.addRole(id, input);
        } catch (Refused refused) {
            return profile(id, form, Forms.errors(refused, "role", messages, locale), user, model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        "llme.role.added", new Object[] {input.role().label()}, locale));
        return "redirect:/llmes/" + id;
    }

    @PostMapping("/llmes/{id}/roles/{roleId}/end")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String endRole(
            @PathVariable long id,
            @PathVariable long roleId,
            @RequestParam(required = false) String lastYear,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        register.profile(id)
                .filter(p -> p.roles().stream().anyMatch(r -> r.id() == roleId))
                .orElseThrow(() -> new NotFoundException("not-found.role"));
        AcademicYear last = lastYear == null || lastYear.isBlank() ? thisYear() : Forms.year(lastYear, thisYear());
        try {
            register.endRole(roleId, last);
        } catch (Refused refused) {
            return profile(
                    id, RoleForm.blank(thisYear()), FormErrors.of("roles", refused, messages, locale), user, model);
        }
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("llme.role.ended", new Object[] {last.toString()}, locale));
        return "redirect:/llmes/" + id;
    }

    @GetMapping("/llmes/{id}/leave")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String departure(@PathVariable long id, Model model) {
        return departure(id, FormErrors.none(), model);
    }

    @PostMapping("/llmes/{id}/leave")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String leave(@PathVariable long id, Authentication user, Locale locale, Model model, RedirectAttributes redirect) {
        String left;
        try {
            left = departures.leave(id, user.getName());
        } catch (Refused refused) {
            return departure(id, FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("llme.left", new Object[] {left}, locale));
        return "redirect:/llmes/" + id;
    }

    @PostMapping("/llmes/{id}/return")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String bringBack(
            @PathVariable long id,
            Authentication authentication,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        String back;
        try {
            back = departures.bringBack(id, authentication.getName());
        } catch (Refused refused) {
            return profile(
                    id, RoleForm.blank(thisYear()), FormErrors.of("return", refused, messages, locale), user, model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("llme.returned", new Object[] {back}, locale));
        return "redirect:/llmes/" + id;
    }

    @GetMapping("/llmes/{id}/remove")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String removal(@PathVariable long id, Model model) {
        return removal(id, FormErrors.none(), model);
    }

    @PostMapping("/llmes/{id}/remove")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String remove(@PathVariable long id, Authentication user, Locale locale, Model model, RedirectAttributes redirect) {
        String removed;
        try {
            removed = removal.remove(id, user.getName());
        } catch (Refused refused) {
            return removal(id, FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("llme.removed", new Object[] {removed}, locale));
        return "redirect:/llmes";
    }

    /** Checks a role's fields and builds it; business rules (the cohort's phase, say) are the register's. */
    static RoleInput role(RoleForm f, BindingResult result) {
        RoleType type = FormValues.choice(RoleType.class, f.role(), "role", result);
        AcademicYear from = Forms.year(f.fromYear(), "fromYear", true, "llme.role.from.required", result);
        AcademicYear to = Forms.year(f.toYear(), "toYear", false, "llme.role.to.invalid", result);
        Long cohortId = null;
        SpecialistStatus status = null;
        if (type != null && type.specialist()) {
            try {
                cohortId = Long.parseLong(f.cohortId());
            } catch (NumberFormatException e) {
                result.rejectValue("cohortId", "llme.role.cohort.required");
            }
            status = FormValues.choice(SpecialistStatus.class, f.status(), "status", "llme.role.status.choose", result);
        }
        LocalDate accredited = type == RoleType.PD_LEAD
                ? FormValues.date(
                        new GovukDate(f.accreditedDay(), f.accreditedMonth(), f.accreditedYear()),
                        "accreditedDay",
                        false,
                        "llme.role.accredited.invalid",
                        result)
                : null;
        return result.hasErrors()
                ? null
                : new RoleInput(type, from, to, cohortId, status, FormValues.blankToNull(f.detail()), accredited);
    }

    private String departure(long id, FormErrors errors, Model model) {
        model.addAttribute(
                "departure", departures.check(id).orElseThrow(() -> new NotFoundException("not-found.llme")));
        model.addAttribute("errors", errors);
        model.addAttribute("section", "llmes");
        return "leadership/llme-leave";
    }

    private String removal(long id, FormErrors errors, Model model) {
        model.addAttribute("check", removal.check(id).orElseThrow(() -> new NotFoundException("not-found.llme")));
        model.addAttribute("errors", errors);
        model.addAttribute("section", "llmes");
        return "leadership/llme-remove";
    }

    private String newForm(NewLlmeForm form, FormErrors errors, HubMember user, Model model) {
        roleChoices(user, model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "llmes");
        return "leadership/llme-form";
    }

    private String profile(long id, RoleForm form, FormErrors errors, HubMember user, Model model) {
        model.addAttribute("profile", register.profile(id).orElseThrow(() -> new NotFoundException("not-found.llme")));
        roleChoices(user, model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("thisYear", thisYear());
        model.addAttribute("section", "llmes");
        return "leadership/llme";
    }

    private void roleChoices(HubMember user, Model model) {
        model.addAttribute("roleTypes", RoleType.values());
        model.addAttribute("specialistStatuses", SpecialistStatus.values());
        Map<Long, String> cohortChoices = new LinkedHashMap<>();
        cohorts.cohorts(user.hubId()).forEach(c -> cohortChoices.put(c.id(), c.name() + " (" + c.start() + ")"));
        model.addAttribute("cohortChoices", cohortChoices);
        model.addAttribute("years", Forms.years(thisYear()));
    }

    private AcademicYear thisYear() {
        return AcademicYear.containing(LocalDate.now(clock));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
