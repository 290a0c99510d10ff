package org.hubcycle.catalogue.web;

import java.time.Clock;
import java.time.LocalDate;
import org.hubcycle.catalogue.internal.Catalogue;
import org.hubcycle.catalogue.internal.CatalogueViews.ProjectView;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The year's national projects, and each project's specification laid out as seed 001 lays it out. */
@Controller
class ProjectController {

    private final Catalogue catalogue;
    private final Clock clock;

    ProjectController(Catalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/projects")
    String projects(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) Integer page,
            Model model) {
        AcademicYear chosen = year == null ? AcademicYear.containing(LocalDate.now(clock)) : year;
        Page<ProjectView> result = catalogue.projects(chosen, PageRequests.page(page));
        model.addAttribute("year", chosen);
        model.addAttribute("projects", result);
        model.addAttribute("pagination", Pagination.of(result));
        model.addAttribute("section", "projects");
        return "catalogue/projects";
    }

    @GetMapping("/projects/{code}")
    String project(@PathVariable String code, Model model) {
        model.addAttribute(
                "project", catalogue.project(code).orElseThrow(() -> new NotFoundException("not-found.project")));
        model.addAttribute("section", "projects");
        return "catalogue/project";
    }
}
