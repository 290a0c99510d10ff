package org.hubcycle.evaluation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.evaluation.domain.Answer;
import org.hubcycle.evaluation.domain.QuestionKind;
import org.hubcycle.evaluation.domain.SurveyKind;

/**
 * The arithmetic of evaluation results, apart from where the answers come from: distributions per
 * question, pre/post change per agreement statement and per outcome area, and the suppression of any
 * figure drawn from fewer than {@link #MINIMUM} respondents, so no one's answers can be told apart.
 * Agreeing is 4 or 5 on the five-point scale.
 */
public final class Figures {

    /** The fewest respondents a figure may be drawn from; fewer and it is suppressed. */
    public static final int MINIMUM = 5;

    static final int AGREE = 4;

    /** A question as the arithmetic needs it. */
    public record Item(
            long id, QuestionKind kind, String text, OutcomeArea area, List<String> options, boolean paired) {}

    /** One submitted response: which survey, whose pair key, and the answers by question id. */
    public record Reply(SurveyKind survey, String pairKey, Map<Long, Answer> answers) {}

    /** How many chose one answer, and their share of those who answered. */
    public record Bar(String label, long count, double percent) {}

    /** A comment and whether its writer let it be quoted. */
    public record Comment(String text, boolean quotable) {}

    /**
     * The answers to one question in one survey: how many answered, the bars (agreement points or
     * options), the mean (agreement and numbers), the comments (free text); all empty when suppressed.
     */
    public record Distribution(
            Item question,
            SurveyKind survey,
            long answered,
            boolean suppressed,
            List<Bar> bars,
            Double mean,
            List<Comment> comments) {}

    /** An agreement statement asked at the start and the end, over the respondents who answered both. */
    public record PrePost(
            Item question,
            long pairs,
            boolean suppressed,
            Double agreeingBefore,
            Double agreeingAfter,
            Double meanBefore,
            Double meanAfter,
            Double meanShift) {}

    /** An outcome area's statements pooled: every pair of answers to any of its statements. */
    public record AreaPrePost(
            OutcomeArea area,
            long respondents,
            long pairs,
            boolean suppressed,
            Double agreeingBefore,
            Double agreeingAfter,
            Double meanShift) {}

    private Figures() {}

    /** The answers to each of the survey's questions, in their order. */
    public static List<Distribution> distributions(SurveyKind survey, List<Item> questions, Collection<Reply> replies) {
        // One pass over the answers, not one per question: a national project has tens of thousands.
        Map<Long, List<Answer>> byQuestion = new HashMap<>();
        questions.forEach(q -> byQuestion.put(q.id(), new ArrayList<>()));
        long respondents = 0;
        for (Reply r : replies) {
            if (r.survey() != survey) {
                continue;
            }
            respondents++;
            r.answers().forEach((id, a) -> {
                List<Answer> answers = byQuestion.get(id);
                if (answers != null && !a.value().isBlank()) {
                    answers.add(a);
                }
            });
        }
        List<Distribution> all = new ArrayList<>();
        for (Item q : questions) {
            List<Answer> answers = byQuestion.get(q.id());
            long n = answers.size();
            // Comments are suppressed by the number of the survey's respondents, the rest by the question's.
            boolean suppressed = q.kind() == QuestionKind.TEXT ? respondents < MINIMUM : n < MINIMUM;
            if (suppressed) {
                all.add(new Distribution(q, survey, n, true, List.of(), null, List.of()));
                continue;
            }
            all.add(
                    switch (q.kind()) {
                        case AGREEMENT ->
                            new Distribution(q, survey, n, false, agreementBars(answers), mean(answers), List.of());
                        case SINGLE, MULTIPLE ->
                            new Distribution(q, survey, n, false, optionBars(q, answers), null, List.of());
                        case NUMBER -> new Distribution(q, survey, n, false, List.of(), mean(answers), List.of());
                        case TEXT ->
                            new Distribution(
                                    q,
                                    survey,
                                    n,
                                    false,
                                    List.of(),
                                    null,
                                    answers.stream()
                                            .map(a -> new Comment(a.value(), a.quotable()))
                                            .toList());
                    });
        }
        return all;
    }

    /**
     * The respondents who answered each paired statement at the start and at the end: [before, after] by
     * pair key, by statement. Found in one pass over the replies, then shared by every pre/post figure.
     */
    public record Pairs(Map<Long, Map<String, int[]>> byStatement) {

        Map<String, int[]> of(long statement) {
            return byStatement.getOrDefault(statement, Map.of());
        }
    }

    /** Pairs up the replies' answers to the paired statements among the questions. */
    public static Pairs pairs(List<Item> questions, Collection<Reply> replies) {
        Map<Long, Map<String, Integer>> before = new HashMap<>();
        Map<Long, Map<String, Integer>> after = new HashMap<>();
        questions.stream().filter(Item::paired).forEach(q -> {
            before.put(q.id(), new HashMap<>());
            after.put(q.id(), new HashMap<>());
        });
        for (Reply r : replies) {
            Map<Long, Map<String, Integer>> side =
                    r.survey() == SurveyKind.BASELINE ? before : r.survey() == SurveyKind.FINAL ? after : null;
            if (side == null) {
                continue;
            }
            r.answers().forEach((id, a) -> {
                Map<String, Integer> points = side.get(id);
                Integer point = points == null ? null : point(a);
                if (point != null) {
                    points.put(r.pairKey(), point);
                }
            });
        }
        Map<Long, Map<String, int[]>> byStatement = new HashMap<>();
        before.forEach((id, starts) -> {
            Map<String, Integer> ends = after.get(id);
            Map<String, int[]> pairs = new HashMap<>();
            starts.forEach((key, b) -> {
                Integer a = ends.get(key);
                if (a != null) {
                    pairs.put(key, new int[] {b, a});
                }
            });
            byStatement.put(id, pairs);
        });
        return new Pairs(byStatement);
    }

    /** Pre/post change for each paired agreement statement, in order. */
    public static List<PrePost> prePost(List<Item> questions, Collection<Reply> replies) {
        return prePost(questions, pairs(questions, replies));
    }

    /** Pre/post change for each paired agreement statement, in order, from its pairs. */
    public static List<PrePost> prePost(List<Item> questions, Pairs paired) {
        List<PrePost> all = new ArrayList<>();
        for (Item q : questions) {
            if (!q.paired()) {
                continue;
            }
            List<int[]> pairs = List.copyOf(paired.of(q.id()).values());
            long n = pairs.size();
            if (n < MINIMUM) {
                all.add(new PrePost(q, n, true, null, null, null, null, null));
                continue;
            }
            all.add(new PrePost(
                    q, n, false, share(pairs, 0), share(pairs, 1), average(pairs, 0), average(pairs, 1), shift(pairs)));
        }
        return all;
    }

    /** Pre/post change per outcome area, pooling its paired statements; areas in their order. */
    public static List<AreaPrePost> byArea(List<Item> questions, Collection<Reply> replies) {
        return byArea(questions, pairs(questions, replies));
    }

    /** Pre/post change per outcome area, pooling its paired statements' pairs; areas in their order. */
    public static List<AreaPrePost> byArea(List<Item> questions, Pairs paired) {
        Map<OutcomeArea, List<int[]>> pairsByArea = new EnumMap<>(OutcomeArea.class);
        Map<OutcomeArea, Set<String>> respondents = new EnumMap<>(OutcomeArea.class);
        for (Item q : questions) {
            if (!q.paired() || q.area() == null) {
                continue;
            }
            Map<String, int[]> pairs = paired.of(q.id());
            pairsByArea.computeIfAbsent(q.area(), a -> new ArrayList<>()).addAll(pairs.values());
            respondents.computeIfAbsent(q.area(), a -> new HashSet<>()).addAll(pairs.keySet());
        }
        List<AreaPrePost> all = new ArrayList<>();
        pairsByArea.forEach(
                (area, pairs) -> all.add(pooled(area, respondents.get(area).size(), pairs)));
        return all;
    }

    /**
     * Every paired statement pooled into one figure (its area null) for each group of respondents, to
     * compare, say, hubs side by side; the group of each pair key given.
     */
    public static <G> Map<G, AreaPrePost> overallBy(List<Item> questions, Pairs paired, Function<String, G> groupOf) {
        Map<G, List<int[]>> pairs = new HashMap<>();
        Map<G, Set<String>> people = new HashMap<>();
        for (Item q : questions) {
            if (!q.paired()) {
                continue;
            }
            paired.of(q.id()).forEach((key, pair) -> {
                G group = groupOf.apply(key);
                pairs.computeIfAbsent(group, g -> new ArrayList<>()).add(pair);
                people.computeIfAbsent(group, g -> new HashSet<>()).add(key);
            });
        }
        Map<G, AreaPrePost> all = new HashMap<>();
        pairs.forEach((group, ofGroup) ->
                all.put(group, pooled(null, people.get(group).size(), ofGroup)));
        return all;
    }

    /** The figure for no pairs at all: nobody to count, so suppressed. */
    public static final AreaPrePost NO_PAIRS = new AreaPrePost(null, 0, 0, true, null, null, null);

    private static AreaPrePost pooled(OutcomeArea area, long people, List<int[]> pairs) {
        return people < MINIMUM
                ? new AreaPrePost(area, people, pairs.size(), true, null, null, null)
                : new AreaPrePost(area, people, pairs.size(), false, share(pairs, 0), share(pairs, 1), shift(pairs));
    }

    private static Integer point(Answer answer) {
        if (answer == null) {
            return null;
        }
        try {
            int p = Integer.parseInt(answer.value().strip());
            return p >= 1 && p <= 5 ? p : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double share(List<int[]> pairs, int side) {
        return 100.0 * pairs.stream().filter(p -> p[side] >= AGREE).count() / pairs.size();
    }

    private static double average(List<int[]> pairs, int side) {
        return pairs.stream().mapToInt(p -> p[side]).average().orElseThrow();
    }

    private static double shift(List<int[]> pairs) {
        return pairs.stream().mapToInt(p -> p[1] - p[0]).average().orElseThrow();
    }

    private static List<Bar> agreementBars(List<Answer> answers) {
        long[] counts = new long[6];
        answers.stream().map(Figures::point).filter(p -> p != null).forEach(p -> counts[p]++);
        List<Bar> bars = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            bars.add(new Bar(String.valueOf(p), counts[p], 100.0 * counts[p] / answers.size()));
        }
        return bars;
    }

    /** One bar per option; with several choices allowed the shares add up to more than 100. */
    private static List<Bar> optionBars(Item q, List<Answer> answers) {
        long[] counts = new long[q.options().size()];
        for (Answer a : answers) {
            for (String part : a.value().split(",")) {
                try {
                    int i = Integer.parseInt(part.strip());
                    if (i >= 0 && i < counts.length) {
                        counts[i]++;
                    }
                } catch (NumberFormatException ignored) {
                    // an option that is no longer offered counts for none
                }
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            bars.add(new Bar(q.options().get(i), counts[i], 100.0 * counts[i] / answers.size()));
        }
        return bars;
    }

    private static Double mean(List<Answer> answers) {
        return answers.stream()
                .map(a -> {
                    try {
                        return Double.valueOf(a.value().strip());
                    } catch (NumberFormatException e) {
                        return null;
                    }
                })
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .average()
                .stream()
                .boxed()
                .findFirst()
                .orElse(null);
    }
}
