package org.hubcycle.evaluation.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.SessionRecords;
import org.hubcycle.delivery.SessionRecords.SessionRecord;
import org.hubcycle.enrolment.EnrolmentFigures;
import org.hubcycle.enrolment.EnrolmentFigures.StatusCounts;
import org.hubcycle.evaluation.domain.FinalEvaluation;
import org.hubcycle.evaluation.domain.FinalEvaluationRepository;
import org.hubcycle.evaluation.domain.QuestionKind;
import org.hubcycle.evaluation.internal.Figures.AreaPrePost;
import org.hubcycle.evaluation.internal.Figures.Comment;
import org.hubcycle.evaluation.internal.ProgressReports.SurveyLine;
import org.hubcycle.evaluation.internal.Results.Result;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.ReportStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A work group's final evaluation, written by its lead over figures prefilled from the records: schools
 * that completed, sessions held, the pre/post change by outcome area and the survey response rates;
 * the lead adds a narrative per outcome area, recommendations and the quotable comments to use. The hub
 * lead accepts or returns it; it renders as a page and, from the same template, as a PDF.
 */
@Service
public class FinalEvaluations {

    /** What the records say of the whole work group, as the evaluation shows it. */
    public record Prefill(
            long completed,
            long notCompleted,
            long withdrawn,
            int sessionsHeld,
            int sessionsPlanned,
            List<AreaPrePost> areas,
            List<SurveyLine> surveys,
            List<String> quotable) {}

    /** The evaluation as its page and PDF show it. */
    public record FinalView(
            WorkGroupBrief group,
            ReportStatus status,
            Map<OutcomeArea, String> narratives,
            String recommendations,
            List<String> quotes,
            String returnComment,
            Prefill figures,
            boolean frozen,
            int version) {

        public boolean editable() {
            return status == null || status.editable();
        }

        /** The areas the evaluation speaks to: those with figures, then any other the lead wrote about. */
        public List<OutcomeArea> areas() {
            List<OutcomeArea> areas = new ArrayList<>(
                    figures.areas().stream().map(AreaPrePost::area).toList());
            narratives.keySet().stream().filter(a -> !areas.contains(a)).forEach(areas::add);
            return areas.isEmpty() ? List.of(OutcomeArea.values()) : areas;
        }

        public AreaPrePost change(OutcomeArea area) {
            return figures.areas().stream()
                    .filter(a -> a.area() == area)
                    .findFirst()
                    .orElse(null);
        }
    }

    private final FinalEvaluationRepository evaluations;
    private final Results results;
    private final Surveys surveys;
    private final SessionRecords sessions;
    private final EnrolmentFigures enrolment;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FinalEvaluations(
            FinalEvaluationRepository evaluations,
            Results results,
            Surveys surveys,
            SessionRecords sessions,
            EnrolmentFigures enrolment,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock) {
        this.evaluations = evaluations;
        this.results = results;
        this.surveys = surveys;
        this.sessions = sessions;
        this.enrolment = enrolment;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FinalView view(WorkGroupBrief group) {
        Optional<FinalEvaluation> saved = evaluations.findByWorkGroupId(group.id());
        boolean frozen = saved.map(FinalEvaluation::frozen).orElse(false);
        return new FinalView(
                group,
                saved.map(FinalEvaluation::getStatus).orElse(null),
                saved.map(FinalEvaluation::getNarratives).orElse(Map.of()),
                saved.map(FinalEvaluation::getRecommendations).orElse(null),
                saved.map(f -> quotes(f.getQuotes())).orElse(List.of()),
                saved.map(FinalEvaluation::getReturnComment).orElse(null),
                frozen ? json.readValue(saved.get().getFigures(), Prefill.class) : prefill(group),
                frozen,
                saved.map(FinalEvaluation::getVersion).orElse(-1));
    }

    Prefill prefill(WorkGroupBrief group) {
        StatusCounts counts = enrolment.counts(group.id());
        List<SessionRecord> all = sessions.of(group.id());
        Result result = results.forWorkGroup(group);
        List<String> quotable = result.surveys().stream()
                .flatMap(s -> s.questions().stream())
                .filter(d -> d.question().kind() == QuestionKind.TEXT)
                .flatMap(d -> d.comments().stream())
                .filter(Comment::quotable)
                .map(Comment::text)
                .distinct()
                .toList();
        return new Prefill(
                counts.count("COMPLETED"),
                counts.count("NOT_COMPLETED"),
                counts.count("WITHDRAWN"),
                (int) all.stream().filter(SessionRecord::held).count(),
                all.size(),
                result.areas(),
                surveys.forWorkGroup(group.id()).stream().map(SurveyLine::of).toList(),
                quotable);
    }

    /** The lead saves their words; {@code chosen} are positions in the quotable comments they were shown. */
    @Transactional
    public void save(
            WorkGroupBrief group,
            Map<OutcomeArea, String> narratives,
            String recommendations,
            Collection<Integer> chosen,
            String by) {
        List<String> quotable = prefill(group).quotable();
        List<String> quotes = chosen.stream()
                .filter(i -> i >= 0 && i < quotable.size())
                .distinct()
                .sorted()
                .map(quotable::get)
                .toList();
        FinalEvaluation evaluation = evaluations
                .findByWorkGroupId(group.id())
                .orElseGet(() -> evaluations.save(new FinalEvaluation(group.hubId(), group.id(), clock.instant(), by)));
        evaluation.write(narratives, recommendations, json.writeValueAsString(quotes), clock.instant(), by);
    }

    @Transactional
    public void submit(
            WorkGroupBrief group,
            Map<OutcomeArea, String> narratives,
            String recommendations,
            Collection<Integer> chosen,
            String by) {
        save(group, narratives, recommendations, chosen, by);
        FinalEvaluation evaluation = evaluations.findByWorkGroupId(group.id()).orElseThrow();
        evaluation.submit(json.writeValueAsString(prefill(group)), clock.instant(), by);
        events.publishEvent(Audited.of("evaluation.final-submitted", group.hubId(), group.name()));
    }

    @Transactional
    public void accept(WorkGroupBrief group, int version, String by) {
        current(group, version).accept(clock.instant(), by);
        events.publishEvent(Audited.of("evaluation.final-accepted", group.hubId(), group.name()));
    }

    @Transactional
    public void returnToLead(WorkGroupBrief group, int version, String comment, String by) {
        current(group, version).returnWith(comment, clock.instant(), by);
        events.publishEvent(Audited.of("evaluation.final-returned", group.hubId(), group.name(), comment.strip()));
    }

    private FinalEvaluation current(WorkGroupBrief group, int version) {
        FinalEvaluation evaluation =
                evaluations.findByWorkGroupId(group.id()).orElseThrow(() -> new NotFoundException("not-found.report"));
        if (evaluation.getVersion() != version) {
            throw new Refused(null, "report.changed");
        }
        return evaluation;
    }

    private List<String> quotes(String stored) {
        return stored == null ? List.of() : json.readValue(stored, new TypeReference<List<String>>() {});
    }
}
