package org.hubcycle.directory.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.internal.HubAdministration;
import org.hubcycle.directory.internal.HubAdministration.AreaChange;
import org.hubcycle.directory.internal.HubAdministration.Authority;
import org.hubcycle.directory.internal.HubAdministration.Details;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.springframework.context.MessageSource;
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

/**
 * The national centre adds a hub, renames one and chooses the local authorities of its area; the national
 * admin or the hub's own lead changes its contact address and lead school. Another hub's lead finds nothing.
 */
@Controller
class HubAdminController {

    /** A hub's details as typed; {@code slug} only when adding one, {@code name} only from the national centre. */
    record HubForm(
            @Size(max = 120, message = "{hubs.name.size}") String name,

            @Pattern(regexp = "^$|[a-z0-9]+(-[a-z0-9]+)*", message = "{hubs.slug.format}")
            @Size(max = 80, message = "{hubs.slug.size}")
            String slug,

            @NotBlank(message = "{hubs.contact.required}")
            @Email(message = "{hubs.contact.format}")
            @Size(max = 254, message = "{hubs.contact.size}")
            String contactEmail,

            @Pattern(regexp = "^$|\\d{5,7}", message = "{hubs.leadSchool.format}")
            String leadSchoolUrn,

            String version) {

        static HubForm of(Details hub) {
            return new HubForm(
                    hub.name(),
                    hub.slug(),
                    hub.contactEmail() == null ? "" : hub.contactEmail(),
                    hub.leadSchoolUrn() == null ? "" : String.valueOf(hub.leadSchoolUrn()),
                    String.valueOf(hub.version()));
        }

        Integer leadSchool() {
            return FormValues.blank(leadSchoolUrn) ? null : Integer.valueOf(leadSchoolUrn.strip());
        }
    }

    private final HubAdministration administration;
    private final MessageSource messages;

    HubAdminController(HubAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping("/hubs/new")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String addForm(Model model) {
        return form(null, new HubForm("", "", "", "", ""), FormErrors.none(), model);
    }

    @PostMapping("/hubs/new")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String add(
            @Valid @ModelAttribute("form") HubForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (FormValues.blank(form.name())) {
            result.rejectValue("name", "hubs.name.required");
        }
        if (FormValues.blank(form.slug())) {
            result.rejectValue("slug", "hubs.slug.required");
        }
        if (result.hasErrors()) {
            return form(null, form, FormErrors.of(result, messages, locale), model);
        }
        try {
            HubSummary hub = administration.add(
                    form.slug(), form.name().strip(), form.contactEmail().strip(), form.leadSchool());
            redirect.addFlashAttribute(
                    "confirmation", messages.getMessage("hubs.added", new Object[] {hub.name()}, locale));
            return "redirect:/hubs/" + hub.slug() + "/area";
        } catch (Refused refused) {
            return form(null, form, FormErrors.of(refused, messages, locale), model);
        }
    }

    @GetMapping("/hubs/{slug}/edit")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'NATIONAL_ADMIN')")
    String editForm(@PathVariable String slug, Model model) {
        Details hub = visible(slug);
        return form(hub, HubForm.of(hub), FormErrors.none(), model);
    }

    @PostMapping("/hubs/{slug}/edit")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'NATIONAL_ADMIN')")
    String edit(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") HubForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Details hub = visible(slug);
        // Only the national centre renames a hub: a hub lead's form has no name, and keeps the hub's.
        boolean national = user.seesAllHubs();
        HubForm typed = national
                ? form
                : new HubForm(hub.name(), hub.slug(), form.contactEmail(), form.leadSchoolUrn(), form.version());
        if (national && FormValues.blank(form.name())) {
            result.rejectValue("name", "hubs.name.required");
        }
        if (result.hasErrors()) {
            return form(hub, typed, FormErrors.of(result, messages, locale), model);
        }
        try {
            Refused.ifRaced(
                    "hubs.changed",
                    () -> administration.change(
                            slug,
                            FormValues.version(typed.version()),
                            national ? typed.name().strip() : null,
                            typed.contactEmail().strip(),
                            typed.leadSchool()));
        } catch (Refused refused) {
            return form(hub, typed, FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("hubs.changed.done", new Object[] {typed.name()}, locale));
        return "redirect:/hubs/" + slug;
    }

    @GetMapping("/hubs/{slug}/area")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String areaForm(@PathVariable String slug, Model model) {
        Details hub = administration.details(slug);
        List<Authority> all = administration.authorities();
        Set<String> ours = all.stream()
                .filter(a -> Long.valueOf(hub.id()).equals(a.hubId()))
                .map(Authority::code)
                .collect(Collectors.toCollection(TreeSet::new));
        return areaForm(hub, all, ours, String.valueOf(hub.version()), FormErrors.none(), model);
    }

    /** The area ticked, checked before it is saved: what each hub gains and loses, and how many schools move. */
    @PostMapping("/hubs/{slug}/area")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String checkArea(
            @PathVariable String slug,
            @RequestParam(required = false) List<String> codes,
            @RequestParam(required = false) String version,
            Locale locale,
            Model model) {
        Details hub = administration.details(slug);
        Set<String> ticked = new TreeSet<>(codes == null ? List.of() : codes);
        try {
            Refused.unlessStill(FormValues.version(version), hub.version(), "hubs.changed");
            AreaChange change = administration.preview(slug, ticked);
            if (change.isEmpty()) {
                throw new Refused("codes", "hubs.area.unchanged");
            }
            model.addAttribute("hub", hub);
            model.addAttribute("change", change);
            model.addAttribute("codes", ticked);
            model.addAttribute("version", version);
            model.addAttribute("section", "hub");
            return "directory/hub-area-check";
        } catch (Refused refused) {
            return areaRefused(slug, ticked, refused, locale, model);
        }
    }

    @PostMapping("/hubs/{slug}/area/confirm")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String changeArea(
            @PathVariable String slug,
            @RequestParam(required = false) List<String> codes,
            @RequestParam(required = false) String version,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Set<String> ticked = new TreeSet<>(codes == null ? List.of() : codes);
        try {
            AreaChange change = Refused.ifRaced(
                    "hubs.changed", () -> administration.changeArea(slug, FormValues.version(version), ticked));
            redirect.addFlashAttribute(
                    "confirmation",
                    messages.getMessage(
                            "hubs.area.changed",
                            new Object[] {
                                change.hub().name(),
                                change.added().size(),
                                change.removed().size()
                            },
                            locale));
            return "redirect:/hubs/" + slug;
        } catch (Refused refused) {
            return areaRefused(slug, ticked, refused, locale, model);
        }
    }

    private String form(Details hub, HubForm form, FormErrors errors, Model model) {
        model.addAttribute("hub", hub);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("section", hub == null ? "hubs" : "hub");
        return "directory/hub-form";
    }

    /** The area form again, as ticked, with why the change was refused, on the hub as it is now. */
    private String areaRefused(String slug, Set<String> ticked, Refused refused, Locale locale, Model model) {
        Details hub = administration.details(slug);
        return areaForm(
                hub,
                administration.authorities(),
                ticked,
                String.valueOf(hub.version()),
                FormErrors.of(refused.field() == null ? "codes" : refused.field(), refused, messages, locale),
                model);
    }

    private String areaForm(
            Details hub, List<Authority> all, Set<String> ticked, String version, FormErrors errors, Model model) {
        // GIAS's regions in order of name; authorities without schools (so without a region) last.
        Map<String, List<Authority>> byRegion = all.stream()
                .collect(Collectors.groupingBy(
                        a -> Optional.ofNullable(a.region()).orElse("~"), TreeMap::new, Collectors.toList()));
        model.addAttribute("hub", hub);
        model.addAttribute("regions", byRegion);
        model.addAttribute("ticked", ticked);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "hub");
        return "directory/hub-area";
    }

    /** The hub, when the signed-in user may see it: another hub's lead finds nothing. */
    private Details visible(String slug) {
        Details hub = administration.details(slug);
        HubScope.requireVisible(hub.id());
        return hub;
    }
}
