package org.hubcycle.evaluation.web;

import java.time.LocalDate;
import java.util.List;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.evaluation.internal.EvaluationAccess;
import org.hubcycle.evaluation.internal.Figures.AreaPrePost;
import org.hubcycle.evaluation.internal.Figures.Bar;
import org.hubcycle.evaluation.internal.Figures.Comment;
import org.hubcycle.evaluation.internal.Figures.Distribution;
import org.hubcycle.evaluation.internal.Figures.PrePost;
import org.hubcycle.evaluation.internal.Results;
import org.hubcycle.evaluation.internal.Results.Result;
import org.hubcycle.evaluation.internal.Results.Source;
import org.hubcycle.shared.AcademicYear;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evaluation results as JSON, under the same rules as the pages: a figure drawn from fewer than five
 * respondents is suppressed (its values null, {@code suppressed} true), and nothing names a respondent.
 */
@RestController
class EvaluationApiController {

    record SourceJson(
            long surveyId,
            long workGroupId,
            String workGroup,
            String survey,
            int session,
            LocalDate opensOn,
            LocalDate closesOn,
            int planVersion,
            long invited,
            long answered) {}

    record BarJson(String label, long count, double percent) {}

    record QuestionJson(
            String text,
            String kind,
            OutcomeArea outcomeArea,
            long answered,
            boolean suppressed,
            List<BarJson> distribution,
            Double mean,
            List<Comment> comments) {}

    record SurveyJson(String survey, long responses, List<QuestionJson> questions) {}

    record PrePostJson(
            String statement,
            OutcomeArea outcomeArea,
            long pairs,
            boolean suppressed,
            Double agreeingBefore,
            Double agreeingAfter,
            Double meanShift) {}

    record AreaJson(
            OutcomeArea outcomeArea,
            long respondents,
            long pairs,
            boolean suppressed,
            Double agreeingBefore,
            Double agreeingAfter,
            Double meanShift) {}

    /** One hub's running of the project, in the national roll-up; its change pools every paired statement. */
    record HubJson(
            String hub,
            int workGroups,
            long invited,
            long answered,
            AreaJson change,
            long reportsAccepted,
            long reportsSubmitted,
            long reportsLate) {}

    record EvaluationJson(
            String title,
            long invited,
            long responses,
            List<Integer> planVersions,
            List<SourceJson> sources,
            List<SurveyJson> surveys,
            List<PrePostJson> prePost,
            List<AreaJson> outcomeAreas,
            List<HubJson> hubs) {}

    private final Results results;
    private final EvaluationAccess access;

    EvaluationApiController(Results results, EvaluationAccess access) {
        this.results = results;
        this.access = access;
    }

    @GetMapping("/api/v1/work-groups/{id}/evaluation")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'WORK_GROUP_LEAD', 'NATIONAL_ADMIN')")
    EvaluationJson workGroup(@PathVariable long id, Authentication user) {
        return json(results.forWorkGroup(access.visible(id, user)), List.of());
    }

    @GetMapping("/api/v1/projects/{code}/evaluation")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    EvaluationJson project(@PathVariable String code, @RequestParam AcademicYear year) {
        Results.National national = results.national(code, year);
        return json(
                national.result(),
                national.hubs().stream()
                        .map(h -> new HubJson(
                                h.hub(),
                                h.workGroups(),
                                h.invited(),
                                h.answered(),
                                area(h.change()),
                                h.reportsAccepted(),
                                h.reportsSubmitted(),
                                h.reportsLate()))
                        .toList());
    }

    static EvaluationJson json(Result r, List<HubJson> hubs) {
        return new EvaluationJson(
                r.title(),
                r.invited(),
                r.responses(),
                r.versions(),
                r.sources().stream().map(EvaluationApiController::source).toList(),
                r.surveys().stream()
                        .map(s -> new SurveyJson(
                                s.kind().name(),
                                s.responses(),
                                s.questions().stream()
                                        .map(EvaluationApiController::question)
                                        .toList()))
                        .toList(),
                r.prePost().stream().map(EvaluationApiController::prePost).toList(),
                r.areas().stream().map(EvaluationApiController::area).toList(),
                hubs);
    }

    private static SourceJson source(Source s) {
        return new SourceJson(
                s.survey().id(),
                s.survey().workGroupId(),
                s.workGroup(),
                s.survey().kind().name(),
                s.survey().sessionSequence(),
                s.survey().opensOn(),
                s.survey().closesOn(),
                s.survey().planVersion(),
                s.survey().invited(),
                s.survey().answered());
    }

    private static QuestionJson question(Distribution d) {
        return new QuestionJson(
                d.question().text(),
                d.question().kind().name(),
                d.question().area(),
                d.answered(),
                d.suppressed(),
                d.bars().stream().map(EvaluationApiController::bar).toList(),
                d.mean(),
                d.comments());
    }

    private static BarJson bar(Bar b) {
        return new BarJson(b.label(), b.count(), b.percent());
    }

    private static PrePostJson prePost(PrePost p) {
        return new PrePostJson(
                p.question().text(),
                p.question().area(),
                p.pairs(),
                p.suppressed(),
                p.agreeingBefore(),
                p.agreeingAfter(),
                p.meanShift());
    }

    private static AreaJson area(AreaPrePost a) {
        return new AreaJson(
                a.area(),
                a.respondents(),
                a.pairs(),
                a.suppressed(),
                a.agreeingBefore(),
                a.agreeingAfter(),
                a.meanShift());
    }
}
