package org.hubcycle.evaluation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.evaluation.domain.Survey;
import org.hubcycle.evaluation.domain.SurveyInvitation;
import org.hubcycle.evaluation.domain.SurveyInvitationRepository;
import org.hubcycle.evaluation.domain.SurveyRepository;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.SystemWork;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, reminds those who have not answered an open survey, at most twice and no sooner than
 * {@link #AFTER} since their last email, each with a fresh link; a participant no longer holding their
 * place (someone was named in it, or their school withdrew) is not reminded. Runs under a database lock, so with
 * two application nodes only one sends; each reminder is counted in the same transaction as its email.
 */
@Component
public class SurveyReminders {

    static final Duration AFTER = Duration.ofDays(4);

    private final SurveyInvitationRepository invitations;
    private final SurveyRepository surveys;
    private final HubOffers offers;
    private final Seats seats;
    private final Surveys emails;
    private final Outbox outbox;
    private final SystemWork system;
    private final Clock clock;

    SurveyReminders(
            SurveyInvitationRepository invitations,
            SurveyRepository surveys,
            HubOffers offers,
            Seats seats,
            Surveys emails,
            Outbox outbox,
            SystemWork system,
            Clock clock) {
        this.invitations = invitations;
        this.surveys = surveys;
        this.offers = offers;
        this.seats = seats;
        this.emails = emails;
        this.outbox = outbox;
        this.system = system;
        this.clock = clock;
    }

    @Scheduled(cron = "${hubcycle.survey-reminders.cron:0 30 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "survey-reminders", lockAtLeastFor = "PT1M")
    public void remind() {
        Instant now = clock.instant();
        system.run(() -> {
            List<SurveyInvitation> due =
                    invitations.due(SurveyInvitation.MAX_REMINDERS, now.minus(AFTER), LocalDate.now(clock));
            if (due.isEmpty()) {
                return;
            }
            Map<Long, Survey> byId =
                    surveys
                            .findAllById(due.stream()
                                    .map(SurveyInvitation::getSurveyId)
                                    .distinct()
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(Survey::getId, Function.identity()));
            Map<Long, String> groups =
                    offers
                            .briefs(byId.values().stream()
                                    .map(Survey::getWorkGroupId)
                                    .distinct()
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(WorkGroupBrief::id, WorkGroupBrief::name));
            // Participants still holding their place: one someone else replaced, or whose school withdrew, is not
            // reminded.
            Map<Long, Seat> held = seats.heldById(due.stream()
                    .map(SurveyInvitation::getParticipantId)
                    .filter(id -> id != null)
                    .toList());
            for (SurveyInvitation invitation : due) {
                Long participant = invitation.getParticipantId();
                if (participant != null && !held.containsKey(participant)) {
                    continue;
                }
                Survey survey = byId.get(invitation.getSurveyId());
                outbox.queue(emails.email(
                        "evaluation.reminder",
                        survey,
                        groups.getOrDefault(survey.getWorkGroupId(), ""),
                        participant == null ? "" : held.get(participant).fullName(),
                        "",
                        invitation));
                invitation.reminded(now);
            }
        });
    }
}
