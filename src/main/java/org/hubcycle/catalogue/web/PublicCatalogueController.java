package org.hubcycle.catalogue.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.hubcycle.catalogue.internal.Catalogue;
import org.hubcycle.catalogue.internal.CatalogueViews.PublishedOffer;
import org.hubcycle.catalogue.internal.CatalogueViews.WorkGroupView;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.web.PdfDownload;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A hub's public catalogue for a year, each work group's page, and the printable Work Group
 * Summary: no sign-in, published work groups only.
 */
@Controller
class PublicCatalogueController {

    private final Catalogue catalogue;
    private final Hubs hubs;
    private final Schools schools;
    private final WorkGroupSummaryPdf pdf;
    private final Clock clock;

    PublicCatalogueController(Catalogue catalogue, Hubs hubs, Schools schools, WorkGroupSummaryPdf pdf, Clock clock) {
        this.catalogue = catalogue;
        this.hubs = hubs;
        this.schools = schools;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * The catalogue: a signed-in person of a hub goes to their hub's work groups this year, a school's
     * contact to those of the school's hub; anyone else chooses a hub.
     */
    @GetMapping("/catalogue")
    String catalogue(@AuthenticationPrincipal HubMember user, Model model) {
        if (user != null) {
            Integer school = user.schoolUrn() != null ? user.schoolUrn() : user.pendingSchoolUrn();
            Optional<Long> hub = user.hubId() != null
                    ? Optional.of(user.hubId())
                    : school == null ? Optional.empty() : HubScope.asSystem(() -> schools.hubOf(school));
            Optional<HubSummary> found = hub.flatMap(id -> HubScope.asSystem(() -> hubs.findById(id)));
            if (found.isPresent()) {
                return "redirect:/catalogue/" + found.get().slug() + "/"
                        + thisYear().slug();
            }
        }
        model.addAttribute(
                "hubs",
                HubScope.asSystem(() -> hubs.list(PageRequest.of(0, 100))).getContent());
        model.addAttribute("year", thisYear());
        return "catalogue/hubs";
    }

    @GetMapping("/catalogue/{slug}")
    String hubCatalogue(@PathVariable String slug) {
        return "redirect:/catalogue/" + hub(slug).slug() + "/" + thisYear().slug();
    }

    private AcademicYear thisYear() {
        return AcademicYear.containing(LocalDate.now(clock));
    }

    @GetMapping("/catalogue/{slug}/{year}")
    String offer(
            @PathVariable String slug,
            @PathVariable("year") AcademicYear academicYear,
            @RequestParam(required = false) String phase,
            Model model) {
        Phase chosen = phase(phase);
        model.addAttribute("offer", HubScope.asSystem(() -> catalogue.publishedOffer(slug, academicYear, chosen)));
        model.addAttribute("phase", chosen);
        model.addAttribute("phases", Phase.values());
        return "catalogue/offer";
    }

    @GetMapping("/catalogue/{slug}/{year}/work-groups/{id}")
    String workGroup(
            @PathVariable String slug,
            @PathVariable("year") AcademicYear academicYear,
            @PathVariable long id,
            Model model) {
        HubSummary hub = hub(slug);
        WorkGroupView group = HubScope.asSystem(() -> catalogue.publishedWorkGroup(hub.id(), academicYear, id))
                .orElseThrow(() -> new NotFoundException("not-found.work-group"));
        model.addAttribute("group", group);
        // The hub's name and contact for the back link and the questions line; not its whole offer.
        model.addAttribute("hub", hub);
        model.addAttribute("year", academicYear);
        model.addAttribute("contactEmail", hubs.contactEmail(hub.id()).orElse(null));
        return "catalogue/work-group";
    }

    @GetMapping("/catalogue/{slug}/{year}.pdf")
    ResponseEntity<byte[]> summary(@PathVariable String slug, @PathVariable AcademicYear year) {
        PublishedOffer offer = HubScope.asSystem(() -> catalogue.publishedOffer(slug, year, null));
        return PdfDownload.inline(
                offer.hubSlug() + "-work-group-summary-" + offer.year().slug() + ".pdf", pdf.render(offer));
    }

    private HubSummary hub(String slug) {
        return hubs.findBySlug(slug).orElseThrow(() -> new NotFoundException("not-found.hub"));
    }

    private static Phase phase(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Phase.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
