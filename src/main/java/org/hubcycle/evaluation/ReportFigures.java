package org.hubcycle.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.evaluation.internal.ProgressReports;
import org.hubcycle.evaluation.internal.ProgressReports.GroupReports;
import org.hubcycle.shared.AcademicYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where work group leads' termly reports stand across hubs: for the national roll-up. */
@Service
public class ReportFigures {

    /** A hub's termly reports of a year so far: those due by today, those received, and those late. */
    public record Tally(long due, long received, long late) {

        public double percent() {
            return due == 0 ? 0 : 100.0 * Math.min(received, due) / due;
        }
    }

    private final HubOffers offers;
    private final ProgressReports reports;

    ReportFigures(HubOffers offers, ProgressReports reports) {
        this.offers = offers;
        this.reports = reports;
    }

    /**
     * Each hub's reports of the year (the hubs the scope sees; work groups not cancelled), counted as
     * the hub lead's own overview counts them: a report is due two weeks after its term, late when due
     * and not received.
     */
    @Transactional(readOnly = true)
    public Map<Long, Tally> byHub(AcademicYear year) {
        Map<Long, long[]> counts = new HashMap<>();
        List<GroupReports> all = reports.overview(offers.briefs(year));
        for (GroupReports g : all) {
            long[] c = counts.computeIfAbsent(g.group().hubId(), h -> new long[3]);
            g.terms().values().forEach(cell -> {
                if (cell.late() || (cell.status() != null && cell.status().received())) {
                    c[0]++;
                }
                if (cell.status() != null && cell.status().received()) {
                    c[1]++;
                }
                if (cell.late()) {
                    c[2]++;
                }
            });
        }
        Map<Long, Tally> tallies = new HashMap<>();
        counts.forEach((hub, c) -> tallies.put(hub, new Tally(c[0], c[1], c[2])));
        return tallies;
    }
}
