package org.hubcycle.impact.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.impact.domain.Consent;
import org.hubcycle.impact.internal.ImpactStories;
import org.hubcycle.impact.internal.ImpactStories.MyPlace;
import org.hubcycle.impact.internal.ImpactStories.Told;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Impact stories: a participant tells theirs for each work group they hold a place in (`/my-stories`), and
 * the hub's team and the national admin read a hub's stories of a year beside its impact review.
 */
@Controller
class StoriesController {

    static final int MAX_STORY = 4000;

    private final ImpactStories stories;
    private final ImpactAccess access;
    private final MessageSource messages;

    StoriesController(ImpactStories stories, ImpactAccess access, MessageSource messages) {
        this.stories = stories;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/my-stories")
    @PreAuthorize("hasRole('PARTICIPANT')")
    String mine(Authentication user, Model model) {
        model.addAttribute("places", stories.mine(user.getName()));
        model.addAttribute("section", "mySessions");
        return "impact/my-stories";
    }

    @GetMapping("/my-stories/{workGroupId}")
    @PreAuthorize("hasRole('PARTICIPANT')")
    String form(@PathVariable long workGroupId, Authentication user, Model model) {
        MyPlace place = stories.mine(user.getName(), workGroupId);
        return form(
                place,
                place.story(),
                place.consent() == null ? null : place.consent().name(),
                FormErrors.none(),
                model);
    }

    @PostMapping("/my-stories/{workGroupId}")
    @PreAuthorize("hasRole('PARTICIPANT')")
    String tell(
            @PathVariable long workGroupId,
            @RequestParam(defaultValue = "") String story,
            @RequestParam(required = false) String consent,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        MyPlace place = stories.mine(user.getName(), workGroupId);
        List<String[]> problems = new ArrayList<>();
        if (story.isBlank()) {
            problems.add(new String[] {"story", messages.getMessage("impact.story.blank", null, locale)});
        } else if (story.length() > MAX_STORY) {
            problems.add(
                    new String[] {"story", messages.getMessage("impact.story.size", new Object[] {MAX_STORY}, locale)});
        }
        Consent chosen = consent(consent);
        if (chosen == null) {
            problems.add(new String[] {"consent", messages.getMessage("impact.story.consent.required", null, locale)});
        }
        if (!problems.isEmpty()) {
            return form(place, story, consent, FormErrors.of(problems), model);
        }
        stories.tell(place, story.strip(), chosen);
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("impact.story.told", new Object[] {place.group()}, locale));
        return "redirect:/my-stories";
    }

    @PostMapping("/my-stories/{workGroupId}/withdraw")
    @PreAuthorize("hasRole('PARTICIPANT')")
    String withdraw(@PathVariable long workGroupId, Authentication user, Locale locale, RedirectAttributes redirect) {
        MyPlace place = stories.mine(user.getName(), workGroupId);
        stories.withdraw(place);
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("impact.story.withdrawn", new Object[] {place.group()}, locale));
        return "redirect:/my-stories";
    }

    @GetMapping("/impact/{year}/{slug}/stories")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN')")
    String of(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        HubSummary hub = access.hub(slug, member);
        AcademicYear of = access.within(year);
        Page<Told> told = stories.of(hub, of, PageRequests.page(page));
        model.addAttribute("hub", hub);
        model.addAttribute("year", of);
        model.addAttribute("stories", told);
        model.addAttribute("pagination", Pagination.of(told));
        model.addAttribute("section", member.seesAllHubs() ? "hubs" : "hub");
        return "impact/stories";
    }

    private String form(MyPlace place, String story, String consent, FormErrors errors, Model model) {
        model.addAttribute("place", place);
        model.addAttribute("story", story);
        model.addAttribute("consent", consent);
        model.addAttribute("consents", List.of(Consent.values()));
        model.addAttribute("errors", errors);
        model.addAttribute("section", "mySessions");
        return "impact/my-story";
    }

    private static Consent consent(String value) {
        for (Consent c : Consent.values()) {
            if (c.name().equals(value)) {
                return c;
            }
        }
        return null;
    }
}
