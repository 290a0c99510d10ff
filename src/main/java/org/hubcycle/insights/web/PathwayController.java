package org.hubcycle.insights.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.SchoolFacts.Fact;
import org.hubcycle.enrolment.TfmPathways;
import org.hubcycle.insights.internal.PathwayFigures;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.web.CsvDownload;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Teaching for Mastery pathways in a year, and the schools behind each of their figures; scoped as engagement is. */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN')")
class PathwayController {

    private final PathwayFigures pathway;
    private final InsightsScope scope;
    private final MessageSource messages;

    PathwayController(PathwayFigures pathway, InsightsScope scope, MessageSource messages) {
        this.pathway = pathway;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/insights/pathway")
    String pathway(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member,
            Locale locale,
            Model model) {
        PathwayFigures.Figures figures = pathway.of(scope.year(year), scope.hub(hub, member));
        model.addAttribute("figures", figures);
        model.addAttribute("charts", charts(figures, locale));
        model.addAttribute("englandLists", member.seesAllHubs());
        model.addAttribute("section", "insights");
        return "insights/pathway";
    }

    /** One of the pathway page's tables ({@code table}: e.g. primary-stages, secondary-cohorts) as CSV. */
    @GetMapping("/insights/pathway.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @RequestParam String table,
            @AuthenticationPrincipal HubMember member) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        return InsightsTables.csv(
                InsightsController.filename("pathway-" + table, of, chosen, "csv"),
                InsightsTables.pathway(pathway.of(chosen, of)),
                table);
    }

    /** All of the pathway page's tables, a sheet each. */
    @GetMapping("/insights/pathway.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        return InsightsTables.xlsx(
                InsightsController.filename("pathway", of, chosen, "xlsx"),
                InsightsTables.pathway(pathway.of(chosen, of)));
    }

    /** A chart per pathway of the share of schools at each stage: the hub's beside England's. */
    private Map<String, BarChart> charts(PathwayFigures.Figures figures, Locale locale) {
        String england = messages.getMessage("insights.england", null, locale);
        List<String> series =
                figures.hub() == null ? List.of(england) : List.of(figures.hub().name(), england);
        Map<String, BarChart> charts = new HashMap<>();
        for (PathwayFigures.PathwayRow p : figures.pathways()) {
            charts.put(
                    p.key(),
                    BarChart.of(
                            "chart-" + p.key(),
                            messages.getMessage(
                                    "insights.pathway.chart", new Object[] {p.name(), figures.year()}, locale),
                            series,
                            p.stages().stream()
                                    .map(s -> s.stage() != null
                                            ? s.stage()
                                            : messages.getMessage("insights.pathway.none", null, locale))
                                    .toList(),
                            p.stages().stream()
                                    .map(s -> s.hub() == null
                                            ? List.of(s.england().percent())
                                            : List.of(
                                                    s.hub().percent(),
                                                    s.england().percent()))
                                    .toList()));
        }
        return charts;
    }

    @GetMapping("/insights/pathway/schools")
    String schools(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @RequestParam String pathway,
            @RequestParam(defaultValue = "all") String key,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal HubMember member,
            Locale locale,
            Model model) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        List<Fact> all = this.pathway.schools(chosen, of, pathway, key);
        Page<Fact> shown = PageRequests.slice(all, page);
        model.addAttribute("year", chosen);
        model.addAttribute("hub", of);
        model.addAttribute("pathway", pathway);
        model.addAttribute("key", key);
        model.addAttribute("heading", heading(chosen, pathway, key, locale));
        model.addAttribute("schools", shown);
        model.addAttribute("pagination", Pagination.of(shown));
        model.addAttribute("section", "insights");
        return "insights/pathway-schools";
    }

    /** What the schools listed have in common, in words: the figure they make. */
    private String heading(AcademicYear year, String pathway, String key, Locale locale) {
        TfmPathways.Pathway p = TfmPathways.ALL.stream()
                .filter(x -> x.key().equals(pathway))
                .findFirst()
                .orElseThrow();
        String kind = key.contains("-") ? key.substring(0, key.indexOf('-')) : key;
        String rest = key.contains("-") ? key.substring(key.indexOf('-') + 1) : "";
        Object detail = switch (kind) {
            case "stage", "moved" ->
                rest.equals("none") || rest.isEmpty()
                        ? messages.getMessage("insights.pathway.none", null, locale)
                        : p.stages().get(Integer.parseInt(rest));
            case "cohort", "next", "later" -> AcademicYear.parse(rest);
            default -> "";
        };
        String code = kind.equals("moved") && rest.isEmpty()
                ? "insights.pathway.schools.key.movedAny"
                : "insights.pathway.schools.key." + kind;
        return p.name() + ": " + messages.getMessage(code, new Object[] {detail, year}, locale);
    }

    @GetMapping("/insights/pathway/schools.csv")
    ResponseEntity<String> schoolsCsv(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @RequestParam String pathway,
            @RequestParam(defaultValue = "all") String key,
            @AuthenticationPrincipal HubMember member) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        return CsvDownload.of(
                InsightsController.filename("pathway-" + pathway + "-" + key, of, chosen, "csv"),
                List.of("URN", "School", "Phase", "Local authority", "Type of school", "Trust"),
                this.pathway.schools(chosen, of, pathway, key).stream()
                        .map(InsightsController::schoolCells)
                        .toList());
    }
}
