package org.hubcycle.impact.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.impact.domain.ImpactReview;
import org.hubcycle.impact.domain.ImpactReviewRepository;
import org.hubcycle.impact.domain.Setting;
import org.hubcycle.impact.domain.Statement;
import org.hubcycle.impact.domain.Theme;
import org.hubcycle.insights.HubYearFigures;
import org.hubcycle.insights.HubYearFigures.HubYear;
import org.hubcycle.insights.HubYearFigures.PhaseShare;
import org.hubcycle.insights.HubYearFigures.Share;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.ReportReceived;
import org.hubcycle.shared.ReportStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hub's impact review of a year (seed 000): it writes a statement per setting and the themes it found,
 * over its year's figures read from the records (engagement by phase, its work groups' reach, its
 * Mastery Specialists), and submits it to the national centre, which accepts it or returns it with a
 * comment. The figures are kept as they stood when it was submitted; the hub is emailed the decision.
 */
@Service
public class ImpactReviews {

    /** The review as its page shows it; a review not started has no status and the records' figures. */
    public record ReviewView(
            HubSummary hub,
            AcademicYear year,
            ReportStatus status,
            Map<Setting, Statement> statements,
            List<Theme> themes,
            String returnComment,
            HubYear figures,
            boolean frozen,
            Instant submittedAt,
            int version) {

        public boolean editable() {
            return status == null || status.editable();
        }

        /** The engagement a setting quotes (the schools of its phase), or null for a setting that quotes none. */
        public Share engagement(Setting setting) {
            return figures.phases().stream()
                    .filter(p -> p.phase().equals(setting.giasPhase()))
                    .map(PhaseShare::share)
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A hub's line in the national centre's list of a year's reviews. */
    public record Listed(HubSummary hub, ReportStatus status, Instant submittedAt) {}

    private final ImpactReviewRepository reviews;
    private final HubYearFigures figures;
    private final Outbox outbox;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImpactReviews(
            ImpactReviewRepository reviews,
            HubYearFigures figures,
            Outbox outbox,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reviews = reviews;
        this.figures = figures;
        this.outbox = outbox;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReviewView view(HubSummary hub, AcademicYear year) {
        Optional<ImpactReview> saved = reviews.findByHubIdAndAcademicYear(hub.id(), year.startYear());
        boolean frozen = saved.map(ImpactReview::frozen).orElse(false);
        return new ReviewView(
                hub,
                year,
                saved.map(ImpactReview::getStatus).orElse(null),
                saved.map(ImpactReview::getStatements).orElse(Map.of()),
                saved.map(ImpactReview::getThemes).orElse(List.of()),
                saved.map(ImpactReview::getReturnComment).orElse(null),
                frozen ? json.readValue(saved.get().getFigures(), HubYear.class) : figures.of(year, hub),
                frozen,
                saved.map(ImpactReview::getSubmittedAt).orElse(null),
                saved.map(ImpactReview::getVersion).orElse(-1));
    }

    /** Every hub's review of the year, in the hubs' order; a hub that has not started one has no status. */
    @Transactional(readOnly = true)
    public List<Listed> list(AcademicYear year, List<HubSummary> hubs) {
        Map<Long, ImpactReview> byHub = reviews.findByAcademicYear(year.startYear()).stream()
                .collect(Collectors.toMap(ImpactReview::getHubId, Function.identity()));
        List<Listed> lines = new ArrayList<>();
        for (HubSummary hub : hubs) {
            ImpactReview r = byHub.get(hub.id());
            lines.add(new Listed(hub, r == null ? null : r.getStatus(), r == null ? null : r.getSubmittedAt()));
        }
        return lines;
    }

    /** The hub saves its words, starting the review if it has none; {@code version} is the one it saw (-1: none). */
    @Transactional
    public void save(
            HubSummary hub,
            AcademicYear year,
            int version,
            Map<Setting, Statement> statements,
            Collection<Theme> themes,
            String by) {
        written(hub, year, version, statements, themes, by);
    }

    /** The hub lead submits it with the year's figures as they stand now. */
    @Transactional
    public void submit(
            HubSummary hub,
            AcademicYear year,
            int version,
            Map<Setting, Statement> statements,
            Collection<Theme> themes,
            String by) {
        ImpactReview review = written(hub, year, version, statements, themes, by);
        review.submit(json.writeValueAsString(figures.of(year, hub)), clock.instant(), by);
        events.publishEvent(Audited.of("impact.review-submitted", hub.id(), year.toString()));
        events.publishEvent(new ReportReceived(
                hub.id(),
                hub.name(),
                "impact.review.received",
                List.of(year.toString()),
                "/impact/" + year.slug() + "/" + hub.slug()));
    }

    /** The hub's words written into its review, started if it has none; the review as it now stands. */
    private ImpactReview written(
            HubSummary hub,
            AcademicYear year,
            int version,
            Map<Setting, Statement> statements,
            Collection<Theme> themes,
            String by) {
        ImpactReview review = reviews.findByHubIdAndAcademicYear(hub.id(), year.startYear())
                .orElseGet(() -> reviews.save(new ImpactReview(hub.id(), year, clock.instant(), by)));
        if (version >= 0 && review.getVersion() != version) {
            throw new Refused(null, "report.changed");
        }
        review.write(statements, themes, clock.instant(), by);
        return review;
    }

    @Transactional
    public void accept(HubSummary hub, AcademicYear year, int version, String by) {
        ImpactReview review = current(hub, year, version);
        review.accept(clock.instant(), by);
        events.publishEvent(Audited.of("impact.review-accepted", hub.id(), year.toString()));
        tellHub(hub, year, review, true, null);
    }

    @Transactional
    public void returnToHub(HubSummary hub, AcademicYear year, int version, String comment, String by) {
        ImpactReview review = current(hub, year, version);
        review.returnWith(comment, clock.instant(), by);
        events.publishEvent(Audited.of("impact.review-returned", hub.id(), year.toString(), comment.strip()));
        tellHub(hub, year, review, false, review.getReturnComment());
    }

    private ImpactReview current(HubSummary hub, AcademicYear year, int version) {
        ImpactReview review = reviews.findByHubIdAndAcademicYear(hub.id(), year.startYear())
                .orElseThrow(() -> new NotFoundException("not-found.impact-review"));
        if (review.getVersion() != version) {
            throw new Refused(null, "report.changed");
        }
        return review;
    }

    /** Emails the national centre's decision to the person who submitted the review. */
    private void tellHub(HubSummary hub, AcademicYear year, ImpactReview review, boolean accepted, String comment) {
        outbox.queue(Email.of("impact.review-decided")
                .to(review.getSubmittedBy())
                .hub(hub.id())
                .subject(year.toString(), accepted ? "accepted" : "returned to change")
                .with("year", year.toString())
                .with("slug", year.slug() + "/" + hub.slug())
                .with("accepted", accepted)
                .with("comment", comment));
    }
}
