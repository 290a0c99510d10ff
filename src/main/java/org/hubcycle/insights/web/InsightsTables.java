package org.hubcycle.insights.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.insights.internal.Engagement;
import org.hubcycle.insights.internal.HubTable;
import org.hubcycle.insights.internal.PathwayFigures;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.web.CsvDownload;
import org.hubcycle.shared.web.XlsxDownload;
import org.hubcycle.shared.web.XlsxDownload.Sheet;
import org.springframework.http.ResponseEntity;

/**
 * The insights pages' tables as rows for downloading: each table a sheet, keyed as its page names it,
 * so a page offers one table as CSV and all of them as an XLSX workbook, with the same numbers as shown.
 */
final class InsightsTables {

    /** The sheets' names of the engagement return, by breakdown. */
    private static final Map<String, String> NAMES = Map.of(
            "phase", "Phase",
            "region", "Region",
            "localAuthority", "Local authority",
            "typeGroup", "Type of school",
            "trust", "Trust",
            "ofsted", "Ofsted rating",
            "fsmQuintile", "FSM quintile");

    private InsightsTables() {}

    /** One table as CSV: {@code table} is its key; an unknown key is not found. */
    static ResponseEntity<String> csv(String filename, Map<String, Sheet> tables, String table) {
        Sheet sheet = tables.get(table);
        if (sheet == null) {
            throw new NotFoundException("not-found.breakdown");
        }
        return CsvDownload.of(filename, sheet.header(), sheet.rows());
    }

    static ResponseEntity<byte[]> xlsx(String filename, Map<String, Sheet> tables) {
        return XlsxDownload.of(filename, List.copyOf(tables.values()));
    }

    /** The ten years' totals ({@code years}) and a table per breakdown, the hub's columns beside England's. */
    static Map<String, Sheet> engagement(Engagement.Figures figures, List<Engagement.YearRow> history) {
        List<String> cells = columns(figures.hub(), "engaged", "schools");
        Map<String, Sheet> tables = new LinkedHashMap<>();
        tables.put(
                "years",
                new Sheet(
                        "Years",
                        concat(List.of("Year"), cells),
                        history.stream()
                                .map(y -> row(y.year().toString(), y.hub(), y.england()))
                                .toList()));
        for (Engagement.Breakdown b : figures.breakdowns()) {
            tables.put(
                    b.key(),
                    new Sheet(
                            NAMES.get(b.key()),
                            concat(List.of(NAMES.get(b.key())), cells),
                            b.rows().stream()
                                    .map(r -> row(r.group(), r.hub(), r.england()))
                                    .toList()));
        }
        return tables;
    }

    /** Per pathway its stages ({@code primary-stages}) and its cohorts ({@code primary-cohorts}). */
    static Map<String, Sheet> pathway(PathwayFigures.Figures figures) {
        HubSummary hub = figures.hub();
        Map<String, Sheet> tables = new LinkedHashMap<>();
        for (PathwayFigures.PathwayRow p : figures.pathways()) {
            String name = p.key().substring(0, 1).toUpperCase() + p.key().substring(1);
            List<List<Object>> stages = new ArrayList<>();
            for (PathwayFigures.StageRow s : p.stages()) {
                List<Object> row = new ArrayList<>(List.of(s.stage() == null ? "No stage completed yet" : s.stage()));
                if (hub != null) {
                    add(row, s.hub());
                    row.add(s.movedHub() == null ? "" : s.movedHub().count());
                }
                add(row, s.england());
                row.add(s.movedEngland() == null ? "" : s.movedEngland().count());
                stages.add(row);
            }
            List<String> stageColumns = new ArrayList<>(List.of("Furthest stage completed"));
            for (String who : areas(hub)) {
                stageColumns.addAll(List.of(who + " schools", who + " %", who + " reached it in " + figures.year()));
            }
            tables.put(p.key() + "-stages", new Sheet(name + " stages", stageColumns, stages));
            List<String> yearColumns = new ArrayList<>(List.of("Year", "Area", "Schools", "Moved on"));
            p.stages().forEach(st -> yearColumns.add(st.stage() == null ? "No stage completed yet" : st.stage()));
            List<List<Object>> years = new ArrayList<>();
            for (PathwayFigures.YearRow y : p.years()) {
                if (hub != null) {
                    years.add(yearRow(y.year().toString(), hub.name(), y.hub(), y.hubStages()));
                }
                years.add(yearRow(y.year().toString(), "England", y.england(), y.englandStages()));
            }
            tables.put(p.key() + "-years", new Sheet(name + " by year", yearColumns, years));
            List<List<Object>> cohorts = new ArrayList<>();
            for (PathwayFigures.CohortRow c : p.cohorts()) {
                List<Object> row = new ArrayList<>(List.of(c.year().toString()));
                if (hub != null) {
                    cohort(row, c.hub(), c.hubNext(), c.hubLater());
                }
                cohort(row, c.england(), c.englandNext(), c.englandLater());
                cohorts.add(row);
            }
            List<String> cohortColumns = new ArrayList<>(List.of("Development completed in"));
            for (String who : areas(hub)) {
                cohortColumns.addAll(List.of(
                        who + " schools", who + " Embedding the next year", who + " Embedding by " + figures.year()));
            }
            tables.put(p.key() + "-cohorts", new Sheet(name + " cohorts", cohortColumns, cohorts));
        }
        return tables;
    }

    /** Every hub's line and England's, as the table shows them. */
    static Map<String, Sheet> hubs(HubTable.Table table, List<String> phases) {
        List<String> header = new ArrayList<>(List.of("Hub", "Engaged", "Schools", "%"));
        for (String p : phases) {
            header.addAll(List.of(p + " engaged", p + " schools", p + " %"));
        }
        header.addAll(List.of(
                "Other phases engaged",
                "Other phases schools",
                "Other phases %",
                "Completed",
                "Ended",
                "Completion %",
                "Moved on the pathway",
                "Pathway schools",
                "Moved %",
                "Reports due",
                "Reports received",
                "Reports late"));
        List<List<Object>> rows = new ArrayList<>();
        table.hubs().forEach(l -> rows.add(hubRow(l.hub().name(), l)));
        rows.add(hubRow("England", table.england()));
        return Map.of("hubs", new Sheet("Hubs", header, rows));
    }

    /** A breakdown's groups over the years: a row per group and area, a share per year. */
    static Map<String, Sheet> yearsBy(Engagement.BreakdownYears history, HubSummary hub) {
        List<String> header = new ArrayList<>(List.of(NAMES.get(history.key()), "Area"));
        history.years().forEach(y -> header.addAll(List.of(y + " engaged", y + " schools", y + " %")));
        List<List<Object>> rows = new ArrayList<>();
        for (Engagement.GroupYears g : history.groups()) {
            if (hub != null) {
                rows.add(yearsRow(g.group(), hub.name(), g.hub()));
            }
            rows.add(yearsRow(g.group(), "England", g.england()));
        }
        return Map.of(history.key(), new Sheet(NAMES.get(history.key()) + " by year", header, rows));
    }

    private static List<Object> yearsRow(String group, String area, List<Engagement.Cell> cells) {
        List<Object> row = new ArrayList<>(List.of(group, area));
        cells.forEach(c -> {
            row.add(c.engaged());
            row.add(c.schools());
            row.add(round(c.percent()));
        });
        return row;
    }

    private static List<Object> yearRow(
            String year, String area, PathwayFigures.Share moved, List<PathwayFigures.Share> stages) {
        List<Object> row = new ArrayList<>(List.of(year, area, moved.of(), moved.count()));
        stages.forEach(st -> row.add(st.count()));
        return row;
    }

    private static List<Object> hubRow(String name, HubTable.Line l) {
        List<Object> row = new ArrayList<>(List.of(name));
        add(row, l.engagement().total());
        l.engagement().phases().forEach(c -> add(row, c));
        row.addAll(List.of(
                l.completion().completed(),
                l.completion().ended(),
                round(l.completion().percent()),
                l.moved().count(),
                l.moved().of(),
                round(l.moved().percent()),
                l.reports().due(),
                l.reports().received(),
                l.reports().late()));
        return row;
    }

    private static void cohort(
            List<Object> row, PathwayFigures.Share all, PathwayFigures.Share next, PathwayFigures.Share later) {
        row.add(all.count());
        row.add(next == null ? "" : next.count());
        row.add(later.count());
    }

    private static List<String> areas(HubSummary hub) {
        return hub == null ? List.of("England") : List.of(hub.name(), "England");
    }

    private static List<String> columns(HubSummary hub, String counted, String of) {
        List<String> columns = new ArrayList<>();
        for (String who : areas(hub)) {
            columns.addAll(List.of(who + " " + counted, who + " " + of, who + " %"));
        }
        return columns;
    }

    private static List<String> concat(List<String> first, List<String> rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(rest);
        return all;
    }

    /** A row: its label, then the hub's cell (if any) and England's, each engaged, schools, share. */
    private static List<Object> row(String label, Engagement.Cell hub, Engagement.Cell england) {
        List<Object> row = new ArrayList<>(List.of(label));
        for (Engagement.Cell cell : hub == null ? List.of(england) : List.of(hub, england)) {
            add(row, cell);
        }
        return row;
    }

    private static void add(List<Object> row, Engagement.Cell cell) {
        row.add(cell.engaged());
        row.add(cell.schools());
        row.add(round(cell.percent()));
    }

    private static void add(List<Object> row, PathwayFigures.Share share) {
        row.add(share.count());
        row.add(round(share.percent()));
    }

    private static double round(double percent) {
        return Math.round(percent * 10) / 10.0;
    }
}
