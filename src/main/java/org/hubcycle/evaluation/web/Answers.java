package org.hubcycle.evaluation.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.hubcycle.evaluation.internal.Figures.Item;

/** An answer as words for a download: the agreement point with its words, the options chosen, or as given. */
final class Answers {

    static final String[] AGREEMENT = {
        "", "1 Strongly disagree", "2 Disagree", "3 Neither agree nor disagree", "4 Agree", "5 Strongly agree"
    };

    private Answers() {}

    /** A download's cell: a number stays a number, so a spreadsheet can add it up. */
    static Object cell(Item q, String value) {
        if (q.kind() == org.hubcycle.evaluation.domain.QuestionKind.NUMBER && value.matches("-?\\d{1,9}")) {
            return Long.valueOf(value);
        }
        return words(q, value);
    }

    static String words(Item q, String value) {
        return switch (q.kind()) {
            case AGREEMENT -> value.matches("[1-5]") ? AGREEMENT[Integer.parseInt(value)] : value;
            case SINGLE, MULTIPLE ->
                Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(v -> v.matches("\\d{1,2}")
                                && Integer.parseInt(v) < q.options().size())
                        .map(v -> q.options().get(Integer.parseInt(v)))
                        .collect(Collectors.joining("; "));
            case NUMBER, TEXT -> value;
        };
    }
}
