package org.hubcycle.insights.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.SchoolFacts;
import org.hubcycle.directory.SchoolFacts.Fact;
import org.hubcycle.enrolment.EnrolmentFigures;
import org.hubcycle.shared.AcademicYear;
import org.springframework.stereotype.Service;

/**
 * Engagement in a year, for a hub's area and for England: the open state-funded schools with at least
 * one completed enrolment in the year (the DfE's counting rule), out of all of them, broken down by
 * phase, region, local authority, type group, trust, Ofsted rating and free-school-meals quintile. A
 * school that has since converted or merged counts through the open school that succeeded it.
 */
@Service
public class Engagement {

    /** Trusts shown at most, the largest first; England has about 2,500. */
    static final int TRUSTS_SHOWN = 25;

    static final String NOT_RECORDED = "Not recorded";

    /** Schools engaged out of schools in scope. */
    public record Cell(long engaged, long schools) {

        public double percent() {
            return schools == 0 ? 0 : 100.0 * engaged / schools;
        }
    }

    /** One group of a breakdown: the hub's cell (null for England alone) and England's. */
    public record Row(String group, Cell hub, Cell england) {}

    /** A breakdown's groups; {@code more} counts the groups left out (trusts beyond the largest). */
    public record Breakdown(String key, List<Row> rows, int more) {}

    /** The figures of a year for a hub (null: England alone), with the national FSM quintile bounds. */
    public record Figures(
            AcademicYear year,
            HubSummary hub,
            Cell hubTotal,
            Cell england,
            List<Breakdown> breakdowns,
            List<BigDecimal> fsmBounds) {}

    private final SchoolFacts facts;
    private final EnrolmentFigures enrolments;

    Engagement(SchoolFacts facts, EnrolmentFigures enrolments) {
        this.facts = facts;
        this.enrolments = enrolments;
    }

    public Figures of(AcademicYear year, HubSummary hub) {
        List<Fact> schools = facts.inScope();
        Set<Integer> inScope = schools.stream().map(Fact::urn).collect(Collectors.toSet());
        Set<Integer> completed = enrolments.completedSchools(year);
        Set<Integer> gone = new HashSet<>(completed);
        gone.removeAll(inScope);
        Set<Integer> engaged = engaged(inScope, completed, facts.successors(gone, inScope::contains));
        List<BigDecimal> bounds = quintileBounds(schools);
        Long hubId = hub == null ? null : hub.id();
        List<Breakdown> breakdowns = new ArrayList<>();
        breakdowns.add(breakdown("phase", schools, engaged, hubId, Fact::phase, false));
        breakdowns.add(breakdown("region", schools, engaged, hubId, Fact::region, false));
        breakdowns.add(breakdown("localAuthority", schools, engaged, hubId, Fact::localAuthority, true));
        breakdowns.add(breakdown("typeGroup", schools, engaged, hubId, Fact::typeGroup, false));
        breakdowns.add(breakdown(
                "trust", schools, engaged, hubId, f -> f.trust() == null ? "Not in a trust" : f.trust(), true));
        breakdowns.add(breakdown("ofsted", schools, engaged, hubId, Fact::ofsted, false));
        breakdowns.add(breakdown("fsmQuintile", schools, engaged, hubId, f -> quintile(f.percentFsm(), bounds), false));
        return new Figures(
                year,
                hub,
                hubId == null
                        ? null
                        : cell(
                                schools.stream()
                                        .filter(f -> hubId.equals(f.hubId()))
                                        .toList(),
                                engaged),
                cell(schools, engaged),
                breakdowns,
                bounds);
    }

    /**
     * The schools in scope that are engaged: those that completed a work group themselves, and those
     * that succeeded a school that did.
     */
    static Set<Integer> engaged(Set<Integer> inScope, Set<Integer> completed, Map<Integer, Integer> successors) {
        Set<Integer> engaged = new HashSet<>();
        for (int urn : completed) {
            Integer school = inScope.contains(urn) ? Integer.valueOf(urn) : successors.get(urn);
            if (school != null && inScope.contains(school)) {
                engaged.add(school);
            }
        }
        return engaged;
    }

    /** The 20th, 40th, 60th and 80th percentiles of the percentage of pupils eligible for free school meals, over England's schools in scope. */
    static List<BigDecimal> quintileBounds(List<Fact> schools) {
        List<BigDecimal> known = schools.stream()
                .map(Fact::percentFsm)
                .filter(p -> p != null)
                .sorted()
                .toList();
        if (known.isEmpty()) {
            return List.of();
        }
        List<BigDecimal> bounds = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            bounds.add(known.get(Math.min(known.size() - 1, known.size() * k / 5)));
        }
        return bounds;
    }

    /** Q1 (fewest eligible) to Q5 (most): a school at a bound is in the lower quintile. */
    static String quintile(BigDecimal percent, List<BigDecimal> bounds) {
        if (percent == null || bounds.isEmpty()) {
            return NOT_RECORDED;
        }
        int q = 1;
        while (q <= bounds.size() && percent.compareTo(bounds.get(q - 1)) > 0) {
            q++;
        }
        return "Q" + q;
    }

    private static Breakdown breakdown(
            String key,
            List<Fact> schools,
            Set<Integer> engaged,
            Long hubId,
            Function<Fact, String> groupOf,
            boolean onlyTheHubs) {
        Map<String, long[]> england = new HashMap<>();
        Map<String, long[]> hub = new HashMap<>();
        for (Fact f : schools) {
            String group = groupOf.apply(f);
            String g = group == null || group.isBlank() ? NOT_RECORDED : group;
            count(england, g, engaged.contains(f.urn()));
            if (hubId != null && hubId.equals(f.hubId())) {
                count(hub, g, engaged.contains(f.urn()));
            }
        }
        List<Row> rows = england.entrySet().stream()
                .filter(e -> hubId == null || !onlyTheHubs || hub.containsKey(e.getKey()))
                .map(e -> new Row(e.getKey(), hubId == null ? null : toCell(hub.get(e.getKey())), toCell(e.getValue())))
                .sorted(order(key, hubId != null))
                .toList();
        if (key.equals("trust") && rows.size() > TRUSTS_SHOWN) {
            return new Breakdown(key, rows.subList(0, TRUSTS_SHOWN), rows.size() - TRUSTS_SHOWN);
        }
        return new Breakdown(key, rows, 0);
    }

    /** Quintiles in their order; other groups by size (the hub's, when there is one), not recorded last. */
    private static Comparator<Row> order(String key, boolean byHub) {
        Comparator<Row> last = Comparator.comparing(r -> r.group().equals(NOT_RECORDED));
        if (key.equals("fsmQuintile")) {
            return last.thenComparing(Row::group);
        }
        Comparator<Row> size = Comparator.comparingLong(
                r -> -(byHub ? r.hub().schools() : r.england().schools()));
        return last.thenComparing(size).thenComparing(Row::group);
    }

    private static void count(Map<String, long[]> counts, String group, boolean engaged) {
        long[] c = counts.computeIfAbsent(group, g -> new long[2]);
        c[1]++;
        if (engaged) {
            c[0]++;
        }
    }

    private static Cell toCell(long[] counts) {
        return counts == null ? new Cell(0, 0) : new Cell(counts[0], counts[1]);
    }

    private static Cell cell(List<Fact> schools, Set<Integer> engaged) {
        return new Cell(schools.stream().filter(f -> engaged.contains(f.urn())).count(), schools.size());
    }
}
