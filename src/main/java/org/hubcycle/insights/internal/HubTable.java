package org.hubcycle.insights.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.enrolment.EnrolmentFigures;
import org.hubcycle.enrolment.EnrolmentFigures.Completion;
import org.hubcycle.evaluation.ReportFigures;
import org.hubcycle.evaluation.ReportFigures.Tally;
import org.hubcycle.insights.internal.PathwayFigures.Share;
import org.hubcycle.shared.AcademicYear;
import org.springframework.stereotype.Service;

/**
 * Every hub side by side for a year, for the national admin: engagement (all schools and by phase),
 * completion, schools moving along the pathways and termly reports received, with England's totals.
 */
@Service
public class HubTable {

    /** The columns the table sorts by: the hub's name, or a share (largest first). */
    public static final List<String> SORTS =
            List.of("hub", "all", "primary", "secondary", "other", "completion", "moved", "reports");

    /** One hub's line (hub null: England's). */
    public record Line(
            HubSummary hub, Engagement.HubRow engagement, Completion completion, Share moved, Tally reports) {}

    /** The hubs' lines in the order asked for, and England's. */
    public record Table(String sort, List<Line> hubs, Line england) {}

    private final Engagement engagement;
    private final PathwayFigures pathway;
    private final EnrolmentFigures enrolments;
    private final ReportFigures reports;

    HubTable(Engagement engagement, PathwayFigures pathway, EnrolmentFigures enrolments, ReportFigures reports) {
        this.engagement = engagement;
        this.pathway = pathway;
        this.enrolments = enrolments;
        this.reports = reports;
    }

    public Table of(AcademicYear year, List<HubSummary> hubs, String sort) {
        List<Engagement.HubRow> engaged = engagement.byHub(year, hubs);
        Map<Long, Completion> completion = enrolments.completionByHub(year);
        Map<Long, Share> moved = pathway.movedByHub(year);
        Map<Long, Tally> reported = reports.byHub(year);
        List<Line> lines = new ArrayList<>();
        long[] totals = new long[7];
        for (int i = 0; i < hubs.size(); i++) {
            long id = hubs.get(i).id();
            Line line = new Line(
                    hubs.get(i),
                    engaged.get(i),
                    completion.getOrDefault(id, new Completion(0, 0)),
                    moved.getOrDefault(id, new Share(0, 0)),
                    reported.getOrDefault(id, new Tally(0, 0, 0)));
            lines.add(line);
            add(totals, line);
        }
        String by = sort != null && SORTS.contains(sort) ? sort : "hub";
        lines.sort(order(by));
        return new Table(
                by,
                lines,
                new Line(
                        null,
                        engaged.get(engaged.size() - 1),
                        new Completion(totals[0], totals[1]),
                        new Share(totals[2], totals[3]),
                        new Tally(totals[4], totals[5], totals[6])));
    }

    private static void add(long[] totals, Line line) {
        totals[0] += line.completion().completed();
        totals[1] += line.completion().ended();
        totals[2] += line.moved().count();
        totals[3] += line.moved().of();
        totals[4] += line.reports().due();
        totals[5] += line.reports().received();
        totals[6] += line.reports().late();
    }

    private static Comparator<Line> order(String by) {
        Comparator<Line> byName = Comparator.comparing(l -> l.hub().name());
        ToDoubleFunction<Line> share = switch (by) {
            case "all" -> l -> l.engagement().total().percent();
            case "primary", "secondary", "other" ->
                l -> l.engagement().phases().get(SORTS.indexOf(by) - 2).percent();
            case "completion" -> l -> l.completion().percent();
            case "moved" -> l -> l.moved().percent();
            case "reports" -> l -> l.reports().percent();
            default -> null;
        };
        return share == null
                ? byName
                : Comparator.comparingDouble(share).reversed().thenComparing(byName);
    }
}
