package org.hubcycle.delivery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.domain.DeliverySessionRepository;
import org.hubcycle.delivery.domain.Session;
import org.hubcycle.delivery.internal.DeliveryTerms.Format;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.SystemWork;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, reminds each participant of the sessions in the coming week they have not been
 * reminded of yet (7 days ahead, or sooner for a session planned or moved late). Runs under a
 * database lock, so with two application nodes only one sends; each session is marked reminded in
 * the same transaction as its emails, so nothing is sent twice.
 */
@Component
public class Reminders {

    static final int DAYS_AHEAD = 7;

    private final DeliverySessionRepository sessions;
    private final HubOffers offers;
    private final Seats seats;
    private final Outbox outbox;
    private final Dates dates;
    private final SystemWork system;
    private final Clock clock;

    Reminders(
            DeliverySessionRepository sessions,
            HubOffers offers,
            Seats seats,
            Outbox outbox,
            Dates dates,
            SystemWork system,
            Clock clock) {
        this.sessions = sessions;
        this.offers = offers;
        this.seats = seats;
        this.outbox = outbox;
        this.dates = dates;
        this.system = system;
        this.clock = clock;
    }

    @Scheduled(cron = "${hubcycle.reminders.cron:0 0 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "session-reminders", lockAtLeastFor = "PT1M")
    public void remind() {
        LocalDate today = LocalDate.now(clock);
        system.run(() -> {
            List<Session> due = sessions.findByDateBetweenAndRemindedAtIsNullOrderByDate(
                    today.plusDays(1), today.plusDays(DAYS_AHEAD));
            Map<Long, WorkGroupBrief> groups =
                    offers
                            .briefs(due.stream()
                                    .map(Session::getWorkGroupId)
                                    .distinct()
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(WorkGroupBrief::id, Function.identity()));
            for (Session s : due) {
                WorkGroupBrief group = groups.get(s.getWorkGroupId());
                for (Seat seat : seats.toEmail(s.getWorkGroupId())) {
                    outbox.queue(Email.of("delivery.reminder")
                            .to(seat.email())
                            .hub(s.getHubId())
                            .subject(group.name(), s.getSequence(), dates.date(s.getDate()))
                            .with("name", seat.fullName())
                            .with("group", group.name())
                            .with("sequence", s.getSequence())
                            .with("date", dates.date(s.getDate()))
                            .with(
                                    "when",
                                    s.getStartTime() == null
                                            ? ""
                                            : ", " + dates.times(s.getStartTime(), s.getEndTime()))
                            .with("online", s.getFormat() == Format.ONLINE)
                            .with("venue", s.getVenue())
                            .with("address", s.getAddress())
                            .with("task", s.getTask()));
                }
                s.reminded(clock.instant());
            }
        });
    }
}
