package org.hubcycle.directory.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolFacts;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
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

/** Find a school; a school's page; a trust's page; a hub lead records that a school chose their hub. */
@Controller
class SchoolController {

    /** GIAS's phases, statuses, type groups and regions, in the order the filters offer them. */
    static final List<String> PHASES = SchoolFacts.PHASES;

    static final List<String> STATUSES = List.of("Open", "Open, but proposed to close", "Proposed to open", "Closed");
    static final List<String> TYPE_GROUPS = List.of(
            "Local authority maintained schools",
            "Academies",
            "Free Schools",
            "Special schools",
            "Independent schools",
            "Colleges",
            "Universities",
            "Other types",
            "Online provider",
            "Welsh schools");
    static final List<String> REGIONS = List.of(
            "North East",
            "North West",
            "Yorkshire and the Humber",
            "East Midlands",
            "West Midlands",
            "East of England",
            "London",
            "South East",
            "South West");

    record ChoiceForm(
            @NotBlank(message = "{school.choice.reason.required}")
            @Size(max = 500, message = "{school.choice.reason.size}")
            String reason,

            String hub) {}

    private final Schools schools;
    private final DirectoryQueries queries;
    private final Hubs hubs;
    private final MessageSource messages;

    SchoolController(Schools schools, DirectoryQueries queries, Hubs hubs, MessageSource messages) {
        this.schools = schools;
        this.queries = queries;
        this.hubs = hubs;
        this.messages = messages;
    }

    @GetMapping("/schools")
    String search(
            @ModelAttribute("search") SchoolSearch search, @RequestParam(required = false) Integer page, Model model) {
        Schools.Found found = schools.find(search, PageRequests.page(page));
        model.addAttribute("results", found.page());
        model.addAttribute("more", found.more());
        model.addAttribute("pagination", Pagination.of(found.page(), found.more()));
        model.addAttribute("phases", PHASES);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("typeGroups", TYPE_GROUPS);
        model.addAttribute("regions", REGIONS);
        model.addAttribute("authorities", queries.localAuthorities());
        model.addAttribute(
                "trust",
                search.trust() == null ? null : queries.trust(search.trust()).orElse(null));
        model.addAttribute("section", "schools");
        return "directory/schools";
    }

    @GetMapping("/schools/{urn}")
    String school(@PathVariable int urn, Authentication authentication, Model model) {
        DirectoryQueries.SchoolPage page = queries.school(urn);
        model.addAttribute("page", page);
        model.addAttribute("section", "schools");
        if (!model.containsAttribute("choiceErrors")) {
            model.addAttribute("choiceErrors", FormErrors.none());
            model.addAttribute("choiceForm", new ChoiceForm("", ""));
        }
        if (authentication.getPrincipal() instanceof HubMember member && member.hubId() != null) {
            model.addAttribute(
                    "mayChoose",
                    Schools.mayChoose(page.hub() == null ? null : page.hub().id(), member.hubId()));
        } else {
            model.addAttribute(
                    "allHubs",
                    hubs.list(PageRequest.of(0, 100)).getContent().stream()
                            .collect(Collectors.toMap(
                                    HubSummary::slug, HubSummary::name, (a, b) -> a, LinkedHashMap::new))
                            .entrySet());
        }
        return "directory/school";
    }

    @PostMapping("/schools/{urn}/hub-choice")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'NATIONAL_ADMIN')")
    String recordChoice(
            @PathVariable int urn,
            @Valid @ModelAttribute("choiceForm") ChoiceForm form,
            BindingResult result,
            Authentication authentication,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        HubMember member = (HubMember) authentication.getPrincipal();
        boolean national = member.seesAllHubs();
        Long hubId = national
                ? hubs.findBySlug(form.hub() == null ? "" : form.hub())
                        .map(HubSummary::id)
                        .orElse(null)
                : member.hubId();
        if (hubId == null) {
            result.rejectValue("hub", "school.choice.hub.required");
        }
        if (result.hasErrors()) {
            model.addAttribute("choiceErrors", FormErrors.of(result, messages, locale));
            return school(urn, authentication, model);
        }
        try {
            schools.recordChoice(urn, hubId, form.reason().strip(), authentication.getName(), national);
        } catch (Refused refused) {
            model.addAttribute("choiceErrors", FormErrors.of(refused, messages, locale));
            model.addAttribute("choiceForm", form);
            return school(urn, authentication, model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        "school.choice.recorded",
                        new Object[] {hubs.findById(hubId).orElseThrow().name()},
                        locale));
        return "redirect:/schools/" + urn;
    }

    @GetMapping("/trusts/{uid}")
    String trust(@PathVariable int uid, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("trust", queries.trust(uid).orElseThrow(() -> new NotFoundException("not-found.trust")));
        var schoolsOfTrust = queries.trustSchools(uid, PageRequests.page(page));
        model.addAttribute("schools", schoolsOfTrust);
        model.addAttribute("pagination", Pagination.of(schoolsOfTrust));
        model.addAttribute("section", "schools");
        return "directory/trust";
    }
}
