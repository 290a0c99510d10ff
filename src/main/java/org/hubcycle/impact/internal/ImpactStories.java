package org.hubcycle.impact.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.impact.domain.Consent;
import org.hubcycle.impact.domain.ImpactStory;
import org.hubcycle.impact.domain.ImpactStoryRepository;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants' own stories of what changed for them and their pupils (seed 000: "impact stories — can
 * we gather these?"): a participant tells one per work group they hold a place in, and says whether the
 * hub may share it with their name, without it, or not at all. The hub's team and the national centre read
 * them beside the year's impact review, with the writer's name and school only where they allowed it.
 */
@Service
public class ImpactStories {

    /**
     * A place of the participant's and their story for it, if they told one; with the participant and hub
     * it is theirs in, as telling the story needs them.
     */
    public record MyPlace(
            long workGroupId,
            String group,
            AcademicYear year,
            String story,
            Consent consent,
            long participantId,
            long hubId) {}

    /** A story as the hub reads it; {@code writer} is the participant and school, only when they allowed it. */
    public record Told(long id, String group, String story, Consent consent, String writer, Instant updatedAt) {}

    private final ImpactStoryRepository stories;
    private final Seats seats;
    private final HubOffers offers;
    private final SystemWork system;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImpactStories(
            ImpactStoryRepository stories,
            Seats seats,
            HubOffers offers,
            SystemWork system,
            ApplicationEventPublisher events,
            Clock clock) {
        this.stories = stories;
        this.seats = seats;
        this.offers = offers;
        this.system = system;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The work groups the participant (by their sign-in address) holds a place in, latest year first, each
     * with their story. Read for the system: a participant belongs to no hub. Call it outside a transaction.
     */
    public List<MyPlace> mine(String email) {
        List<Seat> held = seats.ofParticipant(email);
        return system.inTransaction(() -> {
            Map<Long, WorkGroupBrief> groups = groups(held);
            Map<Long, ImpactStory> told =
                    stories
                            .findByParticipantIdIn(
                                    held.stream().map(Seat::participantId).toList())
                            .stream()
                            .collect(Collectors.toMap(ImpactStory::getWorkGroupId, Function.identity(), (a, b) -> a));
            return held.stream()
                    .filter(s -> groups.containsKey(s.workGroupId()))
                    .map(s -> {
                        WorkGroupBrief g = groups.get(s.workGroupId());
                        ImpactStory story = told.get(g.id());
                        return new MyPlace(
                                g.id(),
                                g.name(),
                                g.year(),
                                story == null ? null : story.getStory(),
                                story == null ? null : story.getConsent(),
                                s.participantId(),
                                g.hubId());
                    })
                    .sorted(Comparator.comparing(MyPlace::year).reversed().thenComparing(MyPlace::group))
                    .toList();
        });
    }

    /** One of the participant's places, with their story; not found when they hold no place in the group. */
    public MyPlace mine(String email, long workGroupId) {
        return mine(email).stream()
                .filter(p -> p.workGroupId() == workGroupId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("not-found.work-group"));
    }

    /** The participant tells (or tells again) their story of one of their places (from {@link #mine(String, long)}). */
    public void tell(MyPlace place, String story, Consent consent) {
        system.run(() -> {
            stories.findByParticipantIdAndWorkGroupId(place.participantId(), place.workGroupId())
                    .ifPresentOrElse(
                            told -> told.tell(story, consent, clock.instant()),
                            () -> stories.save(new ImpactStory(
                                    place.hubId(),
                                    place.year(),
                                    place.workGroupId(),
                                    place.participantId(),
                                    story,
                                    consent,
                                    clock.instant())));
            events.publishEvent(Audited.of("impact.story-told", place.hubId(), place.group(), consent.label()));
        });
    }

    /** The participant takes their story of one of their places back: it is deleted. */
    public void withdraw(MyPlace place) {
        system.run(() -> stories.findByParticipantIdAndWorkGroupId(place.participantId(), place.workGroupId())
                .ifPresent(told -> {
                    stories.delete(told);
                    events.publishEvent(Audited.of("impact.story-withdrawn", place.hubId(), place.group()));
                }));
    }

    /** The hub's stories of a year, a page at a time, oldest first. */
    @Transactional(readOnly = true)
    public Page<Told> of(HubSummary hub, AcademicYear year, Pageable pageable) {
        Page<ImpactStory> page = stories.findByHubIdAndAcademicYearOrderById(hub.id(), year.startYear(), pageable);
        List<Told> told = told(page.getContent());
        return new PageImpl<>(told, pageable, page.getTotalElements());
    }

    /** The hub's stories of a year that their writers allowed it to share, newest first: what an annual report may quote. */
    @Transactional(readOnly = true)
    public List<Told> shareable(HubSummary hub, AcademicYear year) {
        return told(stories.findByHubIdAndAcademicYearAndConsentInOrderByIdDesc(
                hub.id(), year.startYear(), List.of(Consent.NAMED, Consent.ANONYMOUS)));
    }

    /** Stories as the hub reads them: the writer's name and school read from their place, only where they allowed it. */
    private List<Told> told(List<ImpactStory> found) {
        Map<Long, Seat> writers = seats.byId(found.stream()
                .filter(s -> s.getConsent().named())
                .map(ImpactStory::getParticipantId)
                .toList());
        Map<Long, String> groups =
                offers
                        .briefs(found.stream()
                                .map(ImpactStory::getWorkGroupId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(WorkGroupBrief::id, WorkGroupBrief::name));
        return found.stream()
                .map(s -> {
                    Seat writer = writers.get(s.getParticipantId());
                    return new Told(
                            s.getId(),
                            groups.getOrDefault(s.getWorkGroupId(), ""),
                            s.getStory(),
                            s.getConsent(),
                            writer == null ? null : writer.fullName() + ", " + writer.schoolName(),
                            s.getUpdatedAt());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(HubSummary hub, AcademicYear year) {
        return stories.countByHubIdAndAcademicYear(hub.id(), year.startYear());
    }

    private Map<Long, WorkGroupBrief> groups(List<Seat> held) {
        return offers.briefs(held.stream().map(Seat::workGroupId).distinct().toList()).stream()
                .collect(Collectors.toMap(WorkGroupBrief::id, Function.identity()));
    }
}
