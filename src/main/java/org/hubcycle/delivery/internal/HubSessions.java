package org.hubcycle.delivery.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.domain.DeliverySessionRepository;
import org.hubcycle.delivery.domain.Session;
import org.hubcycle.delivery.internal.DeliveryTerms.Format;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every session of a hub's work groups in a month, in the order they meet: the hub's calendar, to plan rooms and cover. */
@Service
public class HubSessions {

    /** One session as the calendar lists it. */
    public record Meeting(
            long workGroupId,
            String workGroup,
            int sequence,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            Format format,
            String venue) {}

    private final DeliverySessionRepository sessions;
    private final HubOffers offers;

    HubSessions(DeliverySessionRepository sessions, HubOffers offers) {
        this.sessions = sessions;
        this.offers = offers;
    }

    /** The hub's sessions in the month, with their work groups' names (a cancelled group's sessions left out). */
    @Transactional(readOnly = true)
    public List<Meeting> month(long hubId, YearMonth month) {
        List<Session> found = sessions.findByHubIdAndDateBetweenOrderByDateAscStartTimeAscIdAsc(
                hubId, month.atDay(1), month.atEndOfMonth());
        Map<Long, WorkGroupBrief> groups =
                offers
                        .briefs(found.stream()
                                .map(Session::getWorkGroupId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(WorkGroupBrief::id, Function.identity()));
        return found.stream()
                .filter(s -> groups.containsKey(s.getWorkGroupId())
                        && !groups.get(s.getWorkGroupId()).cancelled())
                .map(s -> new Meeting(
                        s.getWorkGroupId(),
                        groups.get(s.getWorkGroupId()).name(),
                        s.getSequence(),
                        s.getDate(),
                        s.getStartTime(),
                        s.getEndTime(),
                        s.getFormat(),
                        s.getVenue()))
                .toList();
    }
}
