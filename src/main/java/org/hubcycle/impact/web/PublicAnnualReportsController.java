package org.hubcycle.impact.web;

import java.util.Map;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.impact.internal.AnnualReports;
import org.hubcycle.impact.internal.AnnualReports.ReportView;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.web.PdfDocuments;
import org.hubcycle.shared.web.PdfDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A hub's published annual reports, for anyone, beside its catalogue: the list of years, each report's
 * page and its PDF. A report not published (or taken down) is not found.
 */
@Controller
class PublicAnnualReportsController {

    private final AnnualReports reports;
    private final Hubs hubs;
    private final PdfDocuments pdf;

    PublicAnnualReportsController(AnnualReports reports, Hubs hubs, PdfDocuments pdf) {
        this.reports = reports;
        this.hubs = hubs;
        this.pdf = pdf;
    }

    @GetMapping("/catalogue/{slug}/annual-reports")
    String list(@PathVariable String slug, Model model) {
        HubSummary hub = hub(slug);
        model.addAttribute("hub", hub);
        model.addAttribute("years", HubScope.asSystem(() -> reports.publishedYears(hub)));
        return "impact/annual-reports";
    }

    @GetMapping("/catalogue/{slug}/{year}/annual-report")
    String report(@PathVariable String slug, @PathVariable AcademicYear year, Model model) {
        model.addAttribute("report", published(slug, year));
        model.addAttribute("preview", false);
        return "impact/annual-report";
    }

    @GetMapping("/catalogue/{slug}/{year}/annual-report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable AcademicYear year) {
        ReportView report = published(slug, year);
        return PdfDownload.inline(
                slug + "-annual-report-" + year.slug() + ".pdf",
                pdf.render("impact/annual-report-pdf", Map.of("report", report)));
    }

    private ReportView published(String slug, AcademicYear year) {
        HubSummary hub = hub(slug);
        return HubScope.asSystem(() -> reports.published(hub, year))
                .orElseThrow(() -> new NotFoundException("not-found.annual-report"));
    }

    private HubSummary hub(String slug) {
        return hubs.findBySlug(slug).orElseThrow(() -> new NotFoundException("not-found.hub"));
    }
}
