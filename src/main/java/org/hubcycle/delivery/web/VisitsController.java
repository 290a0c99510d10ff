package org.hubcycle.delivery.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.WorkGroupAccess;
import org.hubcycle.delivery.internal.SupportVisits;
import org.hubcycle.delivery.internal.SupportVisits.Visit;
import org.hubcycle.delivery.internal.SupportVisits.VisitInput;
import org.hubcycle.directory.People;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.YearGroups;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.GovukDate;
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
 * Records of Visits: a work group's specialist or SLE (its lead or co-lead) records visits to its
 * schools, and its leads and the hub lead correct or delete a record; the hub sees them, and a
 * project's coverage grid of schools by year group.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'WORK_GROUP_LEAD')")
class VisitsController {

    record VisitForm(
            String schoolUrn,
            String day,
            String month,
            String year,
            List<String> yearGroups,

            @NotBlank(message = "{visit.focus.required}") @Size(max = 500, message = "{visit.focus.size}")
            String focus,

            @Size(max = 4000, message = "{visit.notes.size}")
            String notes,

            @Size(max = 2000, message = "{visit.steps.size}")
            String nextSteps,

            String version) {

        static VisitForm empty() {
            return new VisitForm("", "", "", "", List.of(), "", "", "", null);
        }

        static VisitForm of(Visit visit) {
            return new VisitForm(
                    String.valueOf(visit.urn()),
                    String.valueOf(visit.date().getDayOfMonth()),
                    String.valueOf(visit.date().getMonthValue()),
                    String.valueOf(visit.date().getYear()),
                    visit.yearGroups(),
                    visit.focus(),
                    visit.notes(),
                    visit.nextSteps(),
                    String.valueOf(visit.version()));
        }

        public List<String> chosen() {
            return yearGroups == null ? List.of() : yearGroups;
        }
    }

    private final SupportVisits visits;
    private final WorkGroupAccess access;
    private final Seats seats;
    private final HubOffers offers;
    private final People people;
    private final Schools schools;
    private final MessageSource messages;
    private final Clock clock;

    VisitsController(
            SupportVisits visits,
            WorkGroupAccess access,
            Seats seats,
            HubOffers offers,
            People people,
            Schools schools,
            MessageSource messages,
            Clock clock) {
        this.visits = visits;
        this.access = access;
        this.seats = seats;
        this.offers = offers;
        this.people = people;
        this.schools = schools;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/delivery/work-groups/{id}/visits")
    String visits(@PathVariable long id, Authentication user, Model model) {
        return page(access.require(id, user, false), VisitForm.empty(), FormErrors.none(), user, model);
    }

    @PostMapping("/delivery/work-groups/{id}/visits")
    String record(
            @PathVariable long id,
            @Valid @ModelAttribute("form") VisitForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        WorkGroupBrief group = access.require(id, user, true);
        People.PersonView visitor = people.findByEmail(user.getName()).orElse(null);
        VisitInput input = input(form, result);
        if (visitor == null) {
            result.reject("visit.visitor.unknown");
        }
        if (result.hasErrors()) {
            return page(group, form, FormErrors.of(result, messages, locale), user, model);
        }
        try {
            visits.record(group, visitor, input);
        } catch (Refused refused) {
            return page(group, form, FormErrors.of(refused, messages, locale), user, model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("visit.recorded", null, locale));
        return "redirect:/delivery/work-groups/" + id + "/visits";
    }

    @GetMapping("/delivery/visits/{id}/edit")
    String edit(@PathVariable long id, Authentication user, Model model) {
        Visit visit = visits.find(id).orElseThrow(() -> new NotFoundException("not-found.visit"));
        return editPage(
                access.require(visit.workGroupId(), user, true), visit, VisitForm.of(visit), FormErrors.none(), model);
    }

    @PostMapping("/delivery/visits/{id}/edit")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("form") VisitForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Visit visit = visits.find(id).orElseThrow(() -> new NotFoundException("not-found.visit"));
        WorkGroupBrief group = access.require(visit.workGroupId(), user, true);
        VisitInput input = input(form, result);
        if (result.hasErrors()) {
            return editPage(group, visit, form, FormErrors.of(result, messages, locale), model);
        }
        try {
            Refused.ifRaced(
                    "visit.changedMeanwhile",
                    () -> visits.correct(group, id, FormValues.version(form.version()), input));
        } catch (Refused refused) {
            return editPage(group, visit, form, FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("visit.corrected", null, locale));
        return "redirect:/delivery/work-groups/" + group.id() + "/visits";
    }

    @GetMapping("/delivery/visits/{id}/delete")
    String confirmDelete(@PathVariable long id, Authentication user, Model model) {
        Visit visit = visits.find(id).orElseThrow(() -> new NotFoundException("not-found.visit"));
        return deletePage(access.require(visit.workGroupId(), user, true), visit, FormErrors.none(), model);
    }

    @PostMapping("/delivery/visits/{id}/delete")
    String delete(
            @PathVariable long id,
            @RequestParam(required = false) String version,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Visit visit = visits.find(id).orElseThrow(() -> new NotFoundException("not-found.visit"));
        WorkGroupBrief group = access.require(visit.workGroupId(), user, true);
        try {
            Refused.ifRaced("visit.changedBeforeDelete", () -> visits.delete(group, id, FormValues.version(version)));
        } catch (Refused refused) {
            return deletePage(group, visit, FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("visit.deleted", null, locale));
        return "redirect:/delivery/work-groups/" + group.id() + "/visits";
    }

    /** What the form says, or null with its errors in the result. */
    private VisitInput input(VisitForm form, BindingResult result) {
        LocalDate date = FormValues.date(
                new GovukDate(form.day(), form.month(), form.year()), "day", true, "visit.date.invalid", result);
        Integer urn = null;
        try {
            urn = Integer.parseInt(form.schoolUrn());
        } catch (NumberFormatException e) {
            result.rejectValue("schoolUrn", "visit.school.required");
        }
        for (Refused problem : visits.problems(date, form.chosen())) {
            if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
            }
        }
        if (result.hasErrors()) {
            return null;
        }
        return new VisitInput(
                urn,
                date,
                form.chosen(),
                form.focus().strip(),
                FormValues.blankToNull(form.notes()),
                FormValues.blankToNull(form.nextSteps()));
    }

    /** The coverage grid of one project's work groups in the hub's year: schools by year group visited. */
    @GetMapping("/delivery/projects/{code}/coverage")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
    String coverage(
            @PathVariable String code,
            @RequestParam(required = false) AcademicYear year,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        AcademicYear academicYear = year == null ? AcademicYear.containing(LocalDate.now(clock)) : year;
        List<WorkGroupBrief> groups = offers.briefs(member.hubId(), academicYear).stream()
                .filter(g -> g.projectCode().equalsIgnoreCase(code))
                .toList();
        if (groups.isEmpty()) {
            throw new NotFoundException("not-found.project-work-groups");
        }
        List<Long> ids = groups.stream().map(WorkGroupBrief::id).toList();
        model.addAttribute("project", groups.get(0));
        model.addAttribute("year", academicYear);
        model.addAttribute("coverage", visits.coverage(ids));
        model.addAttribute("visits", visits.of(ids));
        model.addAttribute("section", "enrolment");
        return "delivery/coverage";
    }

    private String page(WorkGroupBrief group, VisitForm form, FormErrors errors, Authentication user, Model model) {
        model.addAttribute("visits", visits.of(List.of(group.id())));
        model.addAttribute("canRecord", access.mayChange(group, user));
        formModel(group, form, errors, model);
        return "delivery/visits";
    }

    private String editPage(WorkGroupBrief group, Visit visit, VisitForm form, FormErrors errors, Model model) {
        model.addAttribute("visit", visit);
        formModel(group, form, errors, model);
        return "delivery/visit-edit";
    }

    private String deletePage(WorkGroupBrief group, Visit visit, FormErrors errors, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("visit", visit);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "leading");
        return "delivery/visit-delete";
    }

    private void formModel(WorkGroupBrief group, VisitForm form, FormErrors errors, Model model) {
        List<Seat> places = seats.of(group.id());
        model.addAttribute("group", group);
        model.addAttribute(
                "schools",
                places.stream()
                        .sorted(Comparator.comparing(Seat::schoolName).thenComparing(Seat::schoolUrn))
                        .collect(Collectors.toMap(
                                Seat::schoolUrn,
                                seat -> seat.schoolName() + " (URN " + seat.schoolUrn() + ")",
                                (a, b) -> a,
                                LinkedHashMap::new)));
        Set<String> offered = new HashSet<>(YearGroups.union(
                schools
                        .summaries(
                                places.stream().map(Seat::schoolUrn).distinct().toList())
                        .values()
                        .stream()
                        .map(SchoolSummary::yearGroups)
                        .toList()));
        offered.addAll(form.chosen());
        model.addAttribute(
                "yearGroups", YearGroups.ALL.stream().filter(offered::contains).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "leading");
    }
}
