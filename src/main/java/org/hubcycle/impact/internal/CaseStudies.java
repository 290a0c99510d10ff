package org.hubcycle.impact.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.impact.domain.CaseStudy;
import org.hubcycle.impact.domain.CaseStudy.Words;
import org.hubcycle.impact.domain.CaseStudyRepository;
import org.hubcycle.impact.domain.ImpactReviewRepository;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.ReportStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hub's case studies of a year (seed 000: a primary cluster, a secondary department, a trust): its team
 * writes, changes and deletes them while the year's impact review is still theirs to change; once the
 * review is submitted they stand with it. Each names its schools by URN, which must be schools GIAS knows.
 */
@Service
public class CaseStudies {

    /** A school a case study names, as its page shows it. */
    public record Named(int urn, String name) {}

    /** A case study as its pages show it. */
    public record CaseStudyView(
            long id, AcademicYear year, Words words, List<Named> schools, Instant updatedAt, int version) {}

    private final CaseStudyRepository studies;
    private final ImpactReviewRepository reviews;
    private final Schools schools;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseStudies(
            CaseStudyRepository studies,
            ImpactReviewRepository reviews,
            Schools schools,
            ApplicationEventPublisher events,
            Clock clock) {
        this.studies = studies;
        this.reviews = reviews;
        this.schools = schools;
        this.events = events;
        this.clock = clock;
    }

    /** The hub's case studies of the year, in the order they were written, with their schools' names (two queries). */
    @Transactional(readOnly = true)
    public List<CaseStudyView> list(HubSummary hub, AcademicYear year) {
        List<CaseStudy> found = studies.findByHubIdAndAcademicYearOrderById(hub.id(), year.startYear());
        Set<Integer> urns = new HashSet<>();
        found.forEach(c -> urns.addAll(c.words().schools()));
        Map<Integer, String> names = schools.namesByUrn(urns);
        return found.stream().map(c -> view(c, names)).toList();
    }

    @Transactional(readOnly = true)
    public CaseStudyView find(HubSummary hub, AcademicYear year, long id) {
        CaseStudy study = load(hub, year, id);
        return view(study, schools.namesByUrn(study.words().schools()));
    }

    /** Whether the hub may still change the year's case studies: its review has not reached the national centre. */
    @Transactional(readOnly = true)
    public boolean changeable(HubSummary hub, AcademicYear year) {
        return reviews.statusOf(hub.id(), year.startYear())
                .map(ReportStatus::editable)
                .orElse(true);
    }

    @Transactional
    public long add(HubSummary hub, AcademicYear year, Words words, String by) {
        requireChangeable(hub, year);
        requireKnown(words.schools());
        CaseStudy study = studies.save(new CaseStudy(hub.id(), year, words, clock.instant(), by));
        events.publishEvent(Audited.of("impact.case-study-added", hub.id(), words.title(), year.toString()));
        return study.getId();
    }

    /** Changes a case study; {@code version} is the one its form was opened on (-1: not known, not checked). */
    @Transactional
    public void change(HubSummary hub, AcademicYear year, long id, int version, Words words, String by) {
        requireChangeable(hub, year);
        requireKnown(words.schools());
        CaseStudy study = current(hub, year, id, version);
        study.write(words, clock.instant(), by);
        events.publishEvent(Audited.of("impact.case-study-changed", hub.id(), words.title(), year.toString()));
    }

    @Transactional
    public void delete(HubSummary hub, AcademicYear year, long id, int version) {
        requireChangeable(hub, year);
        CaseStudy study = current(hub, year, id, version);
        studies.delete(study);
        events.publishEvent(
                Audited.of("impact.case-study-deleted", hub.id(), study.words().title(), year.toString()));
    }

    private CaseStudy current(HubSummary hub, AcademicYear year, long id, int version) {
        CaseStudy study = load(hub, year, id);
        if (version >= 0 && study.getVersion() != version) {
            throw new Refused(null, "impact.caseStudy.changed");
        }
        return study;
    }

    private CaseStudy load(HubSummary hub, AcademicYear year, long id) {
        return studies.findWithSchoolsById(id)
                .filter(c ->
                        c.getHubId().equals(hub.id()) && c.getAcademicYear().equals(year))
                .orElseThrow(() -> new NotFoundException("not-found.case-study"));
    }

    private void requireChangeable(HubSummary hub, AcademicYear year) {
        if (!changeable(hub, year)) {
            throw new Refused(null, "impact.caseStudy.frozen", year);
        }
    }

    /** Every school named is one GIAS knows (open or closed). */
    private void requireKnown(Collection<Integer> urns) {
        Set<Integer> known = schools.namesByUrn(urns).keySet();
        List<String> unknown = urns.stream()
                .filter(urn -> !known.contains(urn))
                .sorted()
                .map(String::valueOf)
                .toList();
        if (!unknown.isEmpty()) {
            throw new Refused("schools", "impact.caseStudy.schools.unknown", String.join(", ", unknown));
        }
    }

    private static CaseStudyView view(CaseStudy study, Map<Integer, String> names) {
        Words words = study.words();
        return new CaseStudyView(
                study.getId(),
                study.getAcademicYear(),
                words,
                words.schools().stream()
                        .map(urn -> new Named(urn, names.getOrDefault(urn, "URN " + urn)))
                        .toList(),
                study.getUpdatedAt(),
                study.getVersion());
    }
}
