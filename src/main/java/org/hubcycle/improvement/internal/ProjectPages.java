package org.hubcycle.improvement.internal;

import java.util.List;
import org.hubcycle.improvement.domain.ProjectVisit;
import org.hubcycle.improvement.internal.ProjectAccess.Seen;
import org.hubcycle.improvement.internal.ProjectRecords.Coverage;
import org.hubcycle.improvement.internal.ProjectRecords.KpiView;
import org.hubcycle.improvement.internal.ProjectRecords.RiskView;
import org.hubcycle.improvement.internal.ProjectRecords.VisitView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a project's page shows, read in one transaction of the reader's hub once the reader may see the project:
 * its schools' coverage, KPIs, risks and a page of its visits. The visits are read once, for the coverage and the
 * page both; a project has at most a few hundred.
 */
@Component
public class ProjectPages {

    public record ProjectPage(
            Seen seen, Coverage coverage, List<KpiView> kpis, List<RiskView> risks, Page<VisitView> visits) {}

    private final ProjectAccess access;
    private final ImprovementProjects projects;
    private final ProjectRecords records;

    ProjectPages(ProjectAccess access, ImprovementProjects projects, ProjectRecords records) {
        this.access = access;
        this.projects = projects;
        this.records = records;
    }

    @Transactional(readOnly = true)
    public ProjectPage of(long id, Authentication user, Pageable pageable) {
        Seen seen = access.read(id, user);
        ProjectView project = seen.project();
        List<ProjectVisit> visits = records.allVisits(project);
        return new ProjectPage(
                seen,
                project.figures() != null ? projects.coverage(project) : records.coverage(project, visits),
                records.kpis(project),
                records.risks(project),
                records.visits(project, visits, pageable));
    }
}
