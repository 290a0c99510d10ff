package org.hubcycle.insights.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.SchoolFacts;
import org.hubcycle.directory.SchoolFacts.Fact;
import org.hubcycle.enrolment.EnrolmentFigures;
import org.hubcycle.enrolment.EnrolmentFigures.StageCompleted;
import org.hubcycle.enrolment.TfmPathways;
import org.hubcycle.enrolment.TfmPathways.Pathway;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Where schools stand on the Teaching for Mastery pathways at the end of a year, for a hub's area and
 * for England: how many are at each stage (the furthest they have completed), how many moved on in the
 * year, and the cohorts (of the schools that completed Development in a year, how many completed
 * Embedding the next, and how many have by now). A school's population is the pathway of its phase, and
 * any school with a completion on a pathway; a converted academy carries its predecessor's stages.
 *
 * <p>Every figure is a count of the schools that carry one of its keys, and each list is the schools
 * carrying that key: both come from {@link #keys}, so a figure and its list cannot disagree.
 */
@Service
public class PathwayFigures {

    /** Schools counted out of a whole: {@code count} of {@code of}. */
    public record Share(long count, long of) {

        public double percent() {
            return of == 0 ? 0 : 100.0 * count / of;
        }
    }

    /** One stage: the schools there at the end of the year, and those that reached it during the year. */
    public record StageRow(
            String stage, String key, Share hub, Share england, String movedKey, Share movedHub, Share movedEngland) {}

    /**
     * A Development cohort: the schools that completed Development in the year, how many completed
     * Embedding the year after ({@code next} null while that year is not over), and how many have
     * completed Embedding or beyond by the year shown.
     */
    public record CohortRow(
            AcademicYear year,
            Share hub,
            Share england,
            Share hubNext,
            Share englandNext,
            Share hubLater,
            Share englandLater) {}

    /**
     * A year of a pathway: the schools that moved on in it, and those at each stage at its end (no stage
     * first), for the hub (null for England alone) and England.
     */
    public record YearRow(
            AcademicYear year, Share hub, Share england, List<Share> hubStages, List<Share> englandStages) {}

    /**
     * One pathway's figures: its schools, stages, schools that moved on, the same for each of the ten
     * years up to this one (oldest first), and Development cohorts (oldest first).
     */
    public record PathwayRow(
            String key,
            String name,
            Share hubMoved,
            Share englandMoved,
            List<StageRow> stages,
            List<YearRow> years,
            List<CohortRow> cohorts) {}

    /** The year's pathway figures for a hub (null: England alone). */
    public record Figures(AcademicYear year, HubSummary hub, List<PathwayRow> pathways) {}

    /** What a figure counts, as its key names it in a list's address. */
    enum Kind {
        /** At a stage ({@code n}; -1 for none) at the end of the year: {@code stage-2}, {@code stage-none}. */
        STAGE,
        /** Reached stage {@code n} during the year: {@code moved-2}. */
        MOVED,
        /** Reached any further stage during the year: {@code moved}. */
        MOVED_ANY,
        /** Completed Development in the year starting {@code n}: {@code cohort-2024-25}. */
        COHORT,
        /** And Embedding the year after: {@code next-2024-25}. */
        NEXT,
        /** And Embedding or beyond by the year shown: {@code later-2024-25}. */
        LATER,
        /** Every school of the pathway: {@code all}. */
        ALL
    }

    /** A figure's key. */
    record Key(Kind kind, int n) {

        private static final Pattern FORM = Pattern.compile(
                "(all)|(moved)|stage-(none|[0-9])|moved-([0-9])|(cohort|next|later)-([0-9]{4})-[0-9]{2}");

        static Key parse(String text) {
            Matcher m = FORM.matcher(text);
            if (!m.matches()) {
                throw new NotFoundException("not-found.breakdown");
            }
            if (m.group(1) != null) {
                return new Key(Kind.ALL, 0);
            }
            if (m.group(2) != null) {
                return new Key(Kind.MOVED_ANY, 0);
            }
            if (m.group(3) != null) {
                return new Key(Kind.STAGE, m.group(3).equals("none") ? -1 : Integer.parseInt(m.group(3)));
            }
            if (m.group(4) != null) {
                return new Key(Kind.MOVED, Integer.parseInt(m.group(4)));
            }
            return new Key(Kind.valueOf(m.group(5).toUpperCase()), Integer.parseInt(m.group(6)));
        }

        @Override
        public String toString() {
            return switch (kind) {
                case STAGE -> "stage-" + (n < 0 ? "none" : n);
                case MOVED -> "moved-" + n;
                case MOVED_ANY -> "moved";
                case ALL -> "all";
                default -> kind.name().toLowerCase() + "-" + new AcademicYear(n).slug();
            };
        }
    }

    private final SchoolFacts facts;
    private final EnrolmentFigures enrolments;

    PathwayFigures(SchoolFacts facts, EnrolmentFigures enrolments) {
        this.facts = facts;
        this.enrolments = enrolments;
    }

    public Figures of(AcademicYear year, HubSummary hub) {
        Map<Pathway, List<SchoolPath>> paths = paths();
        Long hubId = hub == null ? null : hub.id();
        List<PathwayRow> rows = new ArrayList<>();
        for (Pathway p : TfmPathways.ALL) {
            Tally tally = new Tally();
            for (SchoolPath s : paths.get(p)) {
                boolean ofHub = hubId != null && hubId.equals(s.school().hubId());
                keys(s, p, year, key -> tally.add(key, ofHub));
            }
            Key all = new Key(Kind.ALL, 0);
            List<StageRow> stages = new ArrayList<>();
            for (int i = -1; i < p.stages().size(); i++) {
                Key stage = new Key(Kind.STAGE, i);
                Key moved = i < 0 ? null : new Key(Kind.MOVED, i);
                stages.add(new StageRow(
                        i < 0 ? null : p.stages().get(i),
                        stage.toString(),
                        hubId == null ? null : tally.hub(stage, all),
                        tally.england(stage, all),
                        moved == null ? null : moved.toString(),
                        hubId == null || moved == null ? null : tally.hub(moved, all),
                        moved == null ? null : tally.england(moved, all)));
            }
            List<CohortRow> cohorts = new ArrayList<>();
            for (AcademicYear c : Engagement.tenYears(year)) {
                Key cohort = new Key(Kind.COHORT, c.startYear());
                Key next = new Key(Kind.NEXT, c.startYear());
                Key later = new Key(Kind.LATER, c.startYear());
                boolean over = c.compareTo(year) < 0;
                cohorts.add(new CohortRow(
                        c,
                        hubId == null ? null : tally.hub(cohort, all),
                        tally.england(cohort, all),
                        hubId == null || !over ? null : tally.hub(next, cohort),
                        over ? tally.england(next, cohort) : null,
                        hubId == null ? null : tally.hub(later, cohort),
                        tally.england(later, cohort)));
            }
            Key moved = new Key(Kind.MOVED_ANY, 0);
            rows.add(new PathwayRow(
                    p.key(),
                    p.name(),
                    hubId == null ? null : tally.hub(moved, all),
                    tally.england(moved, all),
                    stages,
                    byYear(paths.get(p), p, year, hubId),
                    cohorts));
        }
        return new Figures(year, hub, rows);
    }

    /**
     * Each of the ten years up to this one: the schools at each stage at its end and those that moved on
     * in it, counted as that year's own figures are (the same keys).
     */
    private static List<YearRow> byYear(List<SchoolPath> schools, Pathway p, AcademicYear last, Long hubId) {
        List<YearRow> rows = new ArrayList<>();
        int stages = p.stages().size() + 1;
        for (AcademicYear y : Engagement.tenYears(last)) {
            // [0] England, [1] the hub; per area: every school, moved on, then each stage from none.
            long[][] c = new long[2][stages + 2];
            for (SchoolPath s : schools) {
                boolean ofHub = hubId != null && hubId.equals(s.school().hubId());
                keys(s, p, y, key -> {
                    int i = switch (key.kind()) {
                        case ALL -> 0;
                        case MOVED_ANY -> 1;
                        case STAGE -> key.n() + 3;
                        default -> -1;
                    };
                    if (i >= 0) {
                        c[0][i]++;
                        if (ofHub) {
                            c[1][i]++;
                        }
                    }
                });
            }
            rows.add(new YearRow(
                    y,
                    hubId == null ? null : new Share(c[1][1], c[1][0]),
                    new Share(c[0][1], c[0][0]),
                    hubId == null ? null : stageShares(c[1], stages),
                    stageShares(c[0], stages)));
        }
        return rows;
    }

    private static List<Share> stageShares(long[] counts, int stages) {
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < stages; i++) {
            shares.add(new Share(counts[i + 2], counts[0]));
        }
        return shares;
    }

    /** Schools that moved on along either pathway in the year, out of the pathways' schools, per hub (by id). */
    public Map<Long, Share> movedByHub(AcademicYear year) {
        Map<Long, long[]> counts = new HashMap<>();
        paths().forEach((p, schools) -> {
            for (SchoolPath s : schools) {
                if (s.school().hubId() != null) {
                    long[] c = counts.computeIfAbsent(s.school().hubId(), h -> new long[2]);
                    keys(s, p, year, key -> {
                        if (key.kind() == Kind.ALL) {
                            c[1]++;
                        } else if (key.kind() == Kind.MOVED_ANY) {
                            c[0]++;
                        }
                    });
                }
            }
        });
        Map<Long, Share> cells = new HashMap<>();
        counts.forEach((hub, c) -> cells.put(hub, new Share(c[0], c[1])));
        return cells;
    }

    /**
     * The schools behind one figure of a pathway, by name: those of the hub (null: England) that carry
     * the figure's key ({@code all}: every school of the pathway). An unknown pathway or key is not found.
     */
    public List<Fact> schools(AcademicYear year, HubSummary hub, String pathway, String key) {
        Key wanted = Key.parse(key);
        Pathway p = TfmPathways.ALL.stream()
                .filter(x -> x.key().equals(pathway))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("not-found.breakdown"));
        Long hubId = hub == null ? null : hub.id();
        List<Fact> found = new ArrayList<>();
        for (SchoolPath s : paths().get(p)) {
            if (hubId == null || hubId.equals(s.school().hubId())) {
                boolean[] carries = {false};
                keys(s, p, year, k -> carries[0] |= k.equals(wanted));
                if (carries[0]) {
                    found.add(s.school());
                }
            }
        }
        found.sort(Comparator.comparing(Fact::name).thenComparing(Fact::urn));
        return found;
    }

    /** Years are held as bits from this one: a school's stage completed in 2024-25 is bit 24. */
    static final int FIRST_YEAR = 2000;

    /** A school of a pathway's population, with the years it completed each stage as bits (none: 0). */
    record SchoolPath(Fact school, long[] years) {

        /** The furthest stage completed by the end of the year starting {@code startYear}, -1 for none. */
        int reached(int startYear) {
            long upTo = upTo(startYear);
            for (int i = years.length - 1; i >= 0; i--) {
                if ((years[i] & upTo) != 0) {
                    return i;
                }
            }
            return -1;
        }

        boolean completed(int stage, int startYear) {
            return stage >= 0 && stage < years.length && (years[stage] & bit(startYear)) != 0;
        }

        /** Whether a stage from {@code stage} on was completed in a year after {@code after}, up to {@code upTo}. */
        boolean completedBetween(int stage, int after, int upTo) {
            long window = upTo(upTo) & ~upTo(after);
            for (int i = Math.max(0, stage); i < years.length; i++) {
                if ((years[i] & window) != 0) {
                    return true;
                }
            }
            return false;
        }

        static long bit(int startYear) {
            int b = startYear - FIRST_YEAR;
            return b < 0 || b > 62 ? 0 : 1L << b;
        }

        /** The bits of every year up to and including this one. */
        static long upTo(int startYear) {
            int b = startYear - FIRST_YEAR;
            return b < 0 ? 0 : b > 62 ? Long.MAX_VALUE : (1L << (b + 1)) - 1;
        }
    }

    /**
     * The figures a school counts in for a year: every school of the pathway ({@code all}), its stage,
     * the stage it reached in the year and that it moved on, and its Development cohort with whether it
     * went on to Embedding the next year and by the year shown.
     */
    static void keys(SchoolPath s, Pathway p, AcademicYear year, Consumer<Key> out) {
        int y = year.startYear();
        out.accept(new Key(Kind.ALL, 0));
        int reached = s.reached(y);
        out.accept(new Key(Kind.STAGE, reached));
        if (reached > s.reached(y - 1)) {
            out.accept(new Key(Kind.MOVED, reached));
            out.accept(new Key(Kind.MOVED_ANY, 0));
        }
        int development = p.development();
        long cohorts = s.years()[development] & SchoolPath.upTo(y) & ~SchoolPath.upTo(y - Engagement.YEARS);
        for (int start = y - Engagement.YEARS + 1; cohorts != 0 && start <= y; start++) {
            if ((cohorts & SchoolPath.bit(start)) == 0) {
                continue;
            }
            out.accept(new Key(Kind.COHORT, start));
            if (start < y && s.completed(development + 1, start + 1)) {
                out.accept(new Key(Kind.NEXT, start));
            }
            if (s.completedBetween(development + 1, start, y)) {
                out.accept(new Key(Kind.LATER, start));
            }
        }
    }

    /** Each pathway's schools in scope, with the stages they (or the schools they succeeded) completed. */
    private Map<Pathway, List<SchoolPath>> paths() {
        List<Fact> schools = facts.inScope();
        Map<Integer, Fact> byUrn = new HashMap<>(schools.size() * 2);
        schools.forEach(f -> byUrn.put(f.urn(), f));
        List<StageCompleted> completed = enrolments.stagesCompleted();
        Map<Integer, Integer> successors = facts.successorsInScope(completed.stream()
                .map(StageCompleted::urn)
                .filter(urn -> !byUrn.containsKey(urn))
                .distinct()
                .toList());
        Map<Pathway, Map<Integer, SchoolPath>> paths = new HashMap<>();
        for (Pathway p : TfmPathways.ALL) {
            Map<Integer, SchoolPath> ofPath = new HashMap<>();
            for (Fact f : schools) {
                if (f.phase() != null && p.phases().contains(f.phase())) {
                    ofPath.put(f.urn(), new SchoolPath(f, new long[p.stages().size()]));
                }
            }
            paths.put(p, ofPath);
        }
        for (StageCompleted c : completed) {
            Integer urn = byUrn.containsKey(c.urn()) ? Integer.valueOf(c.urn()) : successors.get(c.urn());
            Fact school = urn == null ? null : byUrn.get(urn);
            if (school != null) {
                paths.get(c.pathway())
                                .computeIfAbsent(
                                        school.urn(),
                                        u -> new SchoolPath(
                                                school,
                                                new long[c.pathway().stages().size()]))
                                .years()[c.stage()] |=
                        SchoolPath.bit(c.startYear());
            }
        }
        Map<Pathway, List<SchoolPath>> lists = new HashMap<>();
        paths.forEach((p, ofPath) -> lists.put(p, List.copyOf(ofPath.values())));
        return lists;
    }

    /** Schools counted per key, for the hub and for England. */
    private static final class Tally {

        private final Map<Key, long[]> counts = new HashMap<>();

        void add(Key key, boolean ofHub) {
            long[] c = counts.computeIfAbsent(key, k -> new long[2]);
            c[1]++;
            if (ofHub) {
                c[0]++;
            }
        }

        Share hub(Key key, Key outOf) {
            return new Share(count(key)[0], count(outOf)[0]);
        }

        Share england(Key key, Key outOf) {
            return new Share(count(key)[1], count(outOf)[1]);
        }

        private long[] count(Key key) {
            return counts.getOrDefault(key, new long[2]);
        }
    }
}
