package org.hubcycle.evaluation.demo;

import static org.hubcycle.catalogue.CatalogueTerms.OutcomeArea.POLICIES;
import static org.hubcycle.catalogue.CatalogueTerms.OutcomeArea.PRACTICE;
import static org.hubcycle.catalogue.CatalogueTerms.OutcomeArea.PROFESSIONAL_LEARNING;
import static org.hubcycle.catalogue.CatalogueTerms.OutcomeArea.PUPIL_LEARNING;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.ProjectOutlines;
import org.hubcycle.directory.Hubs;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.evaluation.domain.Answer;
import org.hubcycle.evaluation.domain.EvaluationPlan;
import org.hubcycle.evaluation.domain.PlanRepository;
import org.hubcycle.evaluation.domain.Question;
import org.hubcycle.evaluation.domain.QuestionKind;
import org.hubcycle.evaluation.domain.Response;
import org.hubcycle.evaluation.domain.ResponseRepository;
import org.hubcycle.evaluation.domain.Survey;
import org.hubcycle.evaluation.domain.SurveyInvitation;
import org.hubcycle.evaluation.domain.SurveyInvitationRepository;
import org.hubcycle.evaluation.domain.SurveyKind;
import org.hubcycle.evaluation.domain.SurveyLink;
import org.hubcycle.evaluation.domain.SurveyLinkRepository;
import org.hubcycle.evaluation.domain.SurveyRepository;
import org.hubcycle.evaluation.internal.FinalEvaluations;
import org.hubcycle.evaluation.internal.ProgressReports;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Term;
import org.hubcycle.shared.Tokens;
import org.hubcycle.shared.demo.DemoData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluation of Primary Teaching for Mastery Development, all fictional: a plan for last year's project
 * and this year's; last year's two completed Development groups answered their baseline and final
 * surveys (so results and pre/post change show at once) and their leads' termly reports were accepted (but for Development 2's summer report, which is late), and Development 1's final evaluation was accepted; this year's Development 1 has its baseline
 * survey open, and Ayesha Brook's personal link is {@code /survey/demo-baseline-survey} (demo only:
 * real links are random, and demo data never loads in production).
 */
@Component
@ConditionalOnProperty(name = "hubcycle.demo.enabled", havingValue = "true")
class EvaluationDemoData implements DemoData {

    /** The demo participant's link, named in the README. */
    static final String DEMO_LINK = "demo-baseline-survey";

    private static final String DEMO_PARTICIPANT = "participant@hubcycle.test";

    private final PlanRepository plans;
    private final SurveyRepository surveys;
    private final SurveyInvitationRepository invitations;
    private final SurveyLinkRepository links;
    private final ResponseRepository responses;
    private final ProjectOutlines projects;
    private final HubOffers offers;
    private final Hubs hubs;
    private final Seats seats;
    private final ProgressReports reports;
    private final FinalEvaluations finals;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EvaluationDemoData(
            PlanRepository plans,
            SurveyRepository surveys,
            SurveyInvitationRepository invitations,
            SurveyLinkRepository links,
            ResponseRepository responses,
            ProjectOutlines projects,
            HubOffers offers,
            Hubs hubs,
            Seats seats,
            ProgressReports reports,
            FinalEvaluations finals,
            TransactionTemplate transactions,
            Clock clock) {
        this.plans = plans;
        this.surveys = surveys;
        this.invitations = invitations;
        this.links = links;
        this.responses = responses;
        this.projects = projects;
        this.offers = offers;
        this.hubs = hubs;
        this.seats = seats;
        this.reports = reports;
        this.finals = finals;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void load() {
        if (plans.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        AcademicYear year = AcademicYear.containing(today);
        long demo = hubs.getBySlug("demo-maths-hub").id();
        transactions.executeWithoutResult(status -> {
            EvaluationPlan last = plans.save(plan(projectId(year.previous())));
            EvaluationPlan current = plans.save(plan(projectId(year)));
            Random random = new Random(2026);
            for (WorkGroupBrief group : offers.briefs(demo, year.previous())) {
                if (group.name().startsWith("Development")) {
                    answered(group, last, year.previous(), random);
                }
            }
            offers.briefs(demo, year).stream()
                    .filter(g -> g.name().equals("Development 1"))
                    .findFirst()
                    .ifPresent(g -> openBaseline(g, current, today));
        });
        for (WorkGroupBrief group : offers.briefs(demo, year.previous())) {
            if (group.name().startsWith("Development")) {
                for (Term term : Term.values()) {
                    if (group.name().equals("Development 2") && term == Term.SUMMER) {
                        continue; // never sent: the hub lead's list shows it late
                    }
                    reports.submit(
                            group, term, PROGRESS[term.ordinal()], null, NEXT[term.ordinal()], "wgl@hubcycle.test");
                    reports.accept(group, term, reports.view(group, term).version(), "hublead@hubcycle.test");
                }
            }
        }
    }

    private static final String[] PROGRESS = {
        "All schools have started planning in small steps; two have shared the approach at a staff meeting.",
        "Teachers now use part-whole models routinely; the visits showed pupils explaining their reasoning.",
        "Every school has an agreed approach to lesson design and a plan for the Embedding year."
    };

    private static final String[] NEXT = {
        "Visit each school before February; focus the next session on representations.",
        "Support the two schools whose maths leads changed; prepare the final survey.",
        "Hand over to the Embedding work group leads."
    };

    private long projectId(AcademicYear year) {
        return projects.byCode("NCP%02d-02".formatted(year.startYear() % 100))
                .orElseThrow()
                .id();
    }

    private EvaluationPlan plan(long projectId) {
        EvaluationPlan plan = new EvaluationPlan(projectId, 1, clock.instant(), "national@hubcycle.test");
        plan.add(agreement("Our school has agreed how maths lessons are planned in small, coherent steps.", POLICIES));
        plan.add(agreement("I use representations and structures to expose the mathematics in my lessons.", PRACTICE));
        plan.add(agreement("I plan questions that check every pupil's understanding during a lesson.", PRACTICE));
        plan.add(agreement(
                "I can explain the principles behind teaching for mastery to a colleague.", PROFESSIONAL_LEARNING));
        plan.add(agreement("Pupils in my class explain their reasoning about number confidently.", PUPIL_LEARNING));
        plan.add(new Question(
                0,
                QuestionKind.NUMBER,
                "How many years have you been teaching?",
                null,
                null,
                List.of(),
                Set.of(SurveyKind.BASELINE),
                false,
                false));
        plan.add(new Question(
                0,
                QuestionKind.MULTIPLE,
                "Which parts of the work group helped you most?",
                null,
                null,
                List.of(
                        "Sessions with other schools",
                        "The specialist's visit",
                        "Gap tasks",
                        "Planning with colleagues"),
                Set.of(SurveyKind.FINAL),
                false,
                false));
        plan.add(new Question(
                0,
                QuestionKind.TEXT,
                "What, if anything, has changed in your classroom?",
                null,
                null,
                List.of(),
                Set.of(SurveyKind.FINAL),
                false,
                true));
        return plan;
    }

    private static Question agreement(String statement, org.hubcycle.catalogue.CatalogueTerms.OutcomeArea area) {
        return new Question(
                0,
                QuestionKind.AGREEMENT,
                statement,
                null,
                area,
                List.of(),
                Set.of(SurveyKind.BASELINE, SurveyKind.FINAL),
                true,
                false);
    }

    private static final String[] CHANGES = {
        "Pupils use part-whole models without being asked, and explain them to each other.",
        "I ask fewer questions, but better ones, and wait longer for answers.",
        "Our lessons move in smaller steps and fewer pupils get lost.",
        "We plan together every Tuesday now.",
        "Mostly my confidence in using manipulatives with the whole class.",
        "The children talk about maths much more than before."
    };

    /** Last year's group answered its baseline (all but one) and final (all but two) surveys. */
    private void answered(WorkGroupBrief group, EvaluationPlan plan, AcademicYear year, Random random) {
        LocalDate start = year.firstDay().plusMonths(1);
        LocalDate end = year.lastDay().minusMonths(2);
        Survey baseline = surveys.save(survey(group, plan, SurveyKind.BASELINE, start, start.plusWeeks(3)));
        Survey last = surveys.save(survey(group, plan, SurveyKind.FINAL, end, end.plusWeeks(3)));
        List<Seat> people = seats.of(group.id());
        for (int i = 0; i < people.size(); i++) {
            Seat seat = people.get(i);
            String pairKey = UUID.nameUUIDFromBytes(("demo-" + seat.participantId()).getBytes())
                    .toString();
            boolean answersBaseline = i != people.size() - 1;
            boolean answersFinal = i > 0 && i != people.size() - 1 || people.size() < 7 && i == 0;
            Map<Long, Answer> before = new HashMap<>();
            Map<Long, Answer> after = new HashMap<>();
            for (Question q : plan.getQuestions()) {
                switch (q.getKind()) {
                    case AGREEMENT -> {
                        int point = 2 + random.nextInt(3);
                        before.put(q.getId(), new Answer(String.valueOf(point), false));
                        after.put(q.getId(), new Answer(String.valueOf(Math.min(5, point + random.nextInt(3))), false));
                    }
                    case NUMBER -> before.put(q.getId(), new Answer(String.valueOf(2 + random.nextInt(18)), false));
                    case MULTIPLE -> after.put(q.getId(), new Answer(random.nextBoolean() ? "0,1" : "1,3", false));
                    case TEXT ->
                        after.put(
                                q.getId(), new Answer(CHANGES[random.nextInt(CHANGES.length)], random.nextInt(3) > 0));
                    default -> {}
                }
            }
            invite(baseline, seat, pairKey, answersBaseline, before, start.plusDays(3));
            invite(last, seat, pairKey, answersFinal, after, end.plusDays(5));
        }
    }

    private void invite(
            Survey survey, Seat seat, String pairKey, boolean answers, Map<Long, Answer> given, LocalDate on) {
        SurveyInvitation invitation = invitations.save(new SurveyInvitation(
                survey.getHubId(),
                survey.getId(),
                seat.participantId(),
                seat.email(),
                pairKey,
                survey.getOpensOn().atStartOfDay(ZoneId.of("Europe/London")).toInstant()));
        if (answers) {
            responses.save(new Response(survey.getHubId(), survey.getId(), pairKey, on, given));
            invitation.submitted(on.atStartOfDay(ZoneId.of("Europe/London")).toInstant());
        }
    }

    /** This year's Development 1 baseline, open for three weeks; the demo participant's link is {@link #DEMO_LINK}. */
    private void openBaseline(WorkGroupBrief group, EvaluationPlan plan, LocalDate today) {
        Survey survey = surveys.save(survey(group, plan, SurveyKind.BASELINE, today.minusDays(2), today.plusWeeks(3)));
        for (Seat seat : seats.of(group.id())) {
            SurveyInvitation invitation = invitations.save(new SurveyInvitation(
                    survey.getHubId(),
                    survey.getId(),
                    seat.participantId(),
                    seat.email(),
                    UUID.randomUUID().toString(),
                    clock.instant()));
            String token = seat.email().equals(DEMO_PARTICIPANT) ? DEMO_LINK : Tokens.newToken();
            links.save(new SurveyLink(Tokens.hash(token), invitation.getId()));
        }
    }

    private Survey survey(
            WorkGroupBrief group, EvaluationPlan plan, SurveyKind kind, LocalDate opens, LocalDate closes) {
        return new Survey(
                group.hubId(),
                group.id(),
                plan.getProjectId(),
                group.year(),
                plan.getId(),
                kind,
                0,
                opens,
                closes,
                "hublead@hubcycle.test",
                clock.instant());
    }
}
