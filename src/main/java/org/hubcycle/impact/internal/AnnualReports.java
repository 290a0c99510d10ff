package org.hubcycle.impact.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.impact.domain.AnnualReport;
import org.hubcycle.impact.domain.AnnualReportRepository;
import org.hubcycle.impact.domain.ImpactReviewRepository;
import org.hubcycle.impact.internal.CaseStudies.CaseStudyView;
import org.hubcycle.impact.internal.ImpactReviews.ReviewView;
import org.hubcycle.impact.internal.ImpactStories.Told;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.ReportStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hub's annual report of a year (DESIGN.md: impact): its public account of the year, assembled from
 * what it has already written rather than written again. The body is the impact review the national
 * centre accepted (its figures, statements and themes, as they were accepted); beside it, the case studies
 * the schools agreed to share and the participants' stories the hub chose among those it may share. The
 * hub writes a foreword and what it plans next, and its lead publishes it for anyone to read.
 *
 * <p>The stories are read afresh each time: one its writer takes back, or stops the hub sharing, leaves the
 * report at once.
 */
@Service
public class AnnualReports {

    /** Stories a report quotes at most: it is a report, not the hub's collection of them. */
    public static final int MAX_STORIES = 10;

    /**
     * A report as its pages show it. {@code shareable} is every story the hub may quote, for choosing;
     * {@code chosen} the ids of those it quotes. A report not started has no words and version -1.
     */
    public record ReportView(
            ReviewView review,
            List<CaseStudyView> caseStudies,
            List<Told> shareable,
            Set<Long> chosen,
            String foreword,
            String lookingAhead,
            Instant publishedAt,
            int version) {

        public boolean published() {
            return publishedAt != null;
        }

        /** Whether its body is ready to be public: the national centre has accepted the year's review. */
        public boolean publishable() {
            return review.status() == ReportStatus.ACCEPTED;
        }

        /** The stories it quotes, newest first. */
        public List<Told> stories() {
            return shareable.stream().filter(s -> chosen.contains(s.id())).toList();
        }
    }

    private final AnnualReportRepository reports;
    private final ImpactReviews reviews;
    private final ImpactReviewRepository reviewStatuses;
    private final CaseStudies caseStudies;
    private final ImpactStories stories;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnualReports(
            AnnualReportRepository reports,
            ImpactReviews reviews,
            ImpactReviewRepository reviewStatuses,
            CaseStudies caseStudies,
            ImpactStories stories,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.reviews = reviews;
        this.reviewStatuses = reviewStatuses;
        this.caseStudies = caseStudies;
        this.stories = stories;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReportView view(HubSummary hub, AcademicYear year) {
        return view(hub, year, reports.findByHubIdAndAcademicYear(hub.id(), year.startYear()));
    }

    /** The report as the public reads it: only once published. */
    @Transactional(readOnly = true)
    public Optional<ReportView> published(HubSummary hub, AcademicYear year) {
        return reports.findByHubIdAndAcademicYear(hub.id(), year.startYear())
                .filter(AnnualReport::published)
                .map(report -> view(hub, year, Optional.of(report)));
    }

    private ReportView view(HubSummary hub, AcademicYear year, Optional<AnnualReport> saved) {
        return new ReportView(
                reviews.view(hub, year),
                caseStudies.list(hub, year).stream()
                        .filter(c -> c.words().agreed())
                        .toList(),
                stories.shareable(hub, year),
                saved.map(AnnualReport::getStoryIds).orElse(Set.of()),
                saved.map(AnnualReport::getForeword).orElse(null),
                saved.map(AnnualReport::getLookingAhead).orElse(null),
                saved.map(AnnualReport::getPublishedAt).orElse(null),
                saved.map(AnnualReport::getVersion).orElse(-1));
    }

    /** The years the hub has published a report of, latest first. */
    @Transactional(readOnly = true)
    public List<AcademicYear> publishedYears(HubSummary hub) {
        return reports.publishedYears(hub.id()).stream().map(AcademicYear::new).toList();
    }

    /** The hubs (by id) that have published their report of the year. */
    @Transactional(readOnly = true)
    public Set<Long> publishedHubs(AcademicYear year) {
        return new HashSet<>(reports.publishedHubs(year.startYear()));
    }

    /**
     * The hub saves its words and the stories it quotes, starting the report if it has none; {@code version}
     * is the one it saw (-1: none). A story it may not share (taken back, kept to the hub, another year's)
     * is refused. Changing a published report changes what the public reads, so that is audited.
     */
    @Transactional
    public void save(
            HubSummary hub,
            AcademicYear year,
            int version,
            String foreword,
            String lookingAhead,
            Collection<Long> storyIds,
            String by) {
        Set<Long> quotable = stories.shareable(hub, year).stream().map(Told::id).collect(Collectors.toSet());
        if (!quotable.containsAll(storyIds)) {
            throw new Refused("stories", "impact.annual.stories.unknown");
        }
        if (storyIds.size() > MAX_STORIES) {
            throw new Refused("stories", "impact.annual.stories.tooMany", MAX_STORIES);
        }
        AnnualReport report = reports.findByHubIdAndAcademicYear(hub.id(), year.startYear())
                .orElseGet(() -> reports.save(new AnnualReport(hub.id(), year, clock.instant(), by)));
        current(report, version);
        report.write(foreword, lookingAhead, storyIds, clock.instant(), by);
        if (report.published()) {
            events.publishEvent(Audited.of("impact.annual-report-changed", hub.id(), year.toString())
                    .by(by));
        }
    }

    /** The hub lead publishes it: the national centre has accepted the year's review, and it has a foreword. */
    @Transactional
    public void publish(HubSummary hub, AcademicYear year, int version, String by) {
        if (reviewStatuses.statusOf(hub.id(), year.startYear()).orElse(null) != ReportStatus.ACCEPTED) {
            throw new Refused(null, "impact.annual.publish.notAccepted", year.toString());
        }
        AnnualReport report = reports.findByHubIdAndAcademicYear(hub.id(), year.startYear())
                .orElseThrow(() -> new Refused("foreword", "impact.annual.publish.noForeword"));
        current(report, version);
        report.publish(clock.instant(), by);
        events.publishEvent(Audited.of("impact.annual-report-published", hub.id(), year.toString())
                .by(by));
    }

    /** The hub lead takes it down: it is no longer public. */
    @Transactional
    public void withdraw(HubSummary hub, AcademicYear year, int version, String by) {
        AnnualReport report = reports.findByHubIdAndAcademicYear(hub.id(), year.startYear())
                .filter(AnnualReport::published)
                .orElseThrow(() -> new Refused(null, "impact.annual.withdraw.notPublished"));
        current(report, version);
        report.withdraw(clock.instant(), by);
        events.publishEvent(Audited.of("impact.annual-report-withdrawn", hub.id(), year.toString())
                .by(by));
    }

    private static void current(AnnualReport report, int version) {
        if (version >= 0 && report.getVersion() != version) {
            throw new Refused(null, "report.changed");
        }
    }
}
