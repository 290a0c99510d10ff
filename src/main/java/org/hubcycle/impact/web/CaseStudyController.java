package org.hubcycle.impact.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.impact.domain.CaseStudy.Words;
import org.hubcycle.impact.domain.Setting;
import org.hubcycle.impact.internal.CaseStudies;
import org.hubcycle.impact.internal.CaseStudies.CaseStudyView;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.Attempt;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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
 * A hub's case studies of a year, beside its impact review: its team writes, changes and deletes them until
 * the review is submitted; the national admin reads them. Another hub's finds nothing.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN')")
class CaseStudyController {

    static final String BASE = "/impact/{year}/{slug}/case-studies";

    /** The case study form as typed; the schools are URNs separated by commas, spaces or new lines. */
    record CaseStudyForm(
            String setting,

            @NotBlank(message = "{impact.caseStudy.title.required}")
            @Size(max = 120, message = "{impact.caseStudy.title.size}")
            String title,

            @NotBlank(message = "{impact.caseStudy.schools.required}")
            @Size(max = 500, message = "{impact.caseStudy.schools.size}")
            String schools,

            @NotBlank(message = "{impact.caseStudy.startingPoint.required}")
            @Size(max = 4000, message = "{impact.caseStudy.text.size}")
            String startingPoint,

            @NotBlank(message = "{impact.caseStudy.approach.required}")
            @Size(max = 4000, message = "{impact.caseStudy.text.size}")
            String approach,

            @NotBlank(message = "{impact.caseStudy.outcome.required}")
            @Size(max = 4000, message = "{impact.caseStudy.text.size}")
            String outcome,

            @NotBlank(message = "{impact.caseStudy.evidence.required}")
            @Size(max = 4000, message = "{impact.caseStudy.text.size}")
            String evidence,

            String agreed,
            String version) {

        static CaseStudyForm blank() {
            return new CaseStudyForm(null, "", "", "", "", "", "", null, null);
        }

        static CaseStudyForm of(CaseStudyView view) {
            Words w = view.words();
            return new CaseStudyForm(
                    w.setting().name(),
                    w.title(),
                    String.join(", ", w.schools().stream().map(String::valueOf).toList()),
                    w.startingPoint(),
                    w.approach(),
                    w.outcome(),
                    w.evidence(),
                    w.agreed() ? "yes" : null,
                    String.valueOf(view.version()));
        }
    }

    private final CaseStudies caseStudies;
    private final ImpactAccess access;
    private final MessageSource messages;

    CaseStudyController(CaseStudies caseStudies, ImpactAccess access, MessageSource messages) {
        this.caseStudies = caseStudies;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping(BASE + "/new")
    String blank(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        HubSummary hub = writer(slug, member);
        AcademicYear of = access.within(year);
        if (!caseStudies.changeable(hub, of)) {
            return "redirect:" + review(hub, of);
        }
        return form(hub, of, null, CaseStudyForm.blank(), FormErrors.none(), model);
    }

    @PostMapping(BASE + "/new")
    String add(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @Valid @ModelAttribute("form") CaseStudyForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        HubSummary hub = writer(slug, member);
        AcademicYear of = access.within(year);
        return save(hub, of, null, form, result, user.getName(), locale, model, redirect);
    }

    @GetMapping(BASE + "/{id}")
    String view(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @PathVariable long id,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        HubSummary hub = access.hub(slug, member);
        AcademicYear of = access.within(year);
        CaseStudyView study = caseStudies.find(hub, of, id);
        if (member.seesAllHubs() || !caseStudies.changeable(hub, of)) {
            model.addAttribute("study", study);
            model.addAttribute("hub", hub);
            model.addAttribute("section", member.seesAllHubs() ? "hubs" : "hub");
            return "impact/case-study";
        }
        return form(hub, of, study, CaseStudyForm.of(study), FormErrors.none(), model);
    }

    @PostMapping(BASE + "/{id}")
    String change(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("form") CaseStudyForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        HubSummary hub = writer(slug, member);
        AcademicYear of = access.within(year);
        return save(hub, of, caseStudies.find(hub, of, id), form, result, user.getName(), locale, model, redirect);
    }

    /** Asks before a case study is deleted: its words cannot be got back. */
    @GetMapping(BASE + "/{id}/delete")
    String confirmDelete(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @PathVariable long id,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        HubSummary hub = writer(slug, member);
        AcademicYear of = access.within(year);
        model.addAttribute("hub", hub);
        model.addAttribute("study", caseStudies.find(hub, of, id));
        model.addAttribute("section", "hub");
        return "impact/case-study-delete";
    }

    @PostMapping(BASE + "/{id}/delete")
    String delete(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HubMember member,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        HubSummary hub = writer(slug, member);
        AcademicYear of = access.within(year);
        CaseStudyView study = caseStudies.find(hub, of, id);
        Optional<Refused> refused = Attempt.of(() -> caseStudies.delete(hub, of, id, version));
        if (refused.isPresent()) {
            return form(
                    hub,
                    of,
                    caseStudies.find(hub, of, id),
                    CaseStudyForm.of(study),
                    FormErrors.of(refused.get(), messages, locale),
                    model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        "impact.caseStudy.deleted", new Object[] {study.words().title()}, locale));
        return "redirect:" + review(hub, of);
    }

    private String save(
            HubSummary hub,
            AcademicYear year,
            CaseStudyView current,
            CaseStudyForm form,
            BindingResult result,
            String by,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Setting setting = FormValues.choice(Setting.class, form.setting(), "setting", result);
        if (setting == null && !result.hasFieldErrors("setting")) {
            result.rejectValue("setting", "impact.caseStudy.setting.required");
        }
        Set<Integer> urns = FormValues.urns(form.schools(), "schools", 50, result);
        if (result.hasErrors()) {
            return form(hub, year, current, form, FormErrors.of(result, messages, locale), model);
        }
        Words words = new Words(
                setting,
                form.title().strip(),
                urns,
                form.startingPoint().strip(),
                form.approach().strip(),
                form.outcome().strip(),
                form.evidence().strip(),
                "yes".equals(form.agreed()));
        Long seen = FormValues.version(form.version());
        Optional<Refused> refused = Attempt.of(() -> {
            if (current == null) {
                caseStudies.add(hub, year, words, by);
            } else {
                caseStudies.change(hub, year, current.id(), seen == null ? -1 : seen.intValue(), words, by);
            }
        });
        if (refused.isPresent()) {
            return form(hub, year, current, form, FormErrors.of(refused.get(), messages, locale), model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        current == null ? "impact.caseStudy.added" : "impact.caseStudy.saved",
                        new Object[] {words.title()},
                        locale));
        return "redirect:" + review(hub, year);
    }

    private String form(
            HubSummary hub,
            AcademicYear year,
            CaseStudyView current,
            CaseStudyForm form,
            FormErrors errors,
            Model model) {
        model.addAttribute("hub", hub);
        model.addAttribute("year", year);
        model.addAttribute("study", current);
        model.addAttribute("form", form);
        model.addAttribute("settings", List.of(Setting.values()));
        model.addAttribute("errors", errors);
        model.addAttribute("section", "hub");
        return "impact/case-study-form";
    }

    /** The hub, when the person is on its team: the national centre reads case studies and changes none. */
    private HubSummary writer(String slug, HubMember member) {
        if (member.seesAllHubs()) {
            throw new AccessDeniedException("The national centre reads case studies; it does not write them");
        }
        return access.hub(slug, member);
    }

    private static String review(HubSummary hub, AcademicYear year) {
        return "/impact/" + year.slug() + "/" + hub.slug() + "#case-studies";
    }
}
