package org.hubcycle.enrolment.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.EligibilityRule;
import org.hubcycle.catalogue.EligibilityRule.All;
import org.hubcycle.catalogue.EligibilityRule.Any;
import org.hubcycle.catalogue.EligibilityRule.CompletedFamily;
import org.hubcycle.catalogue.EligibilityRule.HasActiveMasterySpecialist;
import org.hubcycle.catalogue.EligibilityRule.InHub;
import org.hubcycle.catalogue.EligibilityRule.NeverEnrolledFamily;
import org.hubcycle.catalogue.EligibilityRule.Not;
import org.hubcycle.catalogue.EligibilityRule.OfstedIn;
import org.hubcycle.catalogue.EligibilityRule.PhaseIn;
import org.hubcycle.catalogue.EligibilityRule.TypeGroupIn;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.hubcycle.shared.AcademicYear;

/**
 * Applies a project's eligibility rule to a school and its history. Pure: everything it needs is
 * in the {@link School} it is given, so every rule type can be tested from a table. Each decision
 * carries a reason code (stable, for reports) and a reason in plain English for the school and hub.
 */
public final class Eligibility {

    private Eligibility() {}

    /** A year of a school's history in one project family: took part, and completed or not. */
    public record Participation(String family, AcademicYear year, EnrolmentStatus status, int urn) {}

    /**
     * What a rule may ask of a school: its GIAS facts, the hub it belongs to, its history (including
     * its predecessors'), and whether someone there is an active Mastery Specialist (asked only if a
     * rule needs it).
     */
    public record School(
            int urn,
            String name,
            String phase,
            String typeGroup,
            String ofstedRating,
            Long hubId,
            List<Participation> history,
            BooleanSupplier activeSpecialist) {}

    /** The decision: eligible or not, why (code and words). */
    public record Decision(boolean eligible, String code, String reason) {}

    private record Result(boolean met, String code, String reason) {}

    /** Decides whether the school may take part in a work group of the given hub and year under the rule. */
    public static Decision decide(EligibilityRule rule, School school, long workGroupHubId, AcademicYear year) {
        if (rule == null) {
            return new Decision(true, "ELIGIBLE", "Eligible: this work group is open to any school.");
        }
        Result result = evaluate(rule, school, workGroupHubId, year);
        return result.met()
                ? new Decision(true, "ELIGIBLE", "Eligible: the school " + result.reason() + ".")
                : new Decision(false, result.code(), "Not eligible: the school " + result.reason() + ".");
    }

    private static Result evaluate(EligibilityRule rule, School s, long hubId, AcademicYear year) {
        if (rule instanceof All all) {
            List<Result> results =
                    all.rules().stream().map(r -> evaluate(r, s, hubId, year)).toList();
            return results.stream()
                    .filter(r -> !r.met())
                    .findFirst()
                    .orElseGet(() -> new Result(true, "ALL", join(results, " and ")));
        }
        if (rule instanceof Any any) {
            List<Result> failed = new ArrayList<>();
            for (EligibilityRule r : any.rules()) {
                Result one = evaluate(r, s, hubId, year);
                if (one.met()) {
                    return one;
                }
                failed.add(one);
            }
            return new Result(false, failed.get(0).code(), join(failed, " and "));
        }
        if (rule instanceof Not not) {
            Result inner = evaluate(not.rule(), s, hubId, year);
            return inner.met()
                    ? new Result(false, "EXCLUDED", inner.reason() + ", and this work group is for schools that do not")
                    : new Result(
                            true,
                            "NOT",
                            "is not among schools that " + not.rule().describe());
        }
        if (rule instanceof PhaseIn phase) {
            boolean met = s.phase() != null && phase.phases().stream().anyMatch(p -> p.equalsIgnoreCase(s.phase()));
            return new Result(
                    met,
                    "PHASE",
                    met
                            ? "is a " + s.phase() + " school"
                            : "is " + (s.phase() == null ? "of no recorded phase" : "a " + s.phase() + " school")
                                    + ", and this work group is for " + listed(phase.phases()) + " schools");
        }
        if (rule instanceof InHub) {
            boolean met = s.hubId() != null && s.hubId() == hubId;
            return new Result(met, "OUT_OF_AREA", met ? "is in the hub's area" : "is not in the hub's area");
        }
        if (rule instanceof TypeGroupIn types) {
            boolean met = s.typeGroup() != null
                    && types.typeGroups().stream().anyMatch(t -> t.equalsIgnoreCase(s.typeGroup()));
            return new Result(
                    met,
                    "TYPE",
                    met
                            ? "is one of the " + s.typeGroup().toLowerCase(Locale.UK)
                            : "is "
                                    + (s.typeGroup() == null
                                            ? "of no recorded type"
                                            : "one of the " + s.typeGroup().toLowerCase(Locale.UK))
                                    + ", and this work group is for "
                                    + listed(types.typeGroups()).toLowerCase(Locale.UK));
        }
        if (rule instanceof OfstedIn ofsted) {
            boolean met = s.ofstedRating() != null
                    && ofsted.ratings().stream().anyMatch(r -> r.equalsIgnoreCase(s.ofstedRating()));
            return new Result(
                    met,
                    "OFSTED",
                    s.ofstedRating() == null
                            ? "has no Ofsted rating recorded"
                            : "was last rated " + s.ofstedRating() + " by Ofsted"
                                    + (met
                                            ? ""
                                            : ", and this work group is for schools rated "
                                                    + listed(ofsted.ratings())));
        }
        if (rule instanceof CompletedFamily completed) {
            return s.history().stream()
                    .filter(p ->
                            completed.family().equalsIgnoreCase(p.family()) && p.status() == EnrolmentStatus.COMPLETED)
                    .filter(p -> within(p.year(), year, completed))
                    .findFirst()
                    .map(p -> new Result(
                            true, "COMPLETED", "completed " + completed.family() + " in " + p.year() + via(p, s)))
                    .orElseGet(() -> new Result(
                            false,
                            "NOT_COMPLETED",
                            "has not completed " + completed.family() + window(completed, year)));
        }
        if (rule instanceof NeverEnrolledFamily never) {
            return s.history().stream()
                    .filter(p -> never.family().equalsIgnoreCase(p.family())
                            && p.status().tookPart()
                            && p.year().compareTo(year) <= 0)
                    .findFirst()
                    .map(p -> new Result(
                            false,
                            "ALREADY_TAKEN_PART",
                            "took part in " + never.family() + " in " + p.year() + via(p, s)
                                    + ", and a school takes it once"))
                    .orElseGet(() -> new Result(
                            true, "NEVER_TAKEN_PART", "has not taken part in " + never.family() + " before"));
        }
        if (rule instanceof HasActiveMasterySpecialist) {
            boolean met = s.activeSpecialist().getAsBoolean();
            return new Result(
                    met,
                    "NO_SPECIALIST",
                    met ? "has an active Mastery Specialist" : "has no active Mastery Specialist");
        }
        throw new IllegalArgumentException(
                "No eligibility check for " + rule.getClass().getSimpleName());
    }

    private static String window(CompletedFamily rule, AcademicYear year) {
        return switch (rule.window()) {
            case EVER -> "";
            case PREVIOUS_YEAR -> " in " + year.previous();
            case WITHIN_YEARS -> " in the last " + (rule.years() == 1 ? "year" : rule.years() + " years");
        };
    }

    private static String listed(Collection<String> values) {
        return String.join(" or ", values.stream().sorted().toList());
    }

    private static boolean within(AcademicYear done, AcademicYear year, CompletedFamily rule) {
        if (done.compareTo(year) >= 0) {
            return false;
        }
        return switch (rule.window()) {
            case EVER -> true;
            case PREVIOUS_YEAR -> done.equals(year.previous());
            case WITHIN_YEARS -> year.startYear() - done.startYear() <= rule.years();
        };
    }

    /** Names the predecessor when history came from one (an academy conversion, say). */
    private static String via(Participation p, School s) {
        return p.urn() == s.urn() ? "" : " (as its predecessor, URN " + p.urn() + ")";
    }

    private static String join(List<Result> results, String word) {
        return results.stream().map(Result::reason).distinct().collect(Collectors.joining(word));
    }
}
