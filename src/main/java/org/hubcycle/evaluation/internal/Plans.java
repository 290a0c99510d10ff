package org.hubcycle.evaluation.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.catalogue.ProjectOutlines;
import org.hubcycle.catalogue.ProjectOutlines.Outline;
import org.hubcycle.evaluation.domain.EvaluationPlan;
import org.hubcycle.evaluation.domain.PlanRepository;
import org.hubcycle.evaluation.domain.Question;
import org.hubcycle.evaluation.domain.QuestionKind;
import org.hubcycle.evaluation.domain.SurveyKind;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national admin writes each project's evaluation plan. A plan version that has responses is
 * frozen: the first change after that makes the next version, so every result says which questions
 * it answered.
 */
@Service
public class Plans {

    static final int MAX_OPTIONS = 12;

    /** A question as the national admin writes it; options one per line for choice questions. */
    public record QuestionInput(
            QuestionKind kind,
            String text,
            String hint,
            OutcomeArea area,
            List<String> options,
            Set<SurveyKind> surveys,
            boolean required,
            boolean asksConsent) {

        /** What is wrong with it, for the given project, each beside its field. */
        List<Refused> problems(Outline project) {
            List<Refused> problems = new ArrayList<>();
            if (kind == null) {
                problems.add(new Refused("kind", "evaluation.question.kind.choose"));
            }
            if (text == null || text.isBlank()) {
                problems.add(new Refused("text", "evaluation.question.text.blank"));
            } else if (text.length() > 500) {
                problems.add(new Refused("text", "evaluation.question.text.size"));
            }
            if (hint != null && hint.length() > 500) {
                problems.add(new Refused("hint", "evaluation.question.hint.size"));
            }
            if (kind == QuestionKind.AGREEMENT && area == null) {
                problems.add(new Refused("area", "evaluation.question.area.required"));
            } else if (area != null
                    && !project.outcomes().isEmpty()
                    && !project.areas().contains(area)) {
                problems.add(new Refused("area", "evaluation.question.area.notInProject", area.label()));
            }
            if (kind != null && kind.hasOptions()) {
                if (options.size() < 2 || options.size() > MAX_OPTIONS) {
                    problems.add(new Refused("options", "evaluation.question.options.count", MAX_OPTIONS));
                } else if (options.stream().anyMatch(o -> o.length() > 150)) {
                    problems.add(new Refused("options", "evaluation.question.options.size"));
                } else if (options.stream().distinct().count() < options.size()) {
                    problems.add(new Refused("options", "evaluation.question.options.repeated"));
                }
            }
            if (surveys.isEmpty()) {
                problems.add(new Refused("surveys", "evaluation.question.surveys.none"));
            }
            return problems;
        }

        Question question() {
            return new Question(
                    0,
                    kind,
                    text.strip(),
                    hint == null || hint.isBlank() ? null : hint.strip(),
                    area,
                    kind.hasOptions() ? options : List.of(),
                    surveys,
                    required,
                    asksConsent);
        }
    }

    /**
     * A project's current plan as its page shows it, version 0 when it has none yet: the national plan
     * (hub null), or a hub's local questions with the national ones they follow.
     */
    public record PlanView(
            Outline project,
            Long hubId,
            int version,
            boolean frozen,
            List<Question> questions,
            List<Question> national,
            Set<SurveyKind> contactsInvitedTo) {

        public boolean local() {
            return hubId != null;
        }

        public Optional<Question> at(int position) {
            return questions.stream().filter(q -> q.getPosition() == position).findFirst();
        }

        public long count(SurveyKind kind) {
            return questions.stream().filter(q -> q.askedIn(kind)).count();
        }
    }

    private final PlanRepository plans;
    private final ProjectOutlines projects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Plans(PlanRepository plans, ProjectOutlines projects, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    /** The national plan (hub null) or the hub's local questions for the project. */
    @Transactional(readOnly = true)
    public PlanView view(String code, Long hubId) {
        Outline project = project(code);
        List<Question> national = hubId == null
                ? List.of()
                : plans.findFirstByProjectIdAndHubIdIsNullOrderByVersionDesc(project.id())
                        .map(EvaluationPlan::getQuestions)
                        .orElse(List.of());
        return current(project, hubId)
                .map(p -> new PlanView(
                        project,
                        hubId,
                        p.getVersion(),
                        plans.answered(p.getId()),
                        p.getQuestions(),
                        national,
                        CONTACTS_ASKED_IN.stream().filter(p::invitesContacts).collect(Collectors.toSet())))
                .orElseGet(() -> new PlanView(project, hubId, 0, false, List.of(), national, Set.of()));
    }

    /** The surveys a school's contact (its maths lead or headteacher) may be invited to. */
    public static final List<SurveyKind> CONTACTS_ASKED_IN = List.of(SurveyKind.BASELINE, SurveyKind.FINAL);

    /** Which of the national plan's surveys also invite each school's contact; a change like any other. */
    @Transactional
    public void inviteContactsTo(String code, Set<SurveyKind> kinds, String by) {
        Outline project = project(code);
        EvaluationPlan plan = editable(project, null, by);
        plan.inviteContactsTo(kinds);
        events.publishEvent(Audited.of(
                "evaluation.contacts-invited",
                null,
                project.code(),
                plan.getVersion(),
                kinds.stream().map(SurveyKind::label).sorted().collect(Collectors.joining(", "))));
    }

    /**
     * Adds a question at the end of the plan; refused when the plan already asks it (the same words), as
     * when the form is sent twice.
     */
    @Transactional
    public void add(String code, Long hubId, QuestionInput input, String by) {
        Outline project = checked(code, input);
        EvaluationPlan plan = editable(project, hubId, by);
        Question question = input.question();
        if (plan.getQuestions().stream().anyMatch(q -> q.getText().equalsIgnoreCase(question.getText()))) {
            throw new Refused("text", "evaluation.question.text.repeated");
        }
        Question added = plan.add(question);
        events.publishEvent(Audited.of(
                "evaluation.question-added",
                hubId,
                project.code(),
                plan.getVersion(),
                added.getPosition(),
                input.text()));
    }

    /**
     * Rewrites the question at a position, if it is still the one the person opened ({@code was}, its words
     * then): another change to the plan may have moved a different question there since.
     */
    @Transactional
    public void change(String code, Long hubId, int position, String was, QuestionInput input, String by) {
        Outline project = checked(code, input);
        EvaluationPlan plan = editable(project, hubId, by);
        requireStill(plan, position, was);
        plan.replace(position, input.question());
        events.publishEvent(Audited.of(
                "evaluation.question-changed", hubId, project.code(), plan.getVersion(), position, input.text()));
    }

    /**
     * Takes the question at a position out of the plan, if it is still the one the person chose ({@code was}):
     * a second click on "Remove", or someone else's removal first, must not take out the question that
     * moved up into its place.
     */
    @Transactional
    public void remove(String code, Long hubId, int position, String was, String by) {
        Outline project = project(code);
        EvaluationPlan plan = editable(project, hubId, by);
        Question removed = requireStill(plan, position, was);
        plan.remove(position);
        events.publishEvent(Audited.of(
                "evaluation.question-removed", hubId, project.code(), plan.getVersion(), position, removed.getText()));
    }

    /** What is wrong with a question for a project, each beside its field; nothing when it can be saved. */
    @Transactional(readOnly = true)
    public List<Refused> problems(String code, QuestionInput input) {
        return input.problems(project(code));
    }

    private static Question requireStill(EvaluationPlan plan, int position, String was) {
        return plan.at(position)
                .filter(q -> q.getText().equals(was))
                .orElseThrow(() -> new Refused(null, "evaluation.question.moved", position));
    }

    private Outline checked(String code, QuestionInput input) {
        Outline project = project(code);
        List<Refused> problems = input.problems(project);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return project;
    }

    /** The version to change: the current one, unless it has responses (then the next), or a first one. */
    private EvaluationPlan editable(Outline project, Long hubId, String by) {
        Optional<EvaluationPlan> current = current(project, hubId);
        if (current.isEmpty()) {
            return plans.save(new EvaluationPlan(project.id(), hubId, 1, clock.instant(), by));
        }
        if (plans.answered(current.get().getId())) {
            return plans.save(current.get().next(clock.instant(), by));
        }
        return current.get();
    }

    private Optional<EvaluationPlan> current(Outline project, Long hubId) {
        return hubId == null
                ? plans.findFirstByProjectIdAndHubIdIsNullOrderByVersionDesc(project.id())
                : plans.findFirstByProjectIdAndHubIdOrderByVersionDesc(project.id(), hubId);
    }

    private Outline project(String code) {
        return projects.byCode(code).orElseThrow(() -> new NotFoundException("not-found.project"));
    }
}
