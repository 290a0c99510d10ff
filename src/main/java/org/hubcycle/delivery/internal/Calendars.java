package org.hubcycle.delivery.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.domain.CalendarFeed;
import org.hubcycle.delivery.domain.CalendarFeedRepository;
import org.hubcycle.delivery.domain.DeliverySessionRepository;
import org.hubcycle.delivery.domain.Session;
import org.hubcycle.delivery.domain.SessionApology;
import org.hubcycle.delivery.domain.SessionApologyRepository;
import org.hubcycle.delivery.internal.DeliveryTerms.Format;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.SystemWork;
import org.hubcycle.shared.TimeConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Private iCalendar feeds of sessions, written with iCal4j: one per work group (for its leads and
 * hub) and one per participant. Each session keeps its UID for good and carries its revision as the
 * SEQUENCE, so a calendar that subscribed updates a moved session rather than adding another.
 */
@Service
public class Calendars {

    private final CalendarFeedRepository feeds;
    private final DeliverySessionRepository sessions;
    private final SessionApologyRepository apologies;
    private final HubOffers offers;
    private final Seats seats;
    private final TransactionTemplate transactions;
    private final SystemWork system;
    private final String uidDomain;
    private final SecureRandom random = new SecureRandom();

    Calendars(
            SystemWork system,
            CalendarFeedRepository feeds,
            DeliverySessionRepository sessions,
            SessionApologyRepository apologies,
            HubOffers offers,
            Seats seats,
            TransactionTemplate transactions,
            @Value("${hubcycle.base-url}") String base) {
        this.feeds = feeds;
        this.sessions = sessions;
        this.apologies = apologies;
        this.offers = offers;
        this.seats = seats;
        this.transactions = transactions;
        this.system = system;
        this.uidDomain = URI.create(base.strip()).getHost();
    }

    /** The token of a work group's feed, made on first asking. The caller has checked the user may see the work group. */
    public String workGroupToken(WorkGroupBrief group) {
        return token(CalendarFeed.WORK_GROUP, group.id(), group.hubId());
    }

    /** The token of a participant's feed, made on first asking. */
    public String participantToken(Seat seat) {
        long hubId = system.inTransaction(
                () -> offers.brief(seat.workGroupId()).orElseThrow().hubId());
        return token(CalendarFeed.PARTICIPANT, seat.participantId(), hubId);
    }

    /**
     * The tokens of a participant's feeds, one for each place they hold: those made before are read together, and a
     * missing one is made. Call it outside a transaction, as making one may race another request making it.
     */
    public List<String> participantTokens(List<Seat> held) {
        if (held.isEmpty()) {
            return List.of();
        }
        Map<Long, String> made =
                system.inTransaction(() -> feeds
                        .findByKindAndSubjectIdIn(
                                CalendarFeed.PARTICIPANT,
                                held.stream().map(Seat::participantId).toList())
                        .stream()
                        .collect(Collectors.toMap(CalendarFeed::getSubjectId, CalendarFeed::getToken)));
        return held.stream()
                .map(seat -> made.containsKey(seat.participantId())
                        ? made.get(seat.participantId())
                        : participantToken(seat))
                .distinct()
                .toList();
    }

    /**
     * The feed a token opens, as iCalendar text (lines folded as RFC 5545 requires); empty for an
     * unknown token. A participant's feed shows only the places they still hold: once withdrawn, it is
     * empty. Runs for the system: the token is the key.
     */
    public Optional<String> ics(String token) {
        return system.inTransaction(() -> feeds.findById(token).map(feed -> {
            boolean group = CalendarFeed.WORK_GROUP.equals(feed.getKind());
            List<Long> groupIds = group
                    ? List.of(feed.getSubjectId())
                    : seats.heldById(List.of(feed.getSubjectId())).values().stream()
                            .map(Seat::workGroupId)
                            .toList();
            Map<Long, WorkGroupBrief> groups =
                    offers.briefs(groupIds).stream().collect(Collectors.toMap(WorkGroupBrief::id, Function.identity()));
            Calendar calendar = new Calendar()
                    .withProdId("-//Hubcycle//Sessions//EN")
                    .withDefaults()
                    .getFluentTarget();
            calendar.add(new XProperty(
                    "X-WR-CALNAME",
                    group && groups.containsKey(feed.getSubjectId())
                            ? groups.get(feed.getSubjectId()).name() + ": sessions"
                            : "Your work group sessions"));
            List<Session> all = groupIds.isEmpty()
                    ? List.<Session>of()
                    : sessions.findByWorkGroupIdInOrderByDateAscSequenceAsc(groupIds);
            Set<Long> excused = group || all.isEmpty()
                    ? Set.of()
                    : apologies
                            .findBySessionIdInAndParticipantIdIn(
                                    all.stream().map(Session::getId).toList(), List.of(feed.getSubjectId()))
                            .stream()
                            .map(SessionApology::getSessionId)
                            .collect(Collectors.toSet());
            for (Session s : all) {
                calendar.add(event(s, groups.get(s.getWorkGroupId()), excused.contains(s.getId())));
            }
            StringWriter out = new StringWriter();
            try {
                new CalendarOutputter(false).output(calendar, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }));
    }

    /** A session as an event; one the participant sent apologies for says so, and leaves the time free. */
    private VEvent event(Session s, WorkGroupBrief group, boolean excused) {
        String summary = (group == null ? "Work group" : group.name()) + ": session " + s.getSequence()
                + (excused ? " (you sent apologies)" : "");
        VEvent event = s.getStartTime() == null
                ? new VEvent(s.getDate(), s.getDate().plusDays(1), summary)
                : new VEvent(
                        instant(s, s.getStartTime()),
                        instant(
                                s,
                                s.getEndTime() != null
                                        ? s.getEndTime()
                                        : s.getStartTime().plusHours(1)),
                        summary);
        event.add(new Uid("session-" + s.getId() + "@" + uidDomain));
        event.add(new Sequence(s.getRevision()));
        if (s.getFormat() == Format.ONLINE && s.getJoiningLink() != null) {
            event.add(new Location("Online"));
            if (Session.validJoiningLink(s.getJoiningLink())) {
                event.add(new Url(URI.create(s.getJoiningLink().strip())));
            }
        } else if (s.getVenue() != null) {
            event.add(new Location(s.getVenue() + (s.getAddress() == null ? "" : ", " + s.getAddress())));
        }
        if (s.getAgenda() != null || s.getTask() != null) {
            event.add(new Description((s.getAgenda() == null ? "" : s.getAgenda())
                    + (s.getTask() == null ? "" : "\n\nGap task: " + s.getTask())));
        }
        if (excused) {
            event.add(ImmutableTransp.TRANSPARENT);
        }
        return event;
    }

    private static Instant instant(Session s, LocalTime time) {
        return ZonedDateTime.of(s.getDate(), time, TimeConfiguration.LONDON).toInstant();
    }

    private String token(String kind, long subjectId, long hubId) {
        return HubScope.asSystem(() -> {
            Optional<CalendarFeed> existing =
                    transactions.execute(status -> feeds.findByKindAndSubjectId(kind, subjectId));
            if (existing.isPresent()) {
                return existing.get().getToken();
            }
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                transactions.executeWithoutResult(
                        status -> feeds.saveAndFlush(new CalendarFeed(token, kind, subjectId, hubId)));
                return token;
            } catch (DataIntegrityViolationException race) {
                return transactions
                        .execute(status -> feeds.findByKindAndSubjectId(kind, subjectId))
                        .orElseThrow()
                        .getToken();
            }
        });
    }
}
