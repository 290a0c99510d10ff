package org.hubcycle.directory.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.hubcycle.directory.People;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.PersonRecords;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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
 * A hub's people: list, add (refusing duplicates), each person's page with what Hubcycle keeps about them, correcting
 * their details, removing one whom nothing names, and erasing the contact details of one whose work with the hub is
 * over (ADR 0048). Hub staff only.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
class PeopleController {

    record PersonForm(
            @NotBlank(message = "{person.fullName.required}") @Size(max = 120, message = "{person.fullName.size}")
            String fullName,

            @NotBlank(message = "{person.email.required}")
            @Email(message = "{person.email.format}")
            @Size(max = 254, message = "{person.email.size}")
            String email,

            @Pattern(regexp = "^$|\\d{7}", message = "{person.trn.format}")
            String trn,

            @Pattern(regexp = "^$|\\d{5,7}", message = "{person.schoolUrn.format}")
            String schoolUrn,

            @Size(max = 120, message = "{person.jobTitle.size}")
            String jobTitle,

            String version) {

        static PersonForm empty() {
            return new PersonForm("", "", "", "", "", "");
        }

        static PersonForm of(People.PersonView person) {
            return new PersonForm(
                    person.fullName(),
                    person.email(),
                    FormValues.orEmpty(person.trn()),
                    person.schoolUrn() == null ? "" : String.valueOf(person.schoolUrn()),
                    FormValues.orEmpty(person.jobTitle()),
                    String.valueOf(person.version()));
        }

        Integer urn() {
            return FormValues.blank(schoolUrn) ? null : Integer.valueOf(schoolUrn);
        }

        People.Details details() {
            return new People.Details(fullName, email, trn, urn(), jobTitle);
        }
    }

    private final People people;
    private final Schools schools;
    private final MessageSource messages;

    PeopleController(People people, Schools schools, MessageSource messages) {
        this.people = people;
        this.schools = schools;
        this.messages = messages;
    }

    @GetMapping("/people")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        Page<People.PersonView> result = people.list(q, PageRequests.page(page));
        model.addAttribute("people", result);
        model.addAttribute("pagination", Pagination.of(result));
        model.addAttribute("q", q);
        model.addAttribute("section", "people");
        return "directory/people";
    }

    @GetMapping("/people/new")
    String form(Model model) {
        return form(PersonForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/people/new")
    String add(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(form, FormErrors.of(result, messages, locale), model);
        }
        if (unknownSchool(form)) {
            return form(form, schoolError(locale), model);
        }
        People.Saved added =
                people.add(user.hubId(), form.fullName(), form.email(), form.trn(), form.urn(), form.jobTitle());
        if (added.duplicate() != null) {
            return form(form, duplicate(added.duplicate(), model), model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage("person.added", new Object[] {added.person().fullName()}, locale));
        return "redirect:/people/" + added.person().id();
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        model.addAttribute("person", found(id));
        model.addAttribute("records", people.records(id));
        model.addAttribute("section", "people");
        return "directory/person";
    }

    @GetMapping("/people/{id}/erase")
    String erasure(@PathVariable long id, Model model) {
        return confirmation("directory/person-erase", found(id), FormErrors.none(), model);
    }

    @PostMapping("/people/{id}/erase")
    String erase(
            @PathVariable long id,
            @RequestParam(required = false) String version,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        String erased;
        try {
            erased = people.eraseDetails(id, FormValues.version(version));
        } catch (Refused refused) {
            return confirmation("directory/person-erase", found(id), FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("person.erased", new Object[] {erased}, locale));
        return "redirect:/people/" + id;
    }

    @GetMapping("/people/{id}/remove")
    String removal(@PathVariable long id, Model model) {
        return confirmation("directory/person-remove", found(id), FormErrors.none(), model);
    }

    @PostMapping("/people/{id}/remove")
    String remove(
            @PathVariable long id,
            @RequestParam(required = false) String version,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        String removed;
        try {
            removed = people.remove(id, FormValues.version(version));
        } catch (Refused refused) {
            return confirmation("directory/person-remove", found(id), FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("person.removed", new Object[] {removed}, locale));
        return "redirect:/people";
    }

    @GetMapping("/people/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        People.PersonView person = found(id);
        return editForm(person, PersonForm.of(person), FormErrors.none(), model);
    }

    @PostMapping("/people/{id}/edit")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        People.PersonView person = found(id);
        if (result.hasErrors()) {
            return editForm(person, form, FormErrors.of(result, messages, locale), model);
        }
        if (unknownSchool(form)) {
            return editForm(person, form, schoolError(locale), model);
        }
        People.Saved saved;
        try {
            saved = people.correct(id, FormValues.version(form.version()), form.details(), user.getName());
        } catch (Refused refused) {
            return editForm(person, form, FormErrors.of(refused, messages, locale), model);
        }
        if (saved.duplicate() != null) {
            return editForm(person, form, duplicate(saved.duplicate(), model), model);
        }
        String done = messages.getMessage(
                "person.corrected", new Object[] {saved.person().fullName()}, locale);
        redirect.addFlashAttribute(
                "confirmation",
                saved.person().email().equals(person.email())
                        ? done
                        : done + " " + messages.getMessage("person.corrected.invitations", null, locale));
        return "redirect:/people/" + id;
    }

    private People.PersonView found(long id) {
        return people.find(id).orElseThrow(() -> new NotFoundException("not-found.person"));
    }

    private boolean unknownSchool(PersonForm form) {
        return form.urn() != null && schools.find(form.urn()).isEmpty();
    }

    private FormErrors schoolError(Locale locale) {
        return FormErrors.of("schoolUrn", messages.getMessage("person.schoolUrn.unknown", null, locale));
    }

    private static FormErrors duplicate(People.Duplicate duplicate, Model model) {
        model.addAttribute("existingId", duplicate.existingId());
        return FormErrors.of(duplicate.field(), duplicate.message());
    }

    /** A page that confirms removing or erasing a person, with what Hubcycle keeps about them and what is under way. */
    private String confirmation(String template, People.PersonView person, FormErrors errors, Model model) {
        List<PersonRecords.Held> records = people.records(person.id());
        model.addAttribute("person", person);
        model.addAttribute("records", records);
        model.addAttribute(
                "underWay",
                records.stream().filter(PersonRecords.Held::underWay).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("section", "people");
        return template;
    }

    private String editForm(People.PersonView person, PersonForm form, FormErrors errors, Model model) {
        model.addAttribute("person", person);
        return form(form, errors, model);
    }

    private String form(PersonForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "people");
        return "directory/person-form";
    }
}
