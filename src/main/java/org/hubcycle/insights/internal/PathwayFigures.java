package org.hubcycle.insights.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /** The keys a figure may have; see {@link #keys}. */
    private static final Pattern KEYS =
            Pattern.compile("all|moved|stage-none|(stage|moved)-[0-9]|(cohort|next|later)-[0-9]{4}-[0-9]{2}");

    /** The key of the schools that have completed no stage yet. */
    static final String NONE = "none";

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

    /** One pathway's figures: its schools, stages, schools that moved on, and Development cohorts (oldest first). */
    public record PathwayRow(
            String key,
            String name,
            Share hubMoved,
            Share englandMoved,
            List<StageRow> stages,
            List<CohortRow> cohorts) {}

    /** The year's pathway figures for a hub (null: England alone). */
    public record Figures(AcademicYear year, HubSummary hub, List<PathwayRow> pathways) {}

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
                for (String key : keys(s, p, year)) {
                    tally.add(key, ofHub);
                }
                tally.add("", ofHub);
            }
            List<StageRow> stages = new ArrayList<>();
            for (int i = -1; i < p.stages().size(); i++) {
                String key = i < 0 ? "stage-" + NONE : "stage-" + i;
                String moved = i < 0 ? null : "moved-" + i;
                stages.add(new StageRow(
                        i < 0 ? null : p.stages().get(i),
                        key,
                        hubId == null ? null : tally.hub(key, ""),
                        tally.england(key, ""),
                        moved,
                        hubId == null || moved == null ? null : tally.hub(moved, ""),
                        moved == null ? null : tally.england(moved, "")));
            }
            List<CohortRow> cohorts = new ArrayList<>();
            for (AcademicYear c : cohortYears(year)) {
                String cohort = "cohort-" + c.slug();
                boolean over = c.compareTo(year) < 0;
                cohorts.add(new CohortRow(
                        c,
                        hubId == null ? null : tally.hub(cohort, ""),
                        tally.england(cohort, ""),
                        hubId == null || !over ? null : tally.hub("next-" + c.slug(), cohort),
                        over ? tally.england("next-" + c.slug(), cohort) : null,
                        hubId == null ? null : tally.hub("later-" + c.slug(), cohort),
                        tally.england("later-" + c.slug(), cohort)));
            }
            rows.add(new PathwayRow(
                    p.key(),
                    p.name(),
                    hubId == null ? null : tally.hub("moved", ""),
                    tally.england("moved", ""),
                    stages,
                    cohorts));
        }
        return new Figures(year, hub, rows);
    }

    /** Schools that moved on along either pathway in the year, out of the pathways' schools, per hub (by id). */
    public Map<Long, Share> movedByHub(AcademicYear year) {
        Map<Long, long[]> counts = new HashMap<>();
        paths().forEach((p, schools) -> {
            for (SchoolPath s : schools) {
                if (s.school().hubId() != null) {
                    long[] c = counts.computeIfAbsent(s.school().hubId(), h -> new long[2]);
                    c[1]++;
                    if (keys(s, p, year).contains("moved")) {
                        c[0]++;
                    }
                }
            }
        });
        Map<Long, Share> cells = new HashMap<>();
        counts.forEach((hub, c) -> cells.put(hub, new Share(c[0], c[1])));
        return cells;
    }

    /**
     * The schools behind one figure of a pathway, by name: those of the hub (null: England) that carry
     * the figure's key ({@code all}: every school of the pathway).
     */
    public List<Fact> schools(AcademicYear year, HubSummary hub, String pathway, String key) {
        if (!KEYS.matcher(key).matches()) {
            throw new NotFoundException("not-found.breakdown");
        }
        Pathway p = TfmPathways.ALL.stream()
                .filter(x -> x.key().equals(pathway))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("not-found.breakdown"));
        Long hubId = hub == null ? null : hub.id();
        return paths().get(p).stream()
                .filter(s -> hubId == null || hubId.equals(s.school().hubId()))
                .filter(s -> key.equals("all") || keys(s, p, year).contains(key))
                .map(SchoolPath::school)
                .sorted(Comparator.comparing(Fact::name).thenComparing(Fact::urn))
                .toList();
    }

    /** The years whose Development cohorts are shown: the ten up to the one chosen. */
    static List<AcademicYear> cohortYears(AcademicYear last) {
        List<AcademicYear> years = new ArrayList<>();
        for (AcademicYear y = last; ; y = y.previous()) {
            years.add(0, y);
            if (years.size() == Engagement.YEARS || !y.hasNeighbours()) {
                return years;
            }
        }
    }

    /** A school of a pathway's population, with the years it completed each stage (empty sets for none). */
    record SchoolPath(Fact school, List<TreeSet<Integer>> years) {

        /** The furthest stage completed by the end of the year starting {@code startYear}, -1 for none. */
        int reached(int startYear) {
            for (int i = years.size() - 1; i >= 0; i--) {
                TreeSet<Integer> done = years.get(i);
                if (!done.isEmpty() && done.first() <= startYear) {
                    return i;
                }
            }
            return -1;
        }

        boolean completed(int stage, int startYear) {
            return stage >= 0 && stage < years.size() && years.get(stage).contains(startYear);
        }
    }

    /**
     * The figures a school counts in for a year: its stage ({@code stage-N}, {@code stage-none}), the
     * stage it reached in the year ({@code moved-N} and {@code moved}), and its Development cohort
     * ({@code cohort-yyyy-yy}, with {@code next-…} and {@code later-…} when it went on to Embedding).
     */
    static Set<String> keys(SchoolPath s, Pathway p, AcademicYear year) {
        Set<String> keys = new HashSet<>();
        int y = year.startYear();
        int reached = s.reached(y);
        keys.add(reached < 0 ? "stage-" + NONE : "stage-" + reached);
        if (reached > s.reached(y - 1)) {
            keys.add("moved-" + reached);
            keys.add("moved");
        }
        int development = p.development();
        for (AcademicYear c : cohortYears(year)) {
            int start = c.startYear();
            if (!s.completed(development, start)) {
                continue;
            }
            keys.add("cohort-" + c.slug());
            if (start < y && s.completed(development + 1, start + 1)) {
                keys.add("next-" + c.slug());
            }
            for (int stage = development + 1; stage < s.years().size(); stage++) {
                for (int done : s.years().get(stage)) {
                    if (done > start && done <= y) {
                        keys.add("later-" + c.slug());
                    }
                }
            }
        }
        return keys;
    }

    /** Each pathway's schools in scope, with the stages they (or the schools they succeeded) completed. */
    private Map<Pathway, List<SchoolPath>> paths() {
        List<Fact> schools = facts.inScope();
        Map<Integer, Fact> byUrn = new HashMap<>();
        schools.forEach(f -> byUrn.put(f.urn(), f));
        List<StageCompleted> completed = enrolments.stagesCompleted();
        Collection<Integer> gone = completed.stream()
                .map(StageCompleted::urn)
                .filter(urn -> !byUrn.containsKey(urn))
                .distinct()
                .toList();
        Map<Integer, Integer> successors = facts.successorsInScope(gone);
        Map<Pathway, Map<Integer, SchoolPath>> paths = new HashMap<>();
        for (Pathway p : TfmPathways.ALL) {
            Map<Integer, SchoolPath> ofPath = new HashMap<>();
            for (Fact f : schools) {
                if (f.phase() != null && p.phases().contains(f.phase())) {
                    ofPath.put(f.urn(), path(f, p));
                }
            }
            paths.put(p, ofPath);
        }
        for (StageCompleted c : completed) {
            Integer urn = byUrn.containsKey(c.urn()) ? Integer.valueOf(c.urn()) : successors.get(c.urn());
            Fact school = urn == null ? null : byUrn.get(urn);
            if (school != null) {
                paths.get(c.pathway())
                        .computeIfAbsent(school.urn(), u -> path(school, c.pathway()))
                        .years()
                        .get(c.stage())
                        .add(c.year().startYear());
            }
        }
        Map<Pathway, List<SchoolPath>> lists = new HashMap<>();
        paths.forEach((p, ofPath) -> lists.put(p, List.copyOf(ofPath.values())));
        return lists;
    }

    private static SchoolPath path(Fact school, Pathway p) {
        List<TreeSet<Integer>> years = new ArrayList<>();
        p.stages().forEach(s -> years.add(new TreeSet<>()));
        return new SchoolPath(school, years);
    }

    /** Schools counted per key, for the hub and for England; the empty key counts every school. */
    private static final class Tally {

        private final Map<String, long[]> counts = new HashMap<>();

        void add(String key, boolean ofHub) {
            long[] c = counts.computeIfAbsent(key, k -> new long[2]);
            c[1]++;
            if (ofHub) {
                c[0]++;
            }
        }

        Share hub(String key, String outOf) {
            return new Share(counts.getOrDefault(key, new long[2])[0], counts.getOrDefault(outOf, new long[2])[0]);
        }

        Share england(String key, String outOf) {
            return new Share(counts.getOrDefault(key, new long[2])[1], counts.getOrDefault(outOf, new long[2])[1]);
        }
    }
}
