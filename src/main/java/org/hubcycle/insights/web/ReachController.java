package org.hubcycle.insights.web;

import java.util.ArrayList;
import java.util.List;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.enrolment.EnrolmentFigures.Reach;
import org.hubcycle.insights.internal.OfferReach;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.web.CsvDownload;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.hubcycle.shared.web.XlsxDownload;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reach of a year's offer, per project and work group, and leaders' capacity; scoped as engagement is. */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN')")
class ReachController {

    private static final List<String> REACH =
            List.of("Places", "Schools recruited", "Completed", "Withdrawn", "Places left empty", "Participants");

    private final OfferReach reach;
    private final InsightsScope scope;

    ReachController(OfferReach reach, InsightsScope scope) {
        this.reach = reach;
        this.scope = scope;
    }

    @GetMapping("/insights/reach")
    String reach(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        model.addAttribute("figures", reach.of(chosen, of));
        model.addAttribute("history", reach.history(chosen, of));
        // A work group's applications are its hub team's page: the national admin reads the counts.
        model.addAttribute("groupLinks", !member.seesAllHubs());
        model.addAttribute("section", "insights");
        return "insights/reach";
    }

    /** The enrolments behind a reach figure (of a work group, a project, or the hub's year), a page at a time. */
    @GetMapping("/insights/reach/schools")
    String enrolments(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @RequestParam(required = false) String project,
            @RequestParam(required = false) Long group,
            @RequestParam OfferReach.Counted what,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal HubMember member,
            Model model) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        String named = FormValues.blankToNull(project);
        List<OfferReach.EnrolmentLine> all = reach.enrolments(chosen, of, named, group, what);
        Page<OfferReach.EnrolmentLine> shown = PageRequests.slice(all, page);
        model.addAttribute("year", chosen);
        model.addAttribute("hub", of);
        model.addAttribute("project", named);
        model.addAttribute("group", group);
        model.addAttribute(
                "groupName",
                all.isEmpty() || group == null ? null : all.get(0).group().name());
        model.addAttribute("what", what);
        model.addAttribute("enrolments", shown);
        model.addAttribute("pagination", Pagination.of(shown));
        model.addAttribute("section", "insights");
        return "insights/reach-schools";
    }

    @GetMapping("/insights/reach/schools.csv")
    ResponseEntity<String> enrolmentsCsv(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @RequestParam(required = false) String project,
            @RequestParam(required = false) Long group,
            @RequestParam OfferReach.Counted what,
            @AuthenticationPrincipal HubMember member) {
        AcademicYear chosen = scope.year(year);
        HubSummary of = scope.hub(hub, member);
        return CsvDownload.of(
                InsightsController.filename("reach-" + what.name().toLowerCase(), of, chosen, "csv"),
                List.of("URN", "School", "Work group", "Project", "Status"),
                reach.enrolments(chosen, of, FormValues.blankToNull(project), group, what).stream()
                        .map(e -> List.<Object>of(
                                e.urn(),
                                e.school(),
                                e.group() == null ? "" : e.group().name(),
                                e.group() == null ? "" : e.group().projectCode(),
                                e.status().name()))
                        .toList());
    }

    /** The work groups' reach (a hub's), or the projects' (England), as CSV. */
    @GetMapping("/insights/reach.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member) {
        OfferReach.Figures figures = reach.of(scope.year(year), scope.hub(hub, member));
        XlsxDownload.Sheet sheet = figures.hub() == null ? projects(figures) : groups(figures);
        return CsvDownload.of(name(figures, "csv"), sheet.header(), sheet.rows());
    }

    /** Projects, work groups (a hub's) and capacity, a sheet each. */
    @GetMapping("/insights/reach.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member) {
        OfferReach.Figures figures = reach.of(scope.year(year), scope.hub(hub, member));
        List<XlsxDownload.Sheet> sheets = new ArrayList<>();
        sheets.add(projects(figures));
        if (figures.hub() != null) {
            sheets.add(groups(figures));
        }
        sheets.add(capacity(figures));
        sheets.add(years(reach.history(figures.year(), figures.hub())));
        return XlsxDownload.of(name(figures, "xlsx"), sheets);
    }

    private static String name(OfferReach.Figures figures, String extension) {
        return "reach-" + (figures.hub() == null ? "england" : figures.hub().slug()) + "-"
                + figures.year().slug() + "." + extension;
    }

    private static XlsxDownload.Sheet projects(OfferReach.Figures figures) {
        List<String> header = new ArrayList<>(List.of("Project", "Title", "Work groups"));
        header.addAll(REACH);
        return new XlsxDownload.Sheet(
                "Projects",
                header,
                figures.projects().stream()
                        .map(p -> {
                            List<Object> row = new ArrayList<>(List.of(p.code(), p.title(), p.groups()));
                            row.addAll(reach(p.places(), p.reach(), p.emptyPlaces()));
                            return row;
                        })
                        .toList());
    }

    private static XlsxDownload.Sheet groups(OfferReach.Figures figures) {
        List<String> header = new ArrayList<>(List.of("Work group", "Project"));
        header.addAll(REACH);
        return new XlsxDownload.Sheet(
                "Work groups",
                header,
                figures.groups().stream()
                        .map(g -> {
                            List<Object> row = new ArrayList<>(
                                    List.of(g.group().name(), g.group().projectCode()));
                            row.addAll(reach(g.group().capacitySchools(), g.reach(), g.emptyPlaces()));
                            return row;
                        })
                        .toList());
    }

    private static XlsxDownload.Sheet years(List<OfferReach.YearLine> history) {
        return new XlsxDownload.Sheet(
                "Years",
                List.of(
                        "Year",
                        "Work groups",
                        "Places",
                        "Schools recruited",
                        "Completed",
                        "Withdrawn",
                        "Places left empty"),
                history.stream()
                        .map(y -> List.<Object>of(
                                y.year().toString(),
                                y.groups(),
                                y.places(),
                                y.reach().recruited(),
                                y.reach().completed(),
                                y.reach().withdrawn(),
                                y.emptyPlaces()))
                        .toList());
    }

    private static XlsxDownload.Sheet capacity(OfferReach.Figures figures) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < figures.englandCapacity().size(); i++) {
            if (figures.hub() != null) {
                var c = figures.hubCapacity().get(i);
                rows.add(List.of(figures.hub().name(), c.pathway(), c.specialists(), c.schools()));
            }
            var e = figures.englandCapacity().get(i);
            rows.add(List.of("England", e.pathway(), e.specialists(), e.schools()));
        }
        return new XlsxDownload.Sheet(
                "Capacity", List.of("Area", "Pathway", "Active Mastery Specialists", "Schools"), rows);
    }

    private static List<Object> reach(long places, Reach r, long empty) {
        return List.of(places, r.recruited(), r.completed(), r.withdrawn(), empty, r.participants());
    }
}
