package org.hubcycle.evaluation.internal;

import java.util.List;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.evaluation.internal.ProgressReports.GroupReports;
import org.hubcycle.evaluation.internal.ProgressReports.ReportView;
import org.hubcycle.evaluation.internal.Results.Result;
import org.hubcycle.evaluation.internal.Results.Source;
import org.hubcycle.evaluation.internal.Surveys.SurveyRow;
import org.hubcycle.shared.Term;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a work group's evaluation pages show, each read in one transaction of the reader's hub once the reader may
 * see the group: its surveys with their results and its reports by term, or one termly report with what the
 * reader may do with it.
 */
@Component
public class EvaluationPages {

    /** A work group's evaluation: its surveys are those its results were computed from, read once. */
    public record WorkGroupEvaluation(WorkGroupBrief group, Result result, GroupReports reports, boolean canChange) {

        public List<SurveyRow> surveys() {
            return result.sources().stream().map(Source::survey).toList();
        }
    }

    /** A termly report, whether the reader writes it (one of the group's leads, while it is open) and decides it. */
    public record ReportPage(ReportView report, boolean writes, boolean decides) {}

    private final EvaluationAccess access;
    private final Results results;
    private final ProgressReports reports;

    EvaluationPages(EvaluationAccess access, Results results, ProgressReports reports) {
        this.access = access;
        this.results = results;
        this.reports = reports;
    }

    @Transactional(readOnly = true)
    public WorkGroupEvaluation workGroup(long id, Authentication user) {
        WorkGroupBrief group = access.visible(id, user);
        return new WorkGroupEvaluation(
                group,
                results.forWorkGroup(group),
                reports.overview(List.of(group)).get(0),
                access.mayChange(group, user));
    }

    @Transactional(readOnly = true)
    public ReportPage report(long id, Term term, Authentication user) {
        return report(access.visible(id, user), term, user);
    }

    /** The report of a work group already read, as a form sent back with errors shows it again. */
    @Transactional(readOnly = true)
    public ReportPage report(WorkGroupBrief group, Term term, Authentication user) {
        ReportView view = reports.view(group, term);
        return new ReportPage(view, view.editable() && access.leads(group, user), access.hubLead(group, user));
    }
}
