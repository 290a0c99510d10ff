package org.hubcycle.evaluation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.ProjectOutlines;
import org.hubcycle.catalogue.ProjectOutlines.Outline;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.evaluation.domain.Answer;
import org.hubcycle.evaluation.domain.AnswerRows;
import org.hubcycle.evaluation.domain.EvaluationPlan;
import org.hubcycle.evaluation.domain.PlanRepository;
import org.hubcycle.evaluation.domain.Question;
import org.hubcycle.evaluation.domain.Survey;
import org.hubcycle.evaluation.domain.SurveyKind;
import org.hubcycle.evaluation.domain.SurveyRepository;
import org.hubcycle.evaluation.internal.Figures.AreaPrePost;
import org.hubcycle.evaluation.internal.Figures.Distribution;
import org.hubcycle.evaluation.internal.Figures.Item;
import org.hubcycle.evaluation.internal.Figures.PrePost;
import org.hubcycle.evaluation.internal.Figures.Reply;
import org.hubcycle.evaluation.internal.Surveys.SurveyRow;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.ReportStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation results for a work group, for a hub's running of a project, and for a project nationally,
 * each computed from the submitted responses of the surveys in scope (of the current user's hub scope).
 * A statement is the same question across plan versions when its kind, words and area are the same, so
 * a baseline answered under one version pairs with a final answered under the next.
 */
@Service
public class Results {

    /** The surveys a result was computed from: which, of which work group, under which plan version. */
    public record Source(SurveyRow survey, long hubId, String workGroup) {}

    /** A survey kind's answers, question by question. */
    public record SurveyResult(SurveyKind kind, long responses, List<Distribution> questions) {}

    /** Everything a results page, its download and the API show. */
    public record Result(
            String title,
            List<Source> sources,
            long responses,
            List<SurveyResult> surveys,
            List<PrePost> prePost,
            List<AreaPrePost> areas,
            List<Item> questions,
            List<Reply> replies,
            Figures.Pairs pairs,
            Map<String, Long> hubOfPair) {

        public long invited() {
            return sources.stream().mapToLong(s -> s.survey().invited()).sum();
        }

        public List<Integer> versions() {
            return sources.stream()
                    .map(s -> s.survey().planVersion())
                    .distinct()
                    .sorted()
                    .toList();
        }
    }

    private final SurveyRepository surveys;
    private final AnswerRows answerRows;
    private final PlanRepository plans;
    private final Surveys surveyRows;
    private final HubOffers offers;
    private final ProjectOutlines projects;
    private final Hubs hubs;
    private final ProgressReports reports;
    private final org.springframework.transaction.support.TransactionTemplate readOnly;

    Results(
            SurveyRepository surveys,
            AnswerRows answerRows,
            PlanRepository plans,
            Surveys surveyRows,
            HubOffers offers,
            ProjectOutlines projects,
            Hubs hubs,
            ProgressReports reports,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.surveys = surveys;
        this.answerRows = answerRows;
        this.plans = plans;
        this.surveyRows = surveyRows;
        this.offers = offers;
        this.projects = projects;
        this.hubs = hubs;
        this.reports = reports;
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A work group's results (the caller has checked the person may see it). */
    @Transactional(readOnly = true)
    public Result forWorkGroup(WorkGroupBrief group) {
        return compute(
                group.name(),
                surveys.findByWorkGroupIdOrderByOpensOnAscIdAsc(group.id()),
                true,
                Map.of(group.id(), group.name()));
    }

    /** A project's results in a year: one hub's groups, or (hubId null) every hub's the scope sees. */
    @Transactional(readOnly = true)
    public Result forProject(String code, AcademicYear year, Long hubId) {
        Outline project = projects.byCode(code).orElseThrow(() -> new NotFoundException("not-found.project"));
        List<Survey> found = hubId == null
                ? surveys.findByProjectIdAndAcademicYear(project.id(), year.startYear())
                : surveys.findByProjectIdAndAcademicYearAndHubId(project.id(), year.startYear(), hubId);
        // Hubs' local questions count within their hub only: England's figures are the national questions'.
        return compute(project.code() + " " + project.title(), found, hubId != null, groupNames(found));
    }

    /** One hub's running of a project in a year, beside the others: response rate, change, reports. */
    public record HubRow(
            long hubId,
            String slug,
            String hub,
            int workGroups,
            long invited,
            long answered,
            AreaPrePost change,
            long reportsAccepted,
            long reportsSubmitted,
            long reportsLate) {

        public double rate() {
            return invited == 0 ? 0 : 100.0 * answered / invited;
        }
    }

    /** A project's results in England, and every hub running it side by side (by hub name), from one reading of the records. */
    public record National(Result result, List<HubRow> hubs) {}

    /**
     * A national roll-up holds a whole project's answers in memory for a moment (~20 MB for the largest);
     * at most this many are computed at once, the others wait their turn, so a burst of them cannot
     * exhaust the heap.
     */
    static final int NATIONAL_AT_ONCE = 2;

    private final java.util.concurrent.Semaphore nationalTurns =
            new java.util.concurrent.Semaphore(NATIONAL_AT_ONCE, true);

    /** Takes its turn before its transaction, so those waiting hold no database connection. */
    public National national(String code, AcademicYear year) {
        nationalTurns.acquireUninterruptibly();
        try {
            return readOnly.execute(status -> nationalNow(code, year));
        } finally {
            nationalTurns.release();
        }
    }

    private National nationalNow(String code, AcademicYear year) {
        Outline project = projects.byCode(code).orElseThrow(() -> new NotFoundException("not-found.project"));
        List<Survey> found = surveys.findByProjectIdAndAcademicYear(project.id(), year.startYear());
        Result all = compute(project.code() + " " + project.title(), found, false, groupNames(found));
        List<WorkGroupBrief> groups = offers.ofProject(project.id());
        Map<Long, List<WorkGroupBrief>> groupsByHub = groups.stream()
                .collect(Collectors.groupingBy(WorkGroupBrief::hubId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, HubSummary> byId = hubs.list(org.springframework.data.domain.Pageable.unpaged()).stream()
                .collect(Collectors.toMap(HubSummary::id, Function.identity()));
        Map<Long, List<ProgressReports.Cell>> cellsByHub = new HashMap<>();
        reports.overview(groups)
                .forEach(r -> cellsByHub
                        .computeIfAbsent(r.group().hubId(), h -> new ArrayList<>())
                        .addAll(r.terms().values()));
        Map<Long, List<Source>> sourcesByHub = all.sources().stream().collect(Collectors.groupingBy(Source::hubId));
        Map<Long, AreaPrePost> changeByHub = Figures.overallBy(all.questions(), all.pairs(), all.hubOfPair()::get);
        List<HubRow> rows = new ArrayList<>();
        groupsByHub.forEach((hubId, ofHub) -> {
            List<Source> sources = sourcesByHub.getOrDefault(hubId, List.of());
            List<ProgressReports.Cell> cells = cellsByHub.getOrDefault(hubId, List.of());
            HubSummary hub = byId.get(hubId);
            rows.add(new HubRow(
                    hubId,
                    hub == null ? "" : hub.slug(),
                    hub == null ? "" : hub.name(),
                    ofHub.size(),
                    sources.stream().mapToLong(src -> src.survey().invited()).sum(),
                    sources.stream().mapToLong(src -> src.survey().answered()).sum(),
                    changeByHub.getOrDefault(hubId, Figures.NO_PAIRS),
                    cells.stream()
                            .filter(c -> c.status() == ReportStatus.ACCEPTED)
                            .count(),
                    cells.stream()
                            .filter(c -> c.status() == ReportStatus.SUBMITTED)
                            .count(),
                    cells.stream().filter(ProgressReports.Cell::late).count()));
        });
        rows.sort(Comparator.comparing(HubRow::hub));
        return new National(all, rows);
    }

    /** The names of the surveys' work groups, read in one query. */
    private Map<Long, String> groupNames(List<Survey> found) {
        return offers
                .briefs(found.stream().map(Survey::getWorkGroupId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(WorkGroupBrief::id, WorkGroupBrief::name));
    }

    /**
     * The results of the surveys; with the hubs' local questions, or the national questions only. Their work groups
     * are named by the caller, who may know them already.
     */
    private Result compute(String title, List<Survey> found, boolean withLocal, Map<Long, String> groupNames) {
        List<Survey> ordered = found.stream()
                .sorted(Comparator.comparing(Survey::getWorkGroupId)
                        .thenComparing(Survey::getOpensOn)
                        .thenComparing(Survey::getId))
                .toList();
        Map<Long, Long> hubOfSurvey = ordered.stream().collect(Collectors.toMap(Survey::getId, Survey::getHubId));
        List<Source> sources = surveyRows.rows(ordered).stream()
                .map(r -> new Source(r, hubOfSurvey.get(r.id()), groupNames.getOrDefault(r.workGroupId(), "")))
                .toList();
        Map<Long, EvaluationPlan> planById = plans
                .findByIdIn(ordered.stream()
                        .flatMap(survey -> withLocal ? survey.planIds().stream() : Stream.of(survey.getPlanId()))
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(EvaluationPlan::getId, Function.identity()));
        Statements statements = new Statements(planById.values());
        Map<Long, Survey> surveyById = ordered.stream().collect(Collectors.toMap(Survey::getId, Function.identity()));
        Map<String, Long> hubOfPair = new HashMap<>();
        Map<Long, Reply> byResponse = new HashMap<>();
        if (!ordered.isEmpty()) {
            answerRows.each(surveyById.keySet(), row -> {
                hubOfPair.put(row.pairKey(), row.hubId());
                Reply reply = byResponse.computeIfAbsent(
                        row.responseId(),
                        id -> new Reply(surveyById.get(row.surveyId()).getKind(), row.pairKey(), new HashMap<>(8)));
                if (row.questionId() != null) {
                    statements.put(reply.answers(), row.questionId(), new Answer(row.value(), row.quotable()));
                }
            });
        }
        // In the order they were submitted.
        List<Reply> replies = byResponse.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
        List<SurveyResult> results = new ArrayList<>();
        for (SurveyKind kind : SurveyKind.values()) {
            long count = replies.stream().filter(r -> r.survey() == kind).count();
            if (ordered.stream().anyMatch(s -> s.getKind() == kind)) {
                results.add(
                        new SurveyResult(kind, count, Figures.distributions(kind, statements.askedIn(kind), replies)));
            }
        }
        List<Item> items = statements.items();
        Figures.Pairs pairs = Figures.pairs(items, replies);
        return new Result(
                title,
                sources,
                replies.size(),
                results,
                Figures.prePost(items, pairs),
                Figures.byArea(items, pairs),
                items,
                replies,
                pairs,
                hubOfPair);
    }

    /**
     * The questions of several plan versions as one list of statements: a question is the same statement
     * in every version that words it alike, the national plan's first (newest versions' order first), then
     * the hub's local questions.
     */
    private static final class Statements {

        /** A local question is the same statement only within its own hub's questions. */
        private record Key(Object kind, String text, Object area, Long hubId) {}

        private final Map<Key, Item> items = new LinkedHashMap<>();
        private final Map<Key, java.util.Set<SurveyKind>> askedIn = new HashMap<>();
        private final Map<Long, Key> byQuestion = new HashMap<>();

        Statements(java.util.Collection<EvaluationPlan> plans) {
            List<EvaluationPlan> newestFirst = plans.stream()
                    .sorted(Comparator.comparing((EvaluationPlan p) -> p.getHubId() != null)
                            .thenComparing(EvaluationPlan::getVersion, Comparator.reverseOrder()))
                    .toList();
            for (EvaluationPlan plan : newestFirst) {
                for (Question q : plan.getQuestions()) {
                    Key key = new Key(q.getKind(), q.getText(), q.getOutcomeArea(), plan.getHubId());
                    byQuestion.put(q.getId(), key);
                    askedIn.computeIfAbsent(key, k -> java.util.EnumSet.noneOf(SurveyKind.class))
                            .addAll(q.getSurveys());
                    items.putIfAbsent(
                            key,
                            new Item(
                                    items.size() + 1L,
                                    q.getKind(),
                                    q.getText(),
                                    q.getOutcomeArea(),
                                    q.getOptions(),
                                    false));
                }
            }
            items.replaceAll((key, item) -> new Item(
                    item.id(),
                    item.kind(),
                    item.text(),
                    item.area(),
                    item.options(),
                    item.kind() == org.hubcycle.evaluation.domain.QuestionKind.AGREEMENT
                            && askedIn.get(key).contains(SurveyKind.BASELINE)
                            && askedIn.get(key).contains(SurveyKind.FINAL)));
        }

        List<Item> items() {
            return List.copyOf(items.values());
        }

        List<Item> askedIn(SurveyKind kind) {
            return items.entrySet().stream()
                    .filter(e -> askedIn.get(e.getKey()).contains(kind))
                    .map(Map.Entry::getValue)
                    .toList();
        }

        /** Puts an answer to a question of some version under its statement. */
        void put(Map<Long, Answer> byItem, long questionId, Answer answer) {
            Key key = byQuestion.get(questionId);
            if (key != null) {
                byItem.put(items.get(key).id(), answer);
            }
        }
    }
}
