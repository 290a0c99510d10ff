package org.hubcycle.insights.web;

import java.util.List;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.insights.internal.Engagement;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.web.CsvDownload;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.hubcycle.shared.web.XlsxDownload;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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
    private final InsightsScope scope;
    private final Hubs hubs;

    InsightsController(Engagement engagement, InsightsScope scope, Hubs hubs) {
        this.engagement = engagement;
        this.scope = scope;
        this.hubs = hubs;
    }

    @GetMapping("/insights")
    String engagement(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        model.addAttribute("figures", engagement.of(chosen, of));
        model.addAttribute("history", engagement.history(chosen, of));
        // England's lists name every hub's schools: the national admin's alone; hubs see England's totals.
        model.addAttribute("englandLists", member.seesAllHubs());
        model.addAttribute("section", "insights");
        return "insights/engagement";
    }

    /** The sheets' names of the engagement return, by breakdown. */
    private static final java.util.Map<String, String> SHEETS = java.util.Map.of(
            "phase", "Phase",
            "region", "Region",
            "localAuthority", "Local authority",
            "typeGroup", "Type of school",
            "trust", "Trust",
            "ofsted", "Ofsted rating",
            "fsmQuintile", "FSM quintile");

    /**
     * The year's engagement return: a workbook with the ten years' totals and a sheet per breakdown,
     * the hub's columns beside England's (England's alone for the national admin without a hub).
     */
    @GetMapping("/insights/engagement.xlsx")
    ResponseEntity<byte[]> engagementReturn(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        Engagement.Figures figures = engagement.of(chosen, of);
        List<String> cells = of == null
                ? List.of("England engaged", "England schools", "England %")
                : List.of(
                        of.name() + " engaged",
                        of.name() + " schools",
                        of.name() + " %",
                        "England engaged",
                        "England schools",
                        "England %");
        List<XlsxDownload.Sheet> sheets = new java.util.ArrayList<>();
        sheets.add(new XlsxDownload.Sheet(
                "Years",
                concat("Year", cells),
                engagement.history(chosen, of).stream()
                        .map(y -> row(y.year().toString(), y.hub(), y.england()))
                        .toList()));
        for (Engagement.Breakdown b : figures.breakdowns()) {
            sheets.add(new XlsxDownload.Sheet(
                    SHEETS.get(b.key()),
                    concat(SHEETS.get(b.key()), cells),
                    b.rows().stream()
                            .map(r -> row(r.group(), r.hub(), r.england()))
                            .toList()));
        }
        return XlsxDownload.of(
                "engagement-" + (of == null ? "england" : of.slug()) + "-" + chosen.slug() + ".xlsx", sheets);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /** A row of the return: its label, then the hub's cell (if any) and England's, each engaged, schools, share. */
    private static List<Object> row(String label, Engagement.Cell hub, Engagement.Cell england) {
        List<Object> row = new java.util.ArrayList<>(List.of(label));
        for (Engagement.Cell cell : hub == null ? List.of(england) : List.of(hub, england)) {
            row.add(cell.engaged());
            row.add(cell.schools());
            row.add(Math.round(cell.percent() * 10) / 10.0);
        }
        return row;
    }

    /** The columns the hubs' table sorts by: the hub's name, or a share engaged (largest first). */
    static final List<String> SORTS = List.of("hub", "all", "primary", "secondary", "other");

    /** Every hub side by side for the national admin, sortable, with England's totals. */
    @GetMapping("/insights/hubs")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String hubs(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String sort,
            Model model) {
        AcademicYear chosen = scope.year(year);
        String by = sort != null && SORTS.contains(sort) ? sort : "hub";
        List<Engagement.HubRow> rows =
                engagement.byHub(chosen, hubs.list(Pageable.unpaged()).getContent());
        List<Engagement.HubRow> sorted = new java.util.ArrayList<>(rows.subList(0, rows.size() - 1));
        java.util.Comparator<Engagement.HubRow> byName =
                java.util.Comparator.comparing(r -> r.hub().name());
        sorted.sort(
                switch (by) {
                    case "all" ->
                        java.util.Comparator.comparingDouble(
                                        (Engagement.HubRow r) -> -r.total().percent())
                                .thenComparing(byName);
                    case "hub" -> byName;
                    default ->
                        java.util.Comparator.comparingDouble((Engagement.HubRow r) ->
                                        -r.phases().get(SORTS.indexOf(by) - 2).percent())
                                .thenComparing(byName);
                });
        model.addAttribute("year", chosen);
        model.addAttribute("sort", by);
        model.addAttribute("rows", sorted);
        model.addAttribute("england", rows.get(rows.size() - 1));
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
        Pageable pageable = PageRequests.page(page);
        List<Engagement.Listed> slice = all.subList((int) Math.min(pageable.getOffset(), all.size()), (int)
                Math.min(pageable.getOffset() + pageable.getPageSize(), all.size()));
        Page<Engagement.Listed> shown = new PageImpl<>(slice, pageable, all.size());
        model.addAttribute("year", chosen);
        model.addAttribute("hub", of);
        model.addAttribute("by", by);
        model.addAttribute("group", group);
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
                "schools-" + (of == null ? "england" : of.slug()) + "-" + chosen.slug() + ".csv",
                List.of("URN", "School", "Phase", "Local authority", "Type of school", "Trust", "Engaged in " + chosen),
                engagement.schools(chosen, of, by, group, engaged).stream()
                        .map(l -> List.<Object>of(
                                l.school().urn(),
                                l.school().name(),
                                nonNull(l.school().phase()),
                                nonNull(l.school().localAuthority()),
                                nonNull(l.school().typeGroup()),
                                nonNull(l.school().trust()),
                                l.engaged() ? "Yes" : "No"))
                        .toList());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
