package org.hubcycle.directory.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.hubcycle.directory.People;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.web.FormErrors;
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

/** A hub's people: list, add (refusing duplicates), and each person's page. Hub staff only. */
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
            String jobTitle) {

        static PersonForm empty() {
            return new PersonForm("", "", "", "", "");
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
        Integer urn = form.schoolUrn() == null || form.schoolUrn().isBlank() ? null : Integer.valueOf(form.schoolUrn());
        if (urn != null && schools.find(urn).isEmpty()) {
            return form(
                    form,
                    FormErrors.of("schoolUrn", messages.getMessage("person.schoolUrn.unknown", null, locale)),
                    model);
        }
        People.Added added = people.add(user.hubId(), form.fullName(), form.email(), form.trn(), urn, form.jobTitle());
        if (added.duplicate() != null) {
            model.addAttribute("existingId", added.duplicate().existingId());
            return form(
                    form,
                    FormErrors.of(added.duplicate().field(), added.duplicate().message()),
                    model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage("person.added", new Object[] {added.person().fullName()}, locale));
        return "redirect:/people/" + added.person().id();
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        model.addAttribute("person", people.find(id).orElseThrow(() -> new NotFoundException("not-found.person")));
        model.addAttribute("section", "people");
        return "directory/person";
    }

    private String form(PersonForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "people");
        return "directory/person-form";
    }
}
