package org.hubcycle.evaluation.web;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.hubcycle.evaluation.internal.Figures.Item;

/**
 * An answer as a download's cell: a number stays a number (so a spreadsheet can add it up), an agreement
 * point gets its words, a choice the options chosen, and text stays as given.
 */
final class Answers {

    private Answers() {}

    /** {@code agreement} words a point of the five-point scale (from messages). */
    static Object cell(Item q, String value, IntFunction<String> agreement) {
        return switch (q.kind()) {
            case NUMBER -> value.matches("-?\\d{1,9}") ? Long.valueOf(value) : value;
            case AGREEMENT -> value.matches("[1-5]") ? value + " " + agreement.apply(Integer.parseInt(value)) : value;
            case SINGLE, MULTIPLE ->
                Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(v -> v.matches("\\d{1,2}")
                                && Integer.parseInt(v) < q.options().size())
                        .map(v -> q.options().get(Integer.parseInt(v)))
                        .collect(Collectors.joining("; "));
            case TEXT -> value;
        };
    }
}
