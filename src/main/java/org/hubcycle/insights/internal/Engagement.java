package org.hubcycle.insights.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.hubcycle.shared.NotFoundException;
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

    static final String NOT_IN_A_TRUST = "Not in a trust";

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
        Basis basis = basis(year);
        Long hubId = hub == null ? null : hub.id();
        List<Breakdown> breakdowns = new ArrayList<>();
        dimensions(basis.bounds())
                .forEach((key, groupOf) -> breakdowns.add(breakdown(
                        key, basis.schools(), basis.engaged(), hubId, groupOf, BY_THE_HUBS_OWN.contains(key))));
        return new Figures(
                year,
                hub,
                hubId == null ? null : cell(inHub(basis.schools(), hubId).toList(), basis.engaged()),
                cell(basis.schools(), basis.engaged()),
                breakdowns,
                basis.bounds());
    }

    /** A hub's engagement in all and in each phase asked for, in the order asked. */
    public record HubPhases(Cell total, List<Cell> phases) {}

    /**
     * A hub's engagement in a year, all its schools and those of each GIAS phase named, counted as
     * {@link #of} counts them but without England's breakdowns: for a document that quotes a few figures.
     */
    public HubPhases ofHub(AcademicYear year, long hubId, List<String> phases) {
        Basis basis = basis(year);
        long[] total = new long[2];
        long[][] byPhase = new long[phases.size()][2];
        for (Fact f : basis.schools()) {
            if (f.hubId() == null || f.hubId() != hubId) {
                continue;
            }
            int engaged = basis.engaged().contains(f.urn()) ? 1 : 0;
            total[0] += engaged;
            total[1]++;
            int phase = phases.indexOf(f.phase());
            if (phase >= 0) {
                byPhase[phase][0] += engaged;
                byPhase[phase][1]++;
            }
        }
        return new HubPhases(
                toCell(total), Arrays.stream(byPhase).map(Engagement::toCell).toList());
    }

    /** The phases the hubs' table shows apart; the rest are pooled as other phases. */
    public static final List<String> PHASES_APART = List.of("Primary", "Secondary");

    /** One hub's engagement in the year: all its schools, and by phase (those apart, then the others). */
    public record HubRow(HubSummary hub, Cell total, List<Cell> phases) {}

    /** Every hub side by side, and England's row (hub null) last; in the hubs' given order. */
    public List<HubRow> byHub(AcademicYear year, List<HubSummary> hubs) {
        Basis basis = basis(year);
        Map<Long, long[]> counts = new HashMap<>();
        for (Fact f : basis.schools()) {
            boolean engaged = basis.engaged().contains(f.urn());
            int phase = f.phase() == null ? -1 : PHASES_APART.indexOf(f.phase());
            tally(
                    counts.computeIfAbsent(
                            f.hubId() == null ? 0L : f.hubId(), h -> new long[2 * (PHASES_APART.size() + 2)]),
                    phase < 0 ? PHASES_APART.size() : phase,
                    engaged);
            tally(
                    counts.computeIfAbsent(-1L, h -> new long[2 * (PHASES_APART.size() + 2)]),
                    phase < 0 ? PHASES_APART.size() : phase,
                    engaged);
        }
        List<HubRow> rows = new ArrayList<>();
        for (HubSummary hub : hubs) {
            rows.add(hubRow(hub, counts.get(hub.id())));
        }
        rows.add(hubRow(null, counts.get(-1L)));
        return rows;
    }

    /** Counts [engaged, schools] per phase column, the last pair all of them. */
    private static void tally(long[] counts, int phase, boolean engaged) {
        int all = counts.length - 2;
        counts[2 * phase + 1]++;
        counts[all + 1]++;
        if (engaged) {
            counts[2 * phase]++;
            counts[all]++;
        }
    }

    private static HubRow hubRow(HubSummary hub, long[] counts) {
        long[] c = counts == null ? new long[2 * (PHASES_APART.size() + 2)] : counts;
        List<Cell> phases = new ArrayList<>();
        for (int i = 0; i <= PHASES_APART.size(); i++) {
            phases.add(new Cell(c[2 * i], c[2 * i + 1]));
        }
        return new HubRow(hub, new Cell(c[c.length - 2], c[c.length - 1]), phases);
    }

    /** How many years the year-on-year table goes back, the chosen one included. */
    public static final int YEARS = 10;

    /** A year's totals, for the hub (null for England alone) and England. */
    public record YearRow(AcademicYear year, Cell hub, Cell england) {}

    /**
     * The totals of the ten years up to this one, oldest first, each against today's schools in scope
     * (so a change between years is a change in engagement, not in the directory). Completions are read
     * per year; predecessors are followed once for all the years together.
     */
    public List<YearRow> history(AcademicYear last, HubSummary hub) {
        Scope scope = scope();
        Set<Integer> ofHub = hub == null
                ? Set.of()
                : inHub(scope.schools(), hub.id()).map(Fact::urn).collect(Collectors.toSet());
        List<YearRow> rows = new ArrayList<>();
        engagedByYear(last, scope)
                .forEach((y, engaged) -> rows.add(new YearRow(
                        y,
                        hub == null
                                ? null
                                : new Cell(
                                        engaged.stream().filter(ofHub::contains).count(), ofHub.size()),
                        new Cell(engaged.size(), scope.urns().size()))));
        return rows;
    }

    /** One group of a breakdown over the years: its cells, oldest first, for the hub (null for England alone) and England. */
    public record GroupYears(String group, List<Cell> hub, List<Cell> england) {}

    /** A breakdown over the ten years up to this one: the years, and each group's cells in them. */
    public record BreakdownYears(String key, List<AcademicYear> years, List<GroupYears> groups, int more) {}

    /**
     * A breakdown's groups in each of the ten years up to this one, each year against today's schools
     * (as the totals are); the groups are those the year's own breakdown shows, in its order.
     */
    public BreakdownYears historyBy(AcademicYear last, HubSummary hub, String by) {
        Scope scope = scope();
        Function<Fact, String> groupOf = dimensions(scope.bounds()).get(by);
        if (groupOf == null) {
            throw new NotFoundException("not-found.breakdown");
        }
        Map<AcademicYear, Set<Integer>> engaged = engagedByYear(last, scope);
        Breakdown shown = breakdown(
                by,
                scope.schools(),
                engaged.get(last),
                hub == null ? null : hub.id(),
                groupOf,
                BY_THE_HUBS_OWN.contains(by));
        Map<String, Integer> index = new HashMap<>();
        shown.rows().forEach(r -> index.put(r.group(), index.size()));
        int years = engaged.size();
        long[][][] counts = new long[index.size()][years][4];
        for (Fact f : scope.schools()) {
            Integer g = index.get(group(groupOf, f));
            if (g == null) {
                continue;
            }
            boolean ofHub = hub != null && f.hubId() != null && hub.id() == f.hubId();
            int y = 0;
            for (Set<Integer> ofYear : engaged.values()) {
                boolean in = ofYear.contains(f.urn());
                long[] c = counts[g][y++];
                c[1]++;
                c[0] += in ? 1 : 0;
                if (ofHub) {
                    c[3]++;
                    c[2] += in ? 1 : 0;
                }
            }
        }
        List<GroupYears> groups = new ArrayList<>();
        for (Row r : shown.rows()) {
            long[][] c = counts[index.get(r.group())];
            List<Cell> ofHub = new ArrayList<>();
            List<Cell> ofEngland = new ArrayList<>();
            for (long[] year : c) {
                ofHub.add(new Cell(year[2], year[3]));
                ofEngland.add(new Cell(year[0], year[1]));
            }
            groups.add(new GroupYears(r.group(), hub == null ? null : ofHub, ofEngland));
        }
        return new BreakdownYears(by, List.copyOf(engaged.keySet()), groups, shown.more());
    }

    /** The years a year-on-year table shows: the ten up to this one, oldest first. */
    public static List<AcademicYear> tenYears(AcademicYear last) {
        List<AcademicYear> years = new ArrayList<>();
        for (AcademicYear y = last; ; y = y.previous()) {
            years.add(0, y);
            if (years.size() == YEARS || !y.hasNeighbours()) {
                return years;
            }
        }
    }

    /** The breakdowns' keys, in the order they are shown. */
    public static List<String> breakdowns() {
        return List.copyOf(dimensions(List.of()).keySet());
    }

    /**
     * The engaged schools of each of the ten years up to this one, oldest first. Completions are read per
     * year; predecessors are followed once for all the years together.
     */
    private Map<AcademicYear, Set<Integer>> engagedByYear(AcademicYear last, Scope scope) {
        Map<AcademicYear, Set<Integer>> completed = new LinkedHashMap<>();
        for (AcademicYear y : tenYears(last)) {
            completed.put(y, enrolments.completedSchools(y));
        }
        Map<Integer, Integer> successors =
                followed(List.copyOf(completed.values()), scope).successors();
        Map<AcademicYear, Set<Integer>> engaged = new LinkedHashMap<>();
        completed.forEach((y, ofYear) -> engaged.put(y, engaged(scope.urns(), ofYear, successors)));
        return engaged;
    }

    /**
     * The schools in scope that the closed schools among these completions became, kept while the same
     * readings of the completions and the scope are in use: finding the closed ones means looking through
     * every completion of ten years, most of a list's cost when done on every request.
     */
    private record Followed(
            List<Set<Integer>> completed,
            Set<Integer> scope,
            Map<Integer, Integer> successors,
            Map<Integer, List<Integer>> predecessors) {

        boolean from(List<Set<Integer>> readings, Set<Integer> urns) {
            if (scope != urns || completed.size() != readings.size()) {
                return false;
            }
            for (int i = 0; i < readings.size(); i++) {
                if (completed.get(i) != readings.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private volatile Followed followed;

    private Followed followed(List<Set<Integer>> completed, Scope scope) {
        Followed kept = followed;
        if (kept != null && kept.from(completed, scope.urns())) {
            return kept;
        }
        Set<Integer> gone = new HashSet<>();
        completed.forEach(ofYear ->
                ofYear.stream().filter(urn -> !scope.urns().contains(urn)).forEach(gone::add));
        Map<Integer, Integer> successors = facts.successorsInScope(gone);
        Map<Integer, List<Integer>> predecessors = successors.entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        kept = new Followed(completed, scope.urns(), successors, predecessors);
        followed = kept;
        return kept;
    }

    /** A school behind a figure, and whether it is engaged. */
    public record Listed(Fact school, boolean engaged) {}

    /**
     * The schools behind one figure, by name: those of the hub (null: England) in a breakdown's group
     * ({@code by} null: all of them), engaged or not ({@code engaged} null: both). Worked out from the
     * same reading and the same grouping as the figures, so a figure and its list always agree.
     */
    public List<Listed> schools(AcademicYear year, HubSummary hub, String byAsked, String group, Boolean engaged) {
        String by = byAsked == null || byAsked.isBlank() ? null : byAsked;
        Basis basis = basis(year);
        Function<Fact, String> groupOf =
                by == null ? null : dimensions(basis.bounds()).get(by);
        if (by != null && groupOf == null) {
            throw new NotFoundException("not-found.breakdown");
        }
        return inHub(basis.schools(), hub == null ? null : hub.id())
                .filter(f -> groupOf == null || group(groupOf, f).equals(group))
                .map(f -> new Listed(f, basis.engaged().contains(f.urn())))
                .filter(l -> engaged == null || l.engaged() == engaged)
                .sorted(Comparator.comparing((Listed l) -> l.school().name())
                        .thenComparing(l -> l.school().urn()))
                .toList();
    }

    /** A school to recruit: one of the area's schools, and the last year it completed a work group (null: not in the ten years). */
    public record Prospect(Fact school, AcademicYear lastEngaged) {}

    /** How long a school may have gone without completing a work group for the list of schools to recruit, in years. */
    public static final List<Integer> QUIET_YEARS = List.of(1, 3, 5, YEARS);

    /**
     * The schools to recruit: the hub's schools in scope (null: England's), of one GIAS phase or all, that
     * completed no work group in the {@code quietYears} years up to {@code year} (predecessors' completions
     * counting for their successors, as for every figure here). Those not engaged in any of the ten years
     * come first, then the longest since, then by name.
     */
    public List<Prospect> prospects(AcademicYear year, HubSummary hub, String phase, int quietYears) {
        Scope scope = scope();
        List<AcademicYear> years = tenYears(year);
        List<Set<Integer>> completed =
                years.stream().map(enrolments::completedSchools).toList();
        Map<Integer, List<Integer>> predecessors = followed(completed, scope).predecessors();
        int listedFrom = Math.max(0, years.size() - quietYears);
        return inHub(scope.schools(), hub == null ? null : hub.id())
                .filter(f -> phase == null || phase.equals(f.phase()))
                .map(f -> new Prospect(f, lastEngaged(f.urn(), years, completed, predecessors)))
                .filter(p -> p.lastEngaged() == null || years.indexOf(p.lastEngaged()) < listedFrom)
                .sorted(Comparator.comparing(Prospect::lastEngaged, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(p -> p.school().name())
                        .thenComparing(p -> p.school().urn()))
                .toList();
    }

    /**
     * The latest of these years (oldest first, each with its completions) in which the school, or a closed
     * school it succeeded, completed a work group; null for none. Looks the school up in each year rather
     * than going through every completion of ten years.
     */
    private static AcademicYear lastEngaged(
            int urn, List<AcademicYear> years, List<Set<Integer>> completed, Map<Integer, List<Integer>> predecessors) {
        List<Integer> before = predecessors.getOrDefault(urn, List.of());
        for (int i = years.size() - 1; i >= 0; i--) {
            Set<Integer> ofYear = completed.get(i);
            if (ofYear.contains(urn) || before.stream().anyMatch(ofYear::contains)) {
                return years.get(i);
            }
        }
        return null;
    }

    /** Breakdowns whose groups, for a hub, are only those it has schools in (England has 152 authorities). */
    private static final Set<String> BY_THE_HUBS_OWN = Set.of("localAuthority", "trust");

    private record Basis(List<Fact> schools, Set<Integer> engaged, List<BigDecimal> bounds) {}

    /**
     * The schools in scope as last read, with what every request would otherwise work out again from
     * them: their URNs and the national FSM quintile bounds. Kept until the reading changes.
     */
    private record Scope(List<Fact> schools, Set<Integer> urns, List<BigDecimal> bounds) {}

    private volatile Scope scope;

    private Scope scope() {
        List<Fact> schools = facts.inScope();
        Scope current = scope;
        if (current == null || current.schools() != schools) {
            current = new Scope(
                    schools, Set.copyOf(schools.stream().map(Fact::urn).toList()), quintileBounds(schools));
            scope = current;
        }
        return current;
    }

    private Basis basis(AcademicYear year) {
        Scope scope = scope();
        Set<Integer> completed = enrolments.completedSchools(year);
        Set<Integer> gone = new HashSet<>(completed);
        gone.removeAll(scope.urns());
        return new Basis(
                scope.schools(), engaged(scope.urns(), completed, facts.successorsInScope(gone)), scope.bounds());
    }

    /** How each breakdown groups a school, in the order they are shown. */
    private static Map<String, Function<Fact, String>> dimensions(List<BigDecimal> bounds) {
        Map<String, Function<Fact, String>> all = new LinkedHashMap<>();
        all.put("phase", Fact::phase);
        all.put("region", Fact::region);
        all.put("localAuthority", Fact::localAuthority);
        all.put("typeGroup", Fact::typeGroup);
        all.put("trust", f -> f.trust() == null ? NOT_IN_A_TRUST : f.trust());
        all.put("ofsted", Fact::ofsted);
        all.put("fsmQuintile", f -> quintile(f.percentFsm(), bounds));
        return all;
    }

    private static String group(Function<Fact, String> groupOf, Fact f) {
        String group = groupOf.apply(f);
        return group == null || group.isBlank() ? NOT_RECORDED : group;
    }

    private static java.util.stream.Stream<Fact> inHub(List<Fact> schools, Long hubId) {
        return schools.stream().filter(f -> hubId == null || hubId.equals(f.hubId()));
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
            String g = group(groupOf, f);
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
