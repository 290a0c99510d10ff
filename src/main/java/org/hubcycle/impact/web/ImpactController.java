package org.hubcycle.impact.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hubcycle.catalogue.WorkGroupAccess;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.impact.domain.Setting;
import org.hubcycle.impact.domain.Statement;
import org.hubcycle.impact.domain.Theme;
import org.hubcycle.impact.internal.AnnualReports;
import org.hubcycle.impact.internal.CaseStudies;
import org.hubcycle.impact.internal.ImpactReviews;
import org.hubcycle.impact.internal.ImpactReviews.ReviewView;
import org.hubcycle.impact.internal.ImpactStories;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.ReportStatus;
import org.hubcycle.shared.web.Attempt;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.PdfDocuments;
import org.hubcycle.shared.web.PdfDownload;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A hub's impact review of a year: its lead and staff write it over the year's figures, its lead submits
 * it to the national centre, and the national admin, who sees every hub's, accepts it or returns it. A
 * hub user asking for another hub's review finds nothing.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN')")
class ImpactController {

    static final int MAX_FOCUS = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_THEME = 2000;

    /** Themes a review holds at most: the form offers one more than it has, up to this. */
    static final int MAX_THEMES = 20;

    private static final List<String> PARTS = List.of("focus", "observed", "evidence", "reflection");

    private final ImpactReviews reviews;
    private final AnnualReports annualReports;
    private final CaseStudies caseStudies;
    private final ImpactStories stories;
    private final ImpactAccess access;
    private final Hubs hubs;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    ImpactController(
            ImpactReviews reviews,
            AnnualReports annualReports,
            CaseStudies caseStudies,
            ImpactStories stories,
            ImpactAccess access,
            Hubs hubs,
            PdfDocuments pdf,
            MessageSource messages) {
        this.reviews = reviews;
        this.annualReports = annualReports;
        this.caseStudies = caseStudies;
        this.stories = stories;
        this.access = access;
        this.hubs = hubs;
        this.pdf = pdf;
        this.messages = messages;
    }

    /**
     * A hub's team goes to their review of the last complete year (or the year asked for), as does anyone
     * naming a hub they may see; the national admin, naming none, sees every hub's.
     */
    @GetMapping("/impact")
    String start(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        AcademicYear chosen = year != null ? access.within(year) : lastComplete();
        if (hub != null && !hub.isBlank()) {
            return "redirect:/impact/" + chosen.slug() + "/"
                    + access.hub(hub, member).slug();
        }
        if (!member.seesAllHubs()) {
            return "redirect:/impact/" + chosen.slug() + "/"
                    + access.own(member).slug();
        }
        model.addAttribute("year", chosen);
        model.addAttribute(
                "lines", reviews.list(chosen, hubs.list(Pageable.unpaged()).getContent()));
        model.addAttribute("published", annualReports.publishedHubs(chosen));
        model.addAttribute("next", chosen.next().compareTo(access.thisYear()) <= 0 ? chosen.next() : null);
        model.addAttribute("section", "hubs");
        return "impact/reviews";
    }

    @GetMapping("/impact/{year}/{slug}")
    String view(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Model model) {
        ReviewView view = reviews.view(access.hub(slug, member), access.within(year));
        return page(view, view.statements(), view.themes(), FormErrors.none(), user, model);
    }

    /** The review as a PDF, laid out from the same fragments as its page, for the hub's board or annual report. */
    @GetMapping("/impact/{year}/{slug}.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable AcademicYear year, @PathVariable String slug, @AuthenticationPrincipal HubMember member) {
        ReviewView view = reviews.view(access.hub(slug, member), access.within(year));
        return PdfDownload.inline(
                "impact-review-" + year.slug() + "-" + slug + ".pdf",
                pdf.render(
                        "impact/review-pdf",
                        Map.of("review", view, "caseStudies", caseStudies.list(view.hub(), view.year()))));
    }

    @PostMapping("/impact/{year}/{slug}")
    String write(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        HubSummary hub = access.hub(slug, member);
        AcademicYear of = access.within(year);
        if (member.seesAllHubs()) {
            throw new AccessDeniedException("The national centre reviews impact reviews; it does not write them");
        }
        boolean submit = "submit".equals(form.getFirst("action"));
        if (submit && !WorkGroupAccess.has(user, "ROLE_HUB_LEAD")) {
            throw new AccessDeniedException("Only the hub lead submits the hub's impact review");
        }
        List<String[]> problems = new ArrayList<>();
        Map<Setting, Statement> statements = statements(form, problems, locale);
        List<Theme> themes = themes(form, problems, locale);
        Long seen = FormValues.version(form.getFirst("version"));
        int version = seen == null ? -1 : seen.intValue();
        if (!problems.isEmpty()) {
            return page(reviews.view(hub, of), statements, themes, FormErrors.of(problems), user, model);
        }
        Optional<Refused> refused = Attempt.of(() -> {
            if (submit) {
                reviews.submit(hub, of, version, statements, themes, user.getName());
            } else {
                reviews.save(hub, of, version, statements, themes, user.getName());
            }
        });
        if (refused.isPresent()) {
            return page(
                    reviews.view(hub, of),
                    statements,
                    themes,
                    FormErrors.of(refused.get(), messages, locale),
                    user,
                    model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(submit ? "impact.review.submitted" : "impact.review.saved", null, locale));
        return "redirect:/impact/" + of.slug() + "/" + hub.slug();
    }

    @PostMapping("/impact/{year}/{slug}/accept")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String accept(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @RequestParam int version,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        HubSummary hub = access.hub(slug, member);
        AcademicYear of = access.within(year);
        return decided(
                hub,
                of,
                user,
                locale,
                model,
                redirect,
                "impact.review.accepted",
                () -> reviews.accept(hub, of, version, user.getName()));
    }

    @PostMapping("/impact/{year}/{slug}/return")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String returnToHub(
            @PathVariable AcademicYear year,
            @PathVariable String slug,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        HubSummary hub = access.hub(slug, member);
        AcademicYear of = access.within(year);
        return decided(
                hub,
                of,
                user,
                locale,
                model,
                redirect,
                "impact.review.returned",
                () -> reviews.returnToHub(hub, of, version, comment, user.getName()));
    }

    private String decided(
            HubSummary hub,
            AcademicYear year,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            String done,
            Runnable decision) {
        Optional<Refused> refused = Attempt.of(decision);
        if (refused.isEmpty()) {
            redirect.addFlashAttribute("confirmation", messages.getMessage(done, null, locale));
            return "redirect:/impact/" + year.slug() + "/" + hub.slug();
        }
        ReviewView view = reviews.view(hub, year);
        return page(
                view, view.statements(), view.themes(), FormErrors.of(refused.get(), messages, locale), user, model);
    }

    /** Each setting's four parts as typed; a part over its length is a problem, named in the form's order. */
    private Map<Setting, Statement> statements(
            MultiValueMap<String, String> form, List<String[]> problems, Locale locale) {
        Map<Setting, Statement> statements = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            List<String> parts = new ArrayList<>();
            for (String part : PARTS) {
                String name = part + "-" + setting.name();
                String text = FormValues.blankToNull(form.getFirst(name));
                int max = part.equals("focus") ? MAX_FOCUS : MAX_TEXT;
                if (text != null && text.length() > max) {
                    problems.add(new String[] {
                        name,
                        messages.getMessage(
                                "impact.review." + part + ".size", new Object[] {setting.label(), max}, locale)
                    });
                }
                parts.add(text == null ? null : text.strip());
            }
            Statement statement = new Statement(parts.get(0), parts.get(1), parts.get(2), parts.get(3));
            if (statement.started()) {
                statements.put(setting, statement);
            }
        }
        return statements;
    }

    /**
     * The themes as typed, in order; a theme with neither words is dropped, so a problem names the row the
     * theme is shown in again. Implications need their theme.
     */
    private List<Theme> themes(MultiValueMap<String, String> form, List<String[]> problems, Locale locale) {
        List<Theme> themes = new ArrayList<>();
        for (int i = 0; i < MAX_THEMES; i++) {
            String finding = FormValues.blankToNull(form.getFirst("finding-" + i));
            String implications = FormValues.blankToNull(form.getFirst("implications-" + i));
            if (finding == null && implications == null) {
                continue;
            }
            int row = themes.size();
            if (finding == null) {
                problems.add(
                        new String[] {"finding-" + row, messages.getMessage("impact.review.finding.blank", null, locale)
                        });
            } else if (finding.length() > MAX_THEME) {
                problems.add(new String[] {
                    "finding-" + row,
                    messages.getMessage("impact.review.finding.size", new Object[] {MAX_THEME}, locale)
                });
            }
            if (implications != null && implications.length() > MAX_THEME) {
                problems.add(new String[] {
                    "implications-" + row,
                    messages.getMessage("impact.review.implications.size", new Object[] {MAX_THEME}, locale)
                });
            }
            themes.add(new Theme(
                    finding == null ? null : finding.strip(), implications == null ? null : implications.strip()));
        }
        return themes;
    }

    private String page(
            ReviewView view,
            Map<Setting, Statement> statements,
            List<Theme> themes,
            FormErrors errors,
            Authentication user,
            Model model) {
        boolean national = WorkGroupAccess.has(user, "ROLE_NATIONAL_ADMIN");
        List<Theme> rows = new ArrayList<>(themes);
        if (rows.size() < MAX_THEMES) {
            rows.add(new Theme(null, null));
        }
        model.addAttribute("review", view);
        model.addAttribute("caseStudies", caseStudies.list(view.hub(), view.year()));
        model.addAttribute("storyCount", stories.count(view.hub(), view.year()));
        model.addAttribute("statements", statements);
        model.addAttribute("themes", rows);
        model.addAttribute("settings", Setting.values());
        model.addAttribute("errors", errors);
        model.addAttribute("writes", view.editable() && !national);
        model.addAttribute("submits", WorkGroupAccess.has(user, "ROLE_HUB_LEAD"));
        model.addAttribute("decides", national && view.status() == ReportStatus.SUBMITTED);
        model.addAttribute("previous", view.year().hasNeighbours() ? view.year().previous() : null);
        model.addAttribute(
                "next",
                view.year().next().compareTo(access.thisYear()) <= 0
                        ? view.year().next()
                        : null);
        model.addAttribute("section", national ? "hubs" : "hub");
        return "impact/review";
    }

    /** The year a hub reviews by default: the last complete one (this year's work has barely begun). */
    private AcademicYear lastComplete() {
        return access.thisYear().previous();
    }
}
