package org.hubcycle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.evaluation.domain.Answer;
import org.hubcycle.evaluation.domain.QuestionKind;
import org.hubcycle.evaluation.domain.SurveyKind;
import org.hubcycle.evaluation.internal.Figures;
import org.hubcycle.evaluation.internal.Figures.AreaPrePost;
import org.hubcycle.evaluation.internal.Figures.Distribution;
import org.hubcycle.evaluation.internal.Figures.Item;
import org.hubcycle.evaluation.internal.Figures.PrePost;
import org.hubcycle.evaluation.internal.Figures.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The arithmetic of results: pre/post pairs, agreeing shares, mean shifts, and suppression below five respondents. */
class FiguresTest {

    static final Item PRACTICE_1 =
            new Item(1, QuestionKind.AGREEMENT, "I plan in small steps", OutcomeArea.PRACTICE, List.of(), true);
    static final Item PRACTICE_2 =
            new Item(2, QuestionKind.AGREEMENT, "I use representations", OutcomeArea.PRACTICE, List.of(), true);
    static final Item POLICY =
            new Item(3, QuestionKind.AGREEMENT, "We agree how lessons go", OutcomeArea.POLICIES, List.of(), true);
    static final Item CHOICE =
            new Item(4, QuestionKind.MULTIPLE, "What helped", null, List.of("Sessions", "Visits", "Tasks"), false);
    static final Item COMMENT = new Item(5, QuestionKind.TEXT, "What changed", null, List.of(), false);

    /**
     * Each row: the baseline and final points of one statement by respondent ("-" for no answer), then the
     * pairs expected, and (when not suppressed) agreeing before and after in per cent and the mean shift.
     */
    static Stream<Arguments> statements() {
        return Stream.of(
                Arguments.of("five pairs, everyone moves up one", "1,2,3,4,2", "2,3,4,5,3", 5, 20.0, 40.0, 1.0),
                Arguments.of("four pairs are suppressed", "1,2,3,4", "2,3,4,5", 4, null, null, null),
                Arguments.of("unpaired answers do not count", "1,2,3,4,5,-,-", "5,5,5,5,-,4,4", 4, null, null, null),
                Arguments.of("six pairs, one moves down", "4,4,2,2,3,5", "5,4,4,3,3,3", 6, 50.0, 50.0, 0.3333),
                Arguments.of("nobody agrees at either end", "1,1,1,1,1", "3,3,3,3,3", 5, 0.0, 0.0, 2.0),
                Arguments.of("an answer off the scale is no answer", "1,9,1,1,1,1", "2,2,2,2,2,2", 5, 0.0, 0.0, 1.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void prePostPerStatement(
            String rule,
            String before,
            String after,
            long pairs,
            Double agreeingBefore,
            Double agreeingAfter,
            Double shift) {
        List<Reply> replies = replies(PRACTICE_1.id(), before, after);

        PrePost result = Figures.prePost(List.of(PRACTICE_1), replies).get(0);

        assertThat(result.pairs()).as(rule).isEqualTo(pairs);
        assertThat(result.suppressed()).as(rule).isEqualTo(agreeingBefore == null);
        if (agreeingBefore == null) {
            assertThat(result.agreeingBefore()).as(rule + ": nothing shown").isNull();
            assertThat(result.meanShift()).as(rule + ": nothing shown").isNull();
        } else {
            assertThat(result.agreeingBefore()).as(rule).isCloseTo(agreeingBefore, within(0.01));
            assertThat(result.agreeingAfter()).as(rule).isCloseTo(agreeingAfter, within(0.01));
            assertThat(result.meanShift()).as(rule).isCloseTo(shift, within(0.001));
        }
    }

    @Test
    void anOutcomeAreaPoolsItsStatementsAndCountsRespondentsOnce() {
        List<Reply> replies = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            // PRACTICE_1 moves 2 -> 4; PRACTICE_2 stays at 3; POLICY answered by four only
            replies.add(
                    reply(SurveyKind.BASELINE, "p" + r, Map.of(1L, "2", 2L, "3"), r < 5 ? Map.of(3L, "1") : Map.of()));
            replies.add(reply(SurveyKind.FINAL, "p" + r, Map.of(1L, "4", 2L, "3"), r < 5 ? Map.of(3L, "5") : Map.of()));
        }

        List<AreaPrePost> areas = Figures.byArea(List.of(PRACTICE_1, PRACTICE_2, POLICY), replies);

        assertThat(areas).extracting(AreaPrePost::area).containsExactly(OutcomeArea.POLICIES, OutcomeArea.PRACTICE);
        AreaPrePost policies = areas.get(0);
        assertThat(policies.respondents()).isEqualTo(4);
        assertThat(policies.suppressed()).isTrue();
        assertThat(policies.meanShift()).isNull();
        AreaPrePost practice = areas.get(1);
        assertThat(practice.respondents()).isEqualTo(5);
        assertThat(practice.pairs()).isEqualTo(10);
        assertThat(practice.agreeingBefore()).isEqualTo(0.0);
        assertThat(practice.agreeingAfter()).isEqualTo(50.0);
        assertThat(practice.meanShift()).isEqualTo(1.0);
    }

    @Test
    void theOverallFigurePerGroupPoolsEveryStatementAndSuppressesSmallGroups() {
        List<Reply> replies = new ArrayList<>();
        for (int r = 1; r <= 9; r++) {
            // p1-p5 in hub A move 2 -> 4 on both statements; p6-p9 in hub B are too few to show
            replies.add(reply(SurveyKind.BASELINE, "p" + r, Map.of(1L, "2", 2L, "2"), Map.of()));
            replies.add(reply(SurveyKind.FINAL, "p" + r, Map.of(1L, "4", 2L, "4"), Map.of()));
        }
        List<Item> items = List.of(PRACTICE_1, PRACTICE_2, CHOICE);

        Map<String, AreaPrePost> byHub = Figures.overallBy(
                items, Figures.pairs(items, replies), key -> Integer.parseInt(key.substring(1)) <= 5 ? "A" : "B");

        assertThat(byHub.get("A").respondents()).isEqualTo(5);
        assertThat(byHub.get("A").pairs()).isEqualTo(10);
        assertThat(byHub.get("A").agreeingBefore()).isEqualTo(0.0);
        assertThat(byHub.get("A").agreeingAfter()).isEqualTo(100.0);
        assertThat(byHub.get("A").meanShift()).isEqualTo(2.0);
        assertThat(byHub.get("B").respondents()).isEqualTo(4);
        assertThat(byHub.get("B").suppressed()).isTrue();
        assertThat(byHub.get("B").meanShift()).isNull();
    }

    @Test
    void distributionsCountEachOptionAndSuppressFewerThanFiveAnswers() {
        List<Reply> replies = new ArrayList<>();
        String[] chosen = {"0,1", "1", "1,2", "0", "1"};
        for (int r = 0; r < 5; r++) {
            replies.add(new Reply(
                    SurveyKind.FINAL,
                    "p" + r,
                    Map.of(4L, new Answer(chosen[r], false), 5L, new Answer("Comment " + r, r % 2 == 0))));
        }
        replies.add(new Reply(SurveyKind.BASELINE, "p9", Map.of(4L, new Answer("2", false))));

        List<Distribution> finals = Figures.distributions(SurveyKind.FINAL, List.of(CHOICE, COMMENT), replies);
        assertThat(finals.get(0).answered()).isEqualTo(5);
        assertThat(finals.get(0).bars())
                .extracting(b -> b.label() + " " + b.count() + " " + Math.round(b.percent()))
                .containsExactly("Sessions 2 40", "Visits 4 80", "Tasks 1 20");
        assertThat(finals.get(1).comments()).hasSize(5);
        assertThat(finals.get(1).comments().stream().filter(Figures.Comment::quotable))
                .hasSize(3);

        List<Distribution> baseline = Figures.distributions(SurveyKind.BASELINE, List.of(CHOICE, COMMENT), replies);
        assertThat(baseline).allSatisfy(d -> {
            assertThat(d.suppressed()).isTrue();
            assertThat(d.bars()).isEmpty();
            assertThat(d.comments()).isEmpty();
        });
    }

    private static List<Reply> replies(long questionId, String before, String after) {
        List<Reply> replies = new ArrayList<>();
        String[] b = before.split(",");
        String[] a = after.split(",");
        for (int i = 0; i < Math.max(b.length, a.length); i++) {
            if (i < b.length && !b[i].equals("-")) {
                replies.add(new Reply(SurveyKind.BASELINE, "r" + i, Map.of(questionId, new Answer(b[i], false))));
            }
            if (i < a.length && !a[i].equals("-")) {
                replies.add(new Reply(SurveyKind.FINAL, "r" + i, Map.of(questionId, new Answer(a[i], false))));
            }
        }
        return replies;
    }

    private static Reply reply(SurveyKind kind, String key, Map<Long, String> some, Map<Long, String> more) {
        Map<Long, Answer> answers = new java.util.HashMap<>();
        some.forEach((q, v) -> answers.put(q, new Answer(v, false)));
        more.forEach((q, v) -> answers.put(q, new Answer(v, false)));
        return new Reply(kind, key, answers);
    }
}
