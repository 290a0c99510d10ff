package org.hubcycle.catalogue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which schools a project is for, stored on the project as data (JSON) so that each year's rules
 * are configured, not coded. The enrolment module applies a rule to a school's history; here a rule
 * is defined, stored and said in plain English for schools and hubs to read.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = EligibilityRule.All.class, name = "all"),
    @JsonSubTypes.Type(value = EligibilityRule.Any.class, name = "any"),
    @JsonSubTypes.Type(value = EligibilityRule.Not.class, name = "not"),
    @JsonSubTypes.Type(value = EligibilityRule.PhaseIn.class, name = "phase"),
    @JsonSubTypes.Type(value = EligibilityRule.InHub.class, name = "in-hub"),
    @JsonSubTypes.Type(value = EligibilityRule.TypeGroupIn.class, name = "type-group"),
    @JsonSubTypes.Type(value = EligibilityRule.OfstedIn.class, name = "ofsted"),
    @JsonSubTypes.Type(value = EligibilityRule.CompletedFamily.class, name = "completed"),
    @JsonSubTypes.Type(value = EligibilityRule.NeverEnrolledFamily.class, name = "never-enrolled"),
    @JsonSubTypes.Type(value = EligibilityRule.HasActiveMasterySpecialist.class, name = "has-mastery-specialist")
})
public sealed interface EligibilityRule {

    /** The rule as a school reads it, completing "For schools that …". */
    String describe();

    /** "For schools that …", or "For any school" when there is no rule. */
    static String forSchools(EligibilityRule rule) {
        return rule == null ? "For any school" : "For schools that " + rule.describe();
    }

    /** When a school must have completed a project family. */
    enum Window {
        EVER,
        PREVIOUS_YEAR,
        WITHIN_YEARS
    }

    record All(List<EligibilityRule> rules) implements EligibilityRule {
        public All {
            requireSome(rules);
            rules = List.copyOf(rules);
        }

        @Override
        public String describe() {
            return join(rules, " and ");
        }
    }

    record Any(List<EligibilityRule> rules) implements EligibilityRule {
        public Any {
            requireSome(rules);
            rules = List.copyOf(rules);
        }

        @Override
        public String describe() {
            return rules.size() == 1 ? rules.get(0).describe() : "either " + join(rules, " or ");
        }
    }

    record Not(EligibilityRule rule) implements EligibilityRule {
        @Override
        public String describe() {
            return "do not meet this: " + rule.describe();
        }
    }

    record PhaseIn(Set<String> phases) implements EligibilityRule {

        public PhaseIn {
            phases = unchangeable(phases);
        }

        /** GIAS phases from the youngest pupils up, so a rule reads "primary or middle deemed primary". */
        static final List<String> ORDER = List.of(
                "Nursery",
                "Primary",
                "Middle deemed primary",
                "Middle deemed secondary",
                "Secondary",
                "All-through",
                "16 plus",
                "Not applicable");

        @Override
        public String describe() {
            List<String> ordered = phases.stream()
                    .sorted(java.util.Comparator.comparingInt(
                                    (String p) -> ORDER.indexOf(p) < 0 ? 99 : ORDER.indexOf(p))
                            .thenComparing(p -> p))
                    .map(p -> p.toLowerCase(java.util.Locale.UK))
                    .toList();
            return "are " + inOrder(ordered, " or ") + " schools";
        }
    }

    record InHub() implements EligibilityRule {
        @Override
        public String describe() {
            return "are in the hub's area";
        }
    }

    record TypeGroupIn(Set<String> typeGroups) implements EligibilityRule {
        public TypeGroupIn {
            typeGroups = unchangeable(typeGroups);
        }

        @Override
        public String describe() {
            return "are " + listed(typeGroups, " or ").toLowerCase(java.util.Locale.UK);
        }
    }

    record OfstedIn(Set<String> ratings) implements EligibilityRule {
        public OfstedIn {
            ratings = unchangeable(ratings);
        }

        @Override
        public String describe() {
            return "were last rated " + listed(ratings, " or ") + " by Ofsted";
        }
    }

    record CompletedFamily(String family, Window window, Integer years) implements EligibilityRule {
        public CompletedFamily {
            if (family == null || family.isBlank()) {
                throw new IllegalArgumentException("Name the project family a school must have completed");
            }
            if (window == Window.WITHIN_YEARS && (years == null || years < 1)) {
                throw new IllegalArgumentException(
                        "Say within how many years the school must have completed " + family);
            }
        }

        @Override
        public String describe() {
            return "completed a " + family + " project"
                    + switch (window) {
                        case EVER -> "";
                        case PREVIOUS_YEAR -> " last year";
                        case WITHIN_YEARS -> " in the last " + (years == 1 ? "year" : years + " years");
                    };
        }
    }

    record NeverEnrolledFamily(String family) implements EligibilityRule {
        @Override
        public String describe() {
            return "have never taken part in a " + family + " project";
        }
    }

    record HasActiveMasterySpecialist() implements EligibilityRule {
        @Override
        public String describe() {
            return "have an active Mastery Specialist";
        }
    }

    /** A set no one can change, in the order given: a rule read once is shared by every reader. */
    private static Set<String> unchangeable(Set<String> values) {
        return values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    private static void requireSome(List<EligibilityRule> rules) {
        if (rules == null || rules.isEmpty()) {
            throw new IllegalArgumentException("A combined rule needs at least one rule");
        }
    }

    private static String join(List<EligibilityRule> rules, String word) {
        return rules.stream().map(EligibilityRule::describe).collect(Collectors.joining(word));
    }

    private static String inOrder(List<String> values, String lastWord) {
        if (values.size() <= 1) {
            return String.join("", values);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + lastWord + values.get(values.size() - 1);
    }

    private static String listed(Set<String> values, String lastWord) {
        List<String> sorted = values.stream().sorted().toList();
        if (sorted.size() <= 1) {
            return String.join("", sorted);
        }
        return String.join(", ", sorted.subList(0, sorted.size() - 1)) + lastWord + sorted.get(sorted.size() - 1);
    }
}
