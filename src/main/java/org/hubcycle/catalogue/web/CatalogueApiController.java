package org.hubcycle.catalogue.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.catalogue.internal.Catalogue;
import org.hubcycle.catalogue.internal.CatalogueViews.ProjectView;
import org.hubcycle.catalogue.internal.CatalogueViews.PublishedOffer;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.web.PageRequests;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue as JSON: projects by year, and a hub's published offer. Public, like the catalogue pages. */
@RestController
class CatalogueApiController {

    record ProjectPage(List<ProjectView> items, int page, int size, long total, int totalPages) {}

    private final Catalogue catalogue;
    private final Clock clock;

    CatalogueApiController(Catalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/api/v1/projects")
    ProjectPage projects(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        AcademicYear chosen = year == null ? AcademicYear.containing(LocalDate.now(clock)) : year;
        Page<ProjectView> result = catalogue.projects(chosen, PageRequests.apiPage(page, size));
        return new ProjectPage(
                result.getContent(),
                result.getNumber() + 1,
                result.getSize(),
                result.getTotalElements(),
                result.getTotalPages());
    }

    @GetMapping("/api/v1/projects/{code}")
    ProjectView project(@PathVariable String code) {
        return catalogue.project(code).orElseThrow(() -> new NotFoundException("not-found.project"));
    }

    @GetMapping("/api/v1/hubs/{slug}/offer/{year}")
    PublishedOffer offer(@PathVariable String slug, @PathVariable("year") AcademicYear academicYear) {
        return HubScope.asSystem(() -> catalogue.publishedOfferInFull(slug, academicYear));
    }
}
