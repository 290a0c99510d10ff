package org.hubcycle.catalogue.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hubcycle.catalogue.CatalogueTerms.SessionFormat;
import org.hubcycle.catalogue.CatalogueTerms.SessionLength;
import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.RequiredRoles;
import org.hubcycle.directory.People;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.GovukDate;
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

/** A hub's offer for a year: its staff see it; its lead adds, edits and copies work groups. Own hub only. */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
class OfferController {

    /** The work group form as typed: everything a string until checked. */
    record WorkGroupForm(
            @NotBlank(message = "{offer.project.required}") String projectId,

            @NotBlank(message = "{offer.name.required}") @Size(max = 200, message = "{offer.name.size}")
            String name,

            @Size(max = 4000, message = "{offer.summary.size}")
            String summary,

            String leadPersonId,
            String coLeadPersonId,

            @Pattern(regexp = "[1-9]\\d{0,3}", message = "{offer.capacity.format}")
            String capacitySchools,

            @Pattern(regexp = "[1-9]\\d?", message = "{offer.places.format}")
            String placesPerSchool,

            @Size(max = 200, message = "{offer.roles.size}") String rolesRequired,

            @Pattern(regexp = "\\d{1,2}", message = "{offer.sessions.format}")
            String sessionCount,

            @NotBlank(message = "{offer.length.required}") String sessionLength,
            @NotBlank(message = "{offer.format.required}") String sessionFormat,
            @Size(max = 200, message = "{offer.venue.size}") String venue,
            String startMonth,
            String startYear,
            String deadlineDay,
            String deadlineMonth,
            String deadlineYear,
            String cost,
            String noShowCharge,
            @NotBlank(message = "{offer.status.required}") String status,
            String version) {

        static WorkGroupForm blank() {
            return new WorkGroupForm(
                    "",
                    "",
                    "",
                    "",
                    "",
                    "6",
                    "2",
                    "",
                    "3",
                    "FULL_DAY",
                    "IN_PERSON",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "0",
                    "0",
                    "DRAFT",
                    "");
        }

        static WorkGroupForm of(HubOffers.SavedWorkGroup saved) {
            HubOffers.WorkGroupInput g = saved.values();
            return new WorkGroupForm(
                    String.valueOf(g.projectId()),
                    g.name(),
                    FormValues.orEmpty(g.summary()),
                    id(g.leadPersonId()),
                    id(g.coLeadPersonId()),
                    String.valueOf(g.capacitySchools()),
                    String.valueOf(g.placesPerSchool()),
                    FormValues.orEmpty(g.rolesRequired()),
                    String.valueOf(g.sessionCount()),
                    g.sessionLength().name(),
                    g.sessionFormat().name(),
                    FormValues.orEmpty(g.venue()),
                    g.startMonth() == null ? "" : String.valueOf(g.startMonth().getMonthValue()),
                    g.startMonth() == null ? "" : String.valueOf(g.startMonth().getYear()),
                    g.applicationDeadline() == null
                            ? ""
                            : String.valueOf(g.applicationDeadline().getDayOfMonth()),
                    g.applicationDeadline() == null
                            ? ""
                            : String.valueOf(g.applicationDeadline().getMonthValue()),
                    g.applicationDeadline() == null
                            ? ""
                            : String.valueOf(g.applicationDeadline().getYear()),
                    FormValues.pounds(g.costPence()),
                    FormValues.pounds(g.noShowChargePence()),
                    g.status().name(),
                    String.valueOf(saved.version()));
        }

        private static String id(Long id) {
            return id == null ? "" : String.valueOf(id);
        }
    }

    private final HubOffers offers;
    private final People people;
    private final MessageSource messages;
    private final Clock clock;

    OfferController(HubOffers offers, People people, MessageSource messages, Clock clock) {
        this.offers = offers;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/offer")
    String currentYear() {
        return "redirect:/offer/"
                + AcademicYear.containing(LocalDate.now(clock)).slug();
    }

    @GetMapping("/offer/{year}")
    String offer(
            @PathVariable("year") AcademicYear academicYear, @AuthenticationPrincipal HubMember user, Model model) {
        model.addAttribute("year", academicYear);
        model.addAttribute("rows", offers.offer(user.hubId(), academicYear));
        model.addAttribute("section", "offer");
        return "catalogue/offer-admin";
    }

    @GetMapping("/offer/{year}/work-groups/new")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String newWorkGroup(@PathVariable AcademicYear year, @AuthenticationPrincipal HubMember user, Model model) {
        return form(user.hubId(), year, null, null, WorkGroupForm.blank(), FormErrors.none(), model);
    }

    @PostMapping("/offer/{year}/work-groups/new")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String create(
            @PathVariable("year") AcademicYear academicYear,
            @Valid @ModelAttribute("form") WorkGroupForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        HubOffers.WorkGroupInput input = check(form, result);
        if (result.hasErrors()) {
            return form(user.hubId(), academicYear, null, null, form, FormErrors.of(result, messages, locale), model);
        }
        try {
            offers.create(user.hubId(), academicYear, input);
        } catch (Refused refused) {
            return form(user.hubId(), academicYear, null, null, form, FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("offer.created", new Object[] {form.name()}, locale));
        return "redirect:/offer/" + academicYear.slug();
    }

    @GetMapping("/offer/work-groups/{id}")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String edit(@PathVariable long id, Model model) {
        HubOffers.SavedWorkGroup group =
                offers.saved(id).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        return form(
                group.hubId(),
                group.year(),
                id,
                group.values().projectId(),
                WorkGroupForm.of(group),
                FormErrors.none(),
                model);
    }

    @PostMapping("/offer/work-groups/{id}")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") WorkGroupForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        HubOffers.SavedWorkGroup group =
                offers.saved(id).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        HubOffers.WorkGroupInput input = check(form, result);
        if (result.hasErrors()) {
            return form(
                    group.hubId(),
                    group.year(),
                    id,
                    group.values().projectId(),
                    form,
                    FormErrors.of(result, messages, locale),
                    model);
        }
        try {
            Refused.ifRaced(
                    "offer.changedMeanwhile", () -> offers.update(id, FormValues.version(form.version()), input));
        } catch (Refused refused) {
            return form(
                    group.hubId(),
                    group.year(),
                    id,
                    group.values().projectId(),
                    form,
                    FormErrors.of(refused, messages, locale),
                    model);
        }
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("offer.updated", new Object[] {form.name()}, locale));
        return "redirect:/offer/" + group.year().slug();
    }

    @PostMapping("/offer/{year}/copy")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String copy(
            @PathVariable("year") AcademicYear academicYear,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            RedirectAttributes redirect) {
        HubOffers.CopyResult copied = offers.copyToNextYear(user.hubId(), academicYear);
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        copied.copied() == 0 ? "offer.copied.none" : "offer.copied",
                        new Object[] {copied.copied(), academicYear.next().toString(), copied.alreadyThere()},
                        locale));
        if (!copied.noContinuation().isEmpty()) {
            redirect.addFlashAttribute("notCopied", copied.noContinuation());
        }
        return "redirect:/offer/" + academicYear.next().slug();
    }

    /** Checks what Bean Validation cannot (dates, money, choices, the hub's people) and builds the input. */
    private HubOffers.WorkGroupInput check(WorkGroupForm f, BindingResult result) {
        Long lead = person(f.leadPersonId(), "leadPersonId", result);
        Long coLead = person(f.coLeadPersonId(), "coLeadPersonId", result);
        if (lead != null && lead.equals(coLead)) {
            result.rejectValue("coLeadPersonId", "offer.coLead.same");
        }
        LocalDate start = FormValues.date(
                new GovukDate(
                        FormValues.blank(f.startMonth()) && FormValues.blank(f.startYear()) ? "" : "1",
                        f.startMonth(),
                        f.startYear()),
                "startMonth",
                false,
                "offer.start.invalid",
                result);
        LocalDate deadline = FormValues.date(
                new GovukDate(f.deadlineDay(), f.deadlineMonth(), f.deadlineYear()),
                "deadlineDay",
                false,
                "offer.deadline.invalid",
                result);
        Integer cost = FormValues.pence(f.cost(), 100_000, "cost", "offer.cost.invalid", null, result);
        Integer noShow =
                FormValues.pence(f.noShowCharge(), 100_000, "noShowCharge", "offer.noShow.invalid", null, result);
        SessionLength length = FormValues.choice(SessionLength.class, f.sessionLength(), "sessionLength", result);
        SessionFormat format = FormValues.choice(SessionFormat.class, f.sessionFormat(), "sessionFormat", result);
        WorkGroupStatus status = FormValues.choice(WorkGroupStatus.class, f.status(), "status", result);
        if (result.hasErrors()) {
            return null;
        }
        return new HubOffers.WorkGroupInput(
                Long.parseLong(f.projectId()),
                f.name().strip(),
                FormValues.blankToNull(f.summary()),
                lead,
                coLead,
                Integer.parseInt(f.capacitySchools()),
                Integer.parseInt(f.placesPerSchool()),
                FormValues.blankToNull(f.rolesRequired()),
                Integer.parseInt(f.sessionCount()),
                length,
                format,
                FormValues.blankToNull(f.venue()),
                start,
                deadline,
                cost,
                noShow,
                status);
    }

    private Long person(String id, String field, BindingResult result) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(id);
            if (people.find(value).isPresent()) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the error below
        }
        result.rejectValue(field, "offer.lead.unknown");
        return null;
    }

    /** The work group's form; {@code kept} is the project it runs now, offered even if since withdrawn. */
    private String form(
            long hubId, AcademicYear year, Long id, Long kept, WorkGroupForm form, FormErrors errors, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        Map<Long, String> projects = new LinkedHashMap<>();
        offers.projectsFor(hubId, year, kept).forEach(p -> projects.put(p.id(), p.code() + " " + p.title()));
        Map<Long, String> leads = new LinkedHashMap<>();
        people.list(null, PageRequest.of(0, 500)).getContent().forEach(p -> leads.put(p.id(), p.fullName()));
        model.addAttribute("projects", projects);
        model.addAttribute("people", leads);
        model.addAttribute("lengths", SessionLength.values());
        model.addAttribute("formats", SessionFormat.values());
        model.addAttribute("statuses", WorkGroupStatus.values());
        model.addAttribute(
                "roleExample", RequiredRoles.parse("1 Maths lead, 1 Teacher").describe());
        model.addAttribute("section", "offer");
        return "catalogue/work-group-form";
    }
}
