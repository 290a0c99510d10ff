package org.hubcycle.insights.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolFacts;
import org.hubcycle.directory.SchoolFacts.Fact;
import org.hubcycle.insights.internal.Engagement;
import org.hubcycle.insights.internal.HubTable;
import org.hubcycle.insights.internal.PathwayFigures;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.web.CsvDownload;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.hubcycle.shared.web.XlsxDownload;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Engagement in a year: a hub's beside England's for its team, England's or any hub's for the national admin. */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN')")
class InsightsController {

    private final Engagement engagement;
    private final PathwayFigures pathway;
    private final HubTable hubTable;
    private final InsightsScope scope;
    private final Hubs hubs;
    private final MessageSource messages;

    InsightsController(
            Engagement engagement,
            PathwayFigures pathway,
            HubTable hubTable,
            InsightsScope scope,
            Hubs hubs,
            MessageSource messages) {
        this.engagement = engagement;
        this.pathway = pathway;
        this.hubTable = hubTable;
        this.scope = scope;
        this.hubs = hubs;
        this.messages = messages;
    }

    @GetMapping("/insights")
    String engagement(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member,
            Locale locale,
            Model model) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        Engagement.Figures figures = engagement.of(chosen, of);
        List<Engagement.YearRow> history = engagement.history(chosen, of);
        model.addAttribute("figures", figures);
        model.addAttribute("history", history);
        model.addAttribute("charts", charts(figures, history, locale));
        // England's lists name every hub's schools: the national admin's alone; hubs see England's totals.
        model.addAttribute("englandLists", member.seesAllHubs());
        model.addAttribute("section", "insights");
        return "insights/engagement";
    }

    /** The breakdowns drawn as well as tabulated: those with a few groups a person compares at a glance. */
    private static final Set<String> CHARTED = Set.of("phase", "region", "ofsted", "fsmQuintile");

    /** Charts of the shares engaged: the ten years, and the breakdowns charted; the hub's beside England's. */
    private Map<String, BarChart> charts(Engagement.Figures figures, List<Engagement.YearRow> history, Locale locale) {
        String england = messages.getMessage("insights.england", null, locale);
        String whose = figures.hub() == null ? england : figures.hub().name();
        List<String> series =
                figures.hub() == null ? List.of(england) : List.of(figures.hub().name(), england);
        Map<String, BarChart> charts = new HashMap<>();
        charts.put(
                "years",
                BarChart.of(
                        "chart-years",
                        messages.getMessage("insights.chart.years", new Object[] {whose}, locale),
                        series,
                        history.stream().map(y -> y.year().toString()).toList(),
                        history.stream().map(y -> shares(y.hub(), y.england())).toList()));
        for (Engagement.Breakdown b : figures.breakdowns()) {
            if (CHARTED.contains(b.key())) {
                charts.put(
                        b.key(),
                        BarChart.of(
                                "chart-" + b.key(),
                                messages.getMessage(
                                        "insights.chart." + b.key(), new Object[] {whose, figures.year()}, locale),
                                series,
                                b.rows().stream().map(Engagement.Row::group).toList(),
                                b.rows().stream()
                                        .map(r -> shares(r.hub(), r.england()))
                                        .toList()));
            }
        }
        return charts;
    }

    private static List<Double> shares(Engagement.Cell hub, Engagement.Cell england) {
        return hub == null ? List.of(england.percent()) : List.of(hub.percent(), england.percent());
    }

    /**
     * The year's engagement return: a workbook with the ten years' totals, a sheet per breakdown and the
     * pathways' stages and cohorts, the hub's columns beside England's (England's alone for the national
     * admin without a hub).
     */
    @GetMapping("/insights/engagement.xlsx")
    ResponseEntity<byte[]> engagementReturn(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        Map<String, XlsxDownload.Sheet> tables = new LinkedHashMap<>(
                InsightsTables.engagement(engagement.of(chosen, of), engagement.history(chosen, of)));
        tables.putAll(InsightsTables.pathway(pathway.of(chosen, of)));
        return InsightsTables.xlsx(filename("engagement", of, chosen, "xlsx"), tables);
    }

    /** One of the engagement page's tables ({@code table}: years, or a breakdown's key) as CSV. */
    @GetMapping("/insights/engagement.csv")
    ResponseEntity<String> engagementCsv(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @RequestParam String table,
            @AuthenticationPrincipal HubMember member) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        return InsightsTables.csv(
                filename("engagement-" + table, of, chosen, "csv"),
                InsightsTables.engagement(engagement.of(chosen, of), engagement.history(chosen, of)),
                table);
    }

    /** The name of a download: what it is, whose and which year. */
    static String filename(String what, HubSummary hub, AcademicYear year, String extension) {
        return what + "-" + (hub == null ? "england" : hub.slug()) + "-" + year.slug() + "." + extension;
    }

    /** A breakdown's groups in each of the last ten years, the hub's beside England's. */
    @GetMapping("/insights/years")
    String years(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @RequestParam String by,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        model.addAttribute("year", chosen);
        model.addAttribute("hub", of);
        model.addAttribute("history", engagement.historyBy(chosen, of, by));
        model.addAttribute("englandLists", member.seesAllHubs());
        model.addAttribute("section", "insights");
        return "insights/years";
    }

    /** The same table as CSV ({@code .csv}) or a workbook ({@code .xlsx}). */
    @GetMapping({"/insights/years.csv", "/insights/years.xlsx"})
    ResponseEntity<?> yearsDownload(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @RequestParam String by,
            @AuthenticationPrincipal HubMember member,
            HttpServletRequest request) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        Map<String, XlsxDownload.Sheet> tables = InsightsTables.yearsBy(engagement.historyBy(chosen, of, by), of);
        return request.getRequestURI().endsWith(".csv")
                ? InsightsTables.csv(filename("engagement-years-" + by, of, chosen, "csv"), tables, by)
                : InsightsTables.xlsx(filename("engagement-years-" + by, of, chosen, "xlsx"), tables);
    }

    /** Every hub's line as CSV or a workbook. */
    @GetMapping({"/insights/hubs.csv", "/insights/hubs.xlsx"})
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<?> hubsDownload(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String sort,
            HttpServletRequest request) {
        AcademicYear chosen = scope.year(year);
        Map<String, XlsxDownload.Sheet> tables = InsightsTables.hubs(
                hubTable.of(chosen, hubs.list(Pageable.unpaged()).getContent(), sort), Engagement.PHASES_APART);
        return request.getRequestURI().endsWith(".csv")
                ? InsightsTables.csv(filename("hubs", null, chosen, "csv"), tables, "hubs")
                : InsightsTables.xlsx(filename("hubs", null, chosen, "xlsx"), tables);
    }

    /** Every hub side by side for the national admin, sortable, with England's totals. */
    @GetMapping("/insights/hubs")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String hubs(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String sort,
            Model model) {
        AcademicYear chosen = scope.year(year);
        model.addAttribute("year", chosen);
        model.addAttribute(
                "table", hubTable.of(chosen, hubs.list(Pageable.unpaged()).getContent(), sort));
        model.addAttribute("phases", Engagement.PHASES_APART);
        model.addAttribute("section", "insights");
        return "insights/hubs";
    }

    /** The schools behind a figure, a page at a time, in the order of their names. */
    @GetMapping("/insights/schools")
    String schools(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) Boolean engaged,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        List<Engagement.Listed> all = engagement.schools(chosen, of, by, group, engaged);
        Page<Engagement.Listed> shown = PageRequests.slice(all, page);
        model.addAttribute("year", chosen);
        model.addAttribute("hub", of);
        model.addAttribute("by", by == null || by.isBlank() ? null : by);
        model.addAttribute("group", by == null || by.isBlank() ? null : group);
        model.addAttribute("engaged", engaged);
        model.addAttribute("schools", shown);
        model.addAttribute("pagination", Pagination.of(shown));
        model.addAttribute("section", "insights");
        return "insights/schools";
    }

    /** The same list, all of it, as CSV. */
    @GetMapping("/insights/schools.csv")
    ResponseEntity<String> schoolsCsv(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) Boolean engaged,
            @AuthenticationPrincipal HubMember member) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        return CsvDownload.of(
                filename("schools", of, chosen, "csv"),
                List.of("URN", "School", "Phase", "Local authority", "Type of school", "Trust", "Engaged in " + chosen),
                engagement.schools(chosen, of, by, group, engaged).stream()
                        .map(l -> {
                            List<Object> cells = schoolCells(l.school());
                            cells.add(l.engaged() ? "Yes" : "No");
                            return cells;
                        })
                        .toList());
    }

    /**
     * The schools to recruit: the area's schools that have not completed a work group for a while, those
     * never seen in the ten years first, a page at a time; of one phase, or all.
     */
    @GetMapping("/insights/recruit")
    String recruit(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) Integer quiet,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        String shownPhase = phase(phase);
        int years = quietYears(quiet);
        Page<Engagement.Prospect> shown = PageRequests.slice(engagement.prospects(chosen, of, shownPhase, years), page);
        model.addAttribute("year", chosen);
        model.addAttribute("hub", of);
        model.addAttribute("phase", shownPhase);
        model.addAttribute("phases", SchoolFacts.PHASES);
        model.addAttribute("quiet", years);
        model.addAttribute("quietChoices", Engagement.QUIET_YEARS);
        model.addAttribute("schools", shown);
        model.addAttribute("pagination", Pagination.of(shown));
        model.addAttribute("section", "insights");
        return "insights/recruit";
    }

    /** The same list, all of it, as CSV: to mail merge an invitation to the hub's offer. */
    @GetMapping("/insights/recruit.csv")
    ResponseEntity<String> recruitCsv(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) Integer quiet,
            @AuthenticationPrincipal HubMember member) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        return CsvDownload.of(
                filename("schools-to-recruit", of, chosen, "csv"),
                List.of(
                        "URN",
                        "School",
                        "Phase",
                        "Local authority",
                        "Type of school",
                        "Trust",
                        "Last completed a work group"),
                engagement.prospects(chosen, of, phase(phase), quietYears(quiet)).stream()
                        .map(p -> {
                            List<Object> cells = schoolCells(p.school());
                            cells.add(
                                    p.lastEngaged() == null
                                            ? "Not in the ten years"
                                            : p.lastEngaged().toString());
                            return cells;
                        })
                        .toList());
    }

    /** A phase the list is narrowed to, or null for all (an unknown one too). */
    private static String phase(String asked) {
        return asked != null && SchoolFacts.PHASES.contains(asked) ? asked : null;
    }

    /** How many quiet years the list asks for: one of the choices, three unless said. */
    private static int quietYears(Integer asked) {
        return asked != null && Engagement.QUIET_YEARS.contains(asked) ? asked : 3;
    }

    /** A school's cells in a downloaded list: URN, name, phase, local authority, type and trust. */
    static List<Object> schoolCells(Fact school) {
        return new ArrayList<>(Arrays.asList(
                school.urn(),
                school.name(),
                nonNull(school.phase()),
                nonNull(school.localAuthority()),
                nonNull(school.typeGroup()),
                nonNull(school.trust())));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
