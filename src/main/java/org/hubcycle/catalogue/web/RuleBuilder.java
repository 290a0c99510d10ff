package org.hubcycle.catalogue.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hubcycle.catalogue.EligibilityRule;
import org.hubcycle.catalogue.EligibilityRule.All;
import org.hubcycle.catalogue.EligibilityRule.Any;
import org.hubcycle.catalogue.EligibilityRule.CompletedFamily;
import org.hubcycle.catalogue.EligibilityRule.HasActiveMasterySpecialist;
import org.hubcycle.catalogue.EligibilityRule.InHub;
import org.hubcycle.catalogue.EligibilityRule.NeverEnrolledFamily;
import org.hubcycle.catalogue.EligibilityRule.OfstedIn;
import org.hubcycle.catalogue.EligibilityRule.PhaseIn;
import org.hubcycle.catalogue.EligibilityRule.TypeGroupIn;
import org.hubcycle.catalogue.EligibilityRule.Window;
import org.springframework.validation.BindingResult;

/**
 * An eligibility rule built from form controls instead of typed: conditions a school must meet (all of
 * them, or any one), each naming only values Hubcycle knows — GIAS phases, type groups and Ofsted
 * ratings, and the project families of the catalogue. A rule this form cannot show (one with "not" or
 * rules inside rules) is kept unless the admin chooses to replace it.
 */
final class RuleBuilder {

    /** The values a rule may name. */
    public record Choices(
            List<String> phases, List<String> typeGroups, List<String> ofstedRatings, List<String> families) {}

    /** The rule's part of the project form, as typed. */
    record RuleForm(
            String combine,
            List<String> phases,
            boolean inHub,
            List<String> typeGroups,
            List<String> ofsted,
            String completedFamily,
            String completedWindow,
            String completedYears,
            String neverFamily,
            boolean specialist) {

        static RuleForm empty() {
            return new RuleForm("ALL", List.of(), false, List.of(), List.of(), "", "EVER", "", "", false);
        }

        boolean chosen(List<String> list, String value) {
            return list != null && list.contains(value);
        }
    }

    private RuleBuilder() {}

    /**
     * The form for an existing rule; null when the form cannot show it (the page then says what the rule
     * is in plain English and offers to replace it).
     */
    static RuleForm formOf(EligibilityRule rule) {
        if (rule == null) {
            return RuleForm.empty();
        }
        List<EligibilityRule> parts;
        String combine = "ALL";
        if (rule instanceof All all) {
            parts = all.rules();
        } else if (rule instanceof Any any) {
            parts = any.rules();
            combine = "ANY";
        } else {
            parts = List.of(rule);
        }
        List<String> phases = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> ratings = new ArrayList<>();
        boolean hub = false;
        boolean specialist = false;
        String completed = "";
        String window = "EVER";
        String years = "";
        String never = "";
        for (EligibilityRule part : parts) {
            if (part instanceof PhaseIn p && phases.isEmpty()) {
                phases.addAll(p.phases());
            } else if (part instanceof TypeGroupIn t && types.isEmpty()) {
                types.addAll(t.typeGroups());
            } else if (part instanceof OfstedIn o && ratings.isEmpty()) {
                ratings.addAll(o.ratings());
            } else if (part instanceof InHub) {
                hub = true;
            } else if (part instanceof HasActiveMasterySpecialist) {
                specialist = true;
            } else if (part instanceof CompletedFamily c && completed.isEmpty()) {
                completed = c.family();
                window = c.window().name();
                years = c.years() == null ? "" : String.valueOf(c.years());
            } else if (part instanceof NeverEnrolledFamily n && never.isEmpty()) {
                never = n.family();
            } else {
                return null;
            }
        }
        return new RuleForm(combine, phases, hub, types, ratings, completed, window, years, never, specialist);
    }

    /** The rule the form describes (null: any school), refusing values Hubcycle does not know. */
    static EligibilityRule build(RuleForm form, Choices choices, BindingResult result) {
        List<EligibilityRule> parts = new ArrayList<>();
        Set<String> phases = known(form.phases(), choices.phases(), "rulePhases", result);
        if (!phases.isEmpty()) {
            parts.add(new PhaseIn(phases));
        }
        if (form.inHub()) {
            parts.add(new InHub());
        }
        Set<String> types = known(form.typeGroups(), choices.typeGroups(), "ruleTypeGroups", result);
        if (!types.isEmpty()) {
            parts.add(new TypeGroupIn(types));
        }
        Set<String> ratings = known(form.ofsted(), choices.ofstedRatings(), "ruleOfsted", result);
        if (!ratings.isEmpty()) {
            parts.add(new OfstedIn(ratings));
        }
        if (form.completedFamily() != null && !form.completedFamily().isBlank()) {
            if (!choices.families().contains(form.completedFamily())) {
                result.rejectValue("ruleCompletedFamily", "project.rule.family.unknown");
            } else {
                Window window;
                try {
                    window = Window.valueOf(form.completedWindow());
                } catch (IllegalArgumentException | NullPointerException e) {
                    window = null;
                    result.rejectValue("ruleCompletedWindow", "project.rule.window.required");
                }
                Integer years = null;
                if (window == Window.WITHIN_YEARS) {
                    try {
                        years = Integer.parseInt(form.completedYears().strip());
                        if (years < 1 || years > 10) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException | NullPointerException e) {
                        result.rejectValue("ruleCompletedYears", "project.rule.years.invalid");
                    }
                }
                if (window != null && !result.hasFieldErrors("ruleCompletedYears")) {
                    parts.add(new CompletedFamily(form.completedFamily(), window, years));
                }
            }
        }
        if (form.neverFamily() != null && !form.neverFamily().isBlank()) {
            if (!choices.families().contains(form.neverFamily())) {
                result.rejectValue("ruleNeverFamily", "project.rule.family.unknown");
            } else {
                parts.add(new NeverEnrolledFamily(form.neverFamily()));
            }
        }
        if (form.specialist()) {
            parts.add(new HasActiveMasterySpecialist());
        }
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return "ANY".equals(form.combine()) ? new Any(parts) : new All(parts);
    }

    private static Set<String> known(List<String> chosen, List<String> known, String field, BindingResult result) {
        Set<String> values = new LinkedHashSet<>(chosen == null ? List.of() : chosen);
        if (!known.containsAll(values)) {
            result.rejectValue(field, "project.rule.value.unknown");
            return Set.of();
        }
        return values;
    }
}
