package org.hubcycle.catalogue.web;

import java.util.Locale;

import org.hubcycle.catalogue.Catalogue;
import org.hubcycle.catalogue.CatalogueViews.PublishedOffer;
import org.hubcycle.catalogue.CatalogueViews.WorkGroupView;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.web.Addresses;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    private final WorkGroupSummaryPdf pdf;

    PublicCatalogueController(Catalogue catalogue, Hubs hubs, WorkGroupSummaryPdf pdf) {
        this.catalogue = catalogue;
        this.hubs = hubs;
        this.pdf = pdf;
    }

    @GetMapping("/catalogue/{slug}/{year}")
    String offer(@PathVariable String slug, @PathVariable String year, @RequestParam(required = false) String phase, Model model) {
        HubSummary hub = hub(slug);
        AcademicYear academicYear = year(year);
        Phase chosen = phase(phase);
        model.addAttribute("offer", HubScope.asSystem(() -> catalogue.publishedOffer(hub.id(), academicYear, chosen)));
        model.addAttribute("phase", chosen);
        model.addAttribute("phases", Phase.values());
        return "catalogue/offer";
    }

    @GetMapping("/catalogue/{slug}/{year}/work-groups/{id}")
    String workGroup(@PathVariable String slug, @PathVariable String year, @PathVariable long id, Model model) {
        HubSummary hub = hub(slug);
        AcademicYear academicYear = year(year);
        WorkGroupView group = HubScope.asSystem(() -> catalogue.publishedWorkGroup(hub.id(), academicYear, id))
                .orElseThrow(() -> new NotFoundException("Work group"));
        model.addAttribute("group", group);
        model.addAttribute("offer", HubScope.asSystem(() -> catalogue.publishedOffer(hub.id(), academicYear, null)));
        return "catalogue/work-group";
    }

    @GetMapping("/catalogue/{slug}/{year}.pdf")
    ResponseEntity<byte[]> summary(@PathVariable String slug, @PathVariable String year) {
        HubSummary hub = hub(slug);
        PublishedOffer offer = HubScope.asSystem(() -> catalogue.publishedOffer(hub.id(), year(year), null));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename(slug + "-work-group-summary-" + offer.year().slug() + ".pdf").build().toString())
                .body(pdf.render(offer));
    }

    private HubSummary hub(String slug) {
        return hubs.findBySlug(slug).orElseThrow(() -> new NotFoundException("Hub"));
    }

    static AcademicYear year(String text) {
        return Addresses.year(text);
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
