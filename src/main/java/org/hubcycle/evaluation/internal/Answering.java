package org.hubcycle.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.directory.Hubs;
import org.hubcycle.evaluation.domain.Answer;
import org.hubcycle.evaluation.domain.PlanRepository;
import org.hubcycle.evaluation.domain.Question;
import org.hubcycle.evaluation.domain.QuestionKind;
import org.hubcycle.evaluation.domain.Response;
import org.hubcycle.evaluation.domain.ResponseRepository;
import org.hubcycle.evaluation.domain.Survey;
import org.hubcycle.evaluation.domain.SurveyInvitation;
import org.hubcycle.evaluation.domain.SurveyInvitationRepository;
import org.hubcycle.evaluation.domain.SurveyKind;
import org.hubcycle.evaluation.domain.SurveyLinkRepository;
import org.hubcycle.evaluation.domain.SurveyRepository;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.hubcycle.shared.Tokens;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * A respondent answers through their personal link, without signing in: the link is the only key, and
 * it reaches their own invitation and nothing else. Answers are saved a section at a time, so they can
 * finish later from the same link; submitting copies them into a response that carries only the pair
 * key. Runs for the system, each call its own transaction.
 */
@Service
public class Answering {

    static final int MAX_TEXT = 2000;
    static final long MAX_NUMBER = 1_000_000;

    /** Where the respondent's invitation stands. */
    public enum State {
        NOT_YET_OPEN,
        OPEN,
        CLOSED,
        SUBMITTED
    }

    /** One page of the survey: the questions of an outcome area, or the rest. */
    public record Section(OutcomeArea area, List<Question> questions) {}

    /** What the respondent sees through their link. */
    public record Visit(
            State state,
            String hub,
            String group,
            SurveyKind kind,
            int sessionSequence,
            LocalDate opensOn,
            LocalDate closesOn,
            List<Section> sections,
            Map<Long, Answer> draft) {

        public Section section(int number) {
            return sections.get(number - 1);
        }

        public boolean hasSection(int number) {
            return number >= 1 && number <= sections.size();
        }

        public boolean started() {
            return !draft.isEmpty();
        }

        /** The answer saved so far to a question, or empty. */
        public String value(Question q) {
            Answer a = draft.get(q.getId());
            return a == null ? "" : a.value();
        }

        public boolean quotable(Question q) {
            Answer a = draft.get(q.getId());
            return a != null && a.quotable();
        }

        /** The saved answer as the form's values: the chosen options' numbers of a multiple choice, else the one value. */
        public List<String> values(Question q) {
            String v = value(q);
            if (v.isEmpty()) {
                return List.of();
            }
            return q.getKind() == QuestionKind.MULTIPLE ? List.of(v.split(",")) : List.of(v);
        }
    }

    private final SurveyLinkRepository links;
    private final SurveyInvitationRepository invitations;
    private final SurveyRepository surveys;
    private final PlanRepository plans;
    private final ResponseRepository responses;
    private final WorkGroupTerms workGroups;
    private final Hubs hubs;
    private final SystemWork system;
    private final Clock clock;

    Answering(
            SurveyLinkRepository links,
            SurveyInvitationRepository invitations,
            SurveyRepository surveys,
            PlanRepository plans,
            ResponseRepository responses,
            WorkGroupTerms workGroups,
            Hubs hubs,
            SystemWork system,
            Clock clock) {
        this.links = links;
        this.invitations = invitations;
        this.surveys = surveys;
        this.plans = plans;
        this.responses = responses;
        this.workGroups = workGroups;
        this.hubs = hubs;
        this.system = system;
        this.clock = clock;
    }

    /** What the link opens; empty for a link that is not one Hubcycle sent. */
    public Optional<Visit> visit(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return system.inTransaction(() -> invitation(token).map(this::visit));
    }

    /**
     * Saves the answers to one section (by question id, as the form sent them: {@code q<id>} and
     * {@code q<id>-quote}). Returns what is wrong, each beside its question; with any problem nothing
     * is saved. When the respondent stops to come back {@code later}, a question left blank is not yet
     * wrong (submitting still needs every required answer). Refused once the survey is closed or the
     * response submitted.
     */
    public List<Refused> save(String token, int section, Map<String, List<String>> form, boolean later) {
        return system.inTransaction(() -> {
            SurveyInvitation invitation =
                    invitation(token).orElseThrow(() -> new Refused(null, "evaluation.link.unknown"));
            Visit visit = visit(invitation);
            requireOpen(visit);
            if (!visit.hasSection(section)) {
                throw new Refused(null, "evaluation.section.unknown");
            }
            Map<Long, Answer> answers = new HashMap<>();
            List<Refused> problems = new ArrayList<>();
            for (Question q : visit.section(section).questions()) {
                List<String> values = form.getOrDefault("q" + q.getId(), List.of());
                boolean quote =
                        form.getOrDefault("q" + q.getId() + "-quote", List.of()).contains("yes");
                try {
                    answers.put(q.getId(), new Answer(answer(q, values, later), quote));
                } catch (Refused problem) {
                    problems.add(problem);
                }
            }
            if (problems.isEmpty()) {
                invitation.save(answers);
            }
            return problems;
        });
    }

    /**
     * Submits the saved answers as the respondent's response. Refused, naming the first section with a
     * required question unanswered, when one is; refused politely when already submitted, even when two
     * submissions race (the second stores nothing).
     */
    public void submit(String token) {
        try {
            system.run(() -> {
                SurveyInvitation invitation =
                        invitation(token).orElseThrow(() -> new Refused(null, "evaluation.link.unknown"));
                Visit visit = visit(invitation);
                requireOpen(visit);
                for (int i = 1; i <= visit.sections().size(); i++) {
                    for (Question q : visit.section(i).questions()) {
                        if (q.isRequired() && visit.value(q).isEmpty()) {
                            throw new Refused("section-" + i, "evaluation.submit.unanswered", i, q.getText());
                        }
                    }
                }
                LocalDate today = LocalDate.now(clock);
                responses.saveAndFlush(new Response(
                        invitation.getHubId(),
                        invitation.getSurveyId(),
                        invitation.getPairKey(),
                        today,
                        invitation.getDraft()));
                invitation.submitted(clock.instant());
            });
        } catch (DataIntegrityViolationException twice) {
            throw new Refused(null, "evaluation.submit.already");
        }
    }

    private static void requireOpen(Visit visit) {
        switch (visit.state()) {
            case SUBMITTED -> throw new Refused(null, "evaluation.submit.already");
            case CLOSED -> throw new Refused(null, "evaluation.survey.closed");
            case NOT_YET_OPEN -> throw new Refused(null, "evaluation.survey.notYetOpen");
            case OPEN -> {}
        }
    }

    /** The stored answer for a question's form values; refused when it is not a valid answer. */
    static String answer(Question q, List<String> values, boolean later) {
        List<String> given =
                values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (given.isEmpty()) {
            if (q.isRequired() && !later) {
                throw new Refused("q" + q.getId(), "evaluation.answer.required", q.getText());
            }
            return "";
        }
        String value = given.get(0);
        switch (q.getKind()) {
            case AGREEMENT -> {
                if (!value.matches("[1-5]")) {
                    throw new Refused("q" + q.getId(), "evaluation.answer.choose", q.getText());
                }
            }
            case SINGLE -> {
                if (!option(q, value)) {
                    throw new Refused("q" + q.getId(), "evaluation.answer.choose", q.getText());
                }
            }
            case MULTIPLE -> {
                if (!given.stream().allMatch(v -> option(q, v))) {
                    throw new Refused("q" + q.getId(), "evaluation.answer.choose", q.getText());
                }
                return String.join(
                        ",",
                        given.stream()
                                .distinct()
                                .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                                .toList());
            }
            case NUMBER -> {
                if (!value.matches("-?\\d{1,7}") || Math.abs(Long.parseLong(value)) > MAX_NUMBER) {
                    throw new Refused("q" + q.getId(), "evaluation.answer.number", q.getText());
                }
                return String.valueOf(Long.parseLong(value));
            }
            case TEXT -> {
                if (value.length() > MAX_TEXT) {
                    throw new Refused("q" + q.getId(), "evaluation.answer.tooLong", q.getText(), MAX_TEXT);
                }
            }
        }
        return value;
    }

    private static boolean option(Question q, String value) {
        return value.matches("\\d{1,2}")
                && Integer.parseInt(value) < q.getOptions().size();
    }

    private Optional<SurveyInvitation> invitation(String token) {
        return links.findById(Tokens.hash(token)).flatMap(l -> invitations.findById(l.getInvitationId()));
    }

    private Visit visit(SurveyInvitation invitation) {
        Survey survey = surveys.findById(invitation.getSurveyId()).orElseThrow();
        // The national questions, then the hub's own.
        List<Question> questions = plans.findByIdIn(survey.planIds()).stream()
                .sorted(java.util.Comparator.comparing(p -> p.getHubId() != null))
                .flatMap(p -> p.questionsFor(survey.getKind()).stream())
                .toList();
        var group = workGroups.of(survey.getWorkGroupId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        State state = invitation.isSubmitted()
                ? State.SUBMITTED
                // A survey closed before it opened is closed, not waiting.
                : today.isAfter(survey.getClosesOn())
                        ? State.CLOSED
                        : today.isBefore(survey.getOpensOn()) ? State.NOT_YET_OPEN : State.OPEN;
        return new Visit(
                state,
                hubs.findById(survey.getHubId()).map(h -> h.name()).orElse(""),
                group.name(),
                survey.getKind(),
                survey.getSessionSequence(),
                survey.getOpensOn(),
                survey.getClosesOn(),
                sections(questions),
                invitation.getDraft());
    }

    /** A section per outcome area, in the areas' order, then one for the questions of no area. */
    static List<Section> sections(List<Question> questions) {
        Map<OutcomeArea, List<Question>> byArea = new EnumMap<>(OutcomeArea.class);
        List<Question> rest = new ArrayList<>();
        for (Question q : questions) {
            if (q.getOutcomeArea() == null) {
                rest.add(q);
            } else {
                byArea.computeIfAbsent(q.getOutcomeArea(), a -> new ArrayList<>())
                        .add(q);
            }
        }
        List<Section> sections = new ArrayList<>();
        byArea.forEach((area, qs) -> sections.add(new Section(area, List.copyOf(qs))));
        if (!rest.isEmpty()) {
            sections.add(new Section(null, List.copyOf(rest)));
        }
        return sections;
    }
}
