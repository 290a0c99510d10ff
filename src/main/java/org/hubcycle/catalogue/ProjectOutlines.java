package org.hubcycle.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.catalogue.domain.Project;
import org.hubcycle.catalogue.domain.ProjectRepository;
import org.hubcycle.shared.AcademicYear;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects as later modules see them: which project, for which year, and what it intends to achieve. */
@Service
public class ProjectOutlines {

    /** One intended outcome of a project, in its area. */
    public record Outcome(OutcomeArea area, String text) {}

    public record Outline(long id, String code, String title, AcademicYear year, List<Outcome> outcomes) {

        /** The areas the project states outcomes in, in the order of the areas. */
        public List<OutcomeArea> areas() {
            return outcomes.stream().map(Outcome::area).distinct().sorted().toList();
        }
    }

    private final ProjectRepository projects;

    ProjectOutlines(ProjectRepository projects) {
        this.projects = projects;
    }

    @Transactional(readOnly = true)
    public Optional<Outline> byCode(String code) {
        return projects.findByCode(code).map(ProjectOutlines::outline);
    }

    /** Projects by id (without their outcomes). */
    @Transactional(readOnly = true)
    public List<Outline> byIds(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : projects.findByIdIn(ids).stream()
                        .map(p -> new Outline(p.getId(), p.getCode(), p.getTitle(), p.getAcademicYear(), List.of()))
                        .toList();
    }

    /** A year's projects by code, without their outcomes. */
    @Transactional(readOnly = true)
    public List<Outline> ofYear(AcademicYear year) {
        return projects.findByAcademicYearOrderByCode(year.startYear(), Pageable.unpaged()).stream()
                .map(p -> new Outline(p.getId(), p.getCode(), p.getTitle(), p.getAcademicYear(), List.of()))
                .toList();
    }

    private static Outline outline(Project p) {
        return new Outline(
                p.getId(),
                p.getCode(),
                p.getTitle(),
                p.getAcademicYear(),
                p.getOutcomes().stream()
                        .sorted(java.util.Comparator.comparing(Project.Outcome::area)
                                .thenComparing(Project.Outcome::position))
                        .map(o -> new Outcome(o.area(), o.text()))
                        .toList());
    }
}
