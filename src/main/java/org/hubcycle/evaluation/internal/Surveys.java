package org.hubcycle.evaluation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.evaluation.domain.EvaluationPlan;
import org.hubcycle.evaluation.domain.InvitationCount;
import org.hubcycle.evaluation.domain.PlanRepository;
import org.hubcycle.evaluation.domain.Survey;
import org.hubcycle.evaluation.domain.SurveyInvitation;
import org.hubcycle.evaluation.domain.SurveyInvitationRepository;
import org.hubcycle.evaluation.domain.SurveyKind;
import org.hubcycle.evaluation.domain.SurveyLink;
import org.hubcycle.evaluation.domain.SurveyLinkRepository;
import org.hubcycle.evaluation.domain.SurveyRepository;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.PublicAddress;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.Tokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A work group's surveys: its hub lead or one of its leads opens one from the project's current plan,
 * and every participant holding a place gets a personal link by email (through the outbox, in the same
 * transaction). The caller has checked the person may change the work group.
 */
@Service
public class Surveys {

    /** The longest a survey stays open. */
    static final int MAX_DAYS_OPEN = 92;

    /** What the person chose when opening a survey. */
    public record OpenInput(SurveyKind kind, int sessionSequence, LocalDate opensOn, LocalDate closesOn) {}

    /** Where a survey stands on a day. */
    public enum State {
        SCHEDULED,
        OPEN,
        CLOSED
    }

    /** A survey with its response rate, as lists show it. */
    public record SurveyRow(
            long id,
            long workGroupId,
            SurveyKind kind,
            int sessionSequence,
            LocalDate opensOn,
            LocalDate closesOn,
            int planVersion,
            long invited,
            long answered,
            State state) {

        /** The share of those invited who answered, in per cent; 0 when nobody was invited. */
        public double rate() {
            return invited == 0 ? 0 : 100.0 * answered / invited;
        }
    }

    private final SurveyRepository surveys;
    private final SurveyInvitationRepository invitations;
    private final SurveyLinkRepository links;
    private final PlanRepository plans;
    private final WorkGroupTerms workGroups;
    private final Seats seats;
    private final Outbox outbox;
    private final PublicAddress address;
    private final Dates dates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Surveys(
            SurveyRepository surveys,
            SurveyInvitationRepository invitations,
            SurveyLinkRepository links,
            PlanRepository plans,
            WorkGroupTerms workGroups,
            Seats seats,
            Outbox outbox,
            PublicAddress address,
            Dates dates,
            ApplicationEventPublisher events,
            Clock clock) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.links = links;
        this.plans = plans;
        this.workGroups = workGroups;
        this.seats = seats;
        this.outbox = outbox;
        this.address = address;
        this.dates = dates;
        this.events = events;
        this.clock = clock;
    }

    /** The work group's surveys, oldest first. */
    @Transactional(readOnly = true)
    public List<SurveyRow> forWorkGroup(long workGroupId) {
        return rows(surveys.findByWorkGroupIdOrderByOpensOnAscIdAsc(workGroupId));
    }

    /** The surveys of several work groups (of the current scope), each group's oldest first. */
    @Transactional(readOnly = true)
    public List<SurveyRow> forWorkGroups(java.util.Collection<Long> workGroupIds) {
        return workGroupIds.isEmpty()
                ? List.of()
                : rows(surveys.findByWorkGroupIdIn(workGroupIds).stream()
                        .sorted(java.util.Comparator.comparing(Survey::getOpensOn)
                                .thenComparing(Survey::getId))
                        .toList());
    }

    /** Surveys with their response rates, in the order given. */
    @Transactional(readOnly = true)
    public List<SurveyRow> rows(List<Survey> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Survey::getId).toList();
        Map<Long, InvitationCount> counts = invitations.counts(ids).stream()
                .collect(Collectors.toMap(InvitationCount::surveyId, Function.identity()));
        Map<Long, Integer> versions =
                plans
                        .findAllById(
                                found.stream().map(Survey::getPlanId).distinct().toList())
                        .stream()
                        .collect(Collectors.toMap(EvaluationPlan::getId, EvaluationPlan::getVersion));
        LocalDate today = LocalDate.now(clock);
        return found.stream()
                .map(s -> {
                    InvitationCount c = counts.getOrDefault(s.getId(), new InvitationCount(s.getId(), 0, 0));
                    return new SurveyRow(
                            s.getId(),
                            s.getWorkGroupId(),
                            s.getKind(),
                            s.getSessionSequence(),
                            s.getOpensOn(),
                            s.getClosesOn(),
                            versions.getOrDefault(s.getPlanId(), 0),
                            c.invited(),
                            c.answered(),
                            today.isAfter(s.getClosesOn())
                                    ? State.CLOSED
                                    : today.isBefore(s.getOpensOn()) ? State.SCHEDULED : State.OPEN);
                })
                .toList();
    }

    /** What is wrong with the dates and kind chosen, each beside its field. */
    public List<Refused> problems(OpenInput input) {
        List<Refused> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (input.kind() == SurveyKind.SESSION && input.sessionSequence() < 1) {
            problems.add(new Refused("session", "evaluation.open.session.required"));
        }
        if (input.opensOn() != null && input.opensOn().isBefore(today)) {
            problems.add(new Refused("opensDay", "evaluation.open.opens.past"));
        }
        if (input.opensOn() != null && input.closesOn() != null) {
            if (!input.closesOn().isAfter(input.opensOn())) {
                problems.add(new Refused("closesDay", "evaluation.open.closes.beforeOpens"));
            } else if (input.closesOn().isAfter(input.opensOn().plusDays(MAX_DAYS_OPEN))) {
                problems.add(new Refused("closesDay", "evaluation.open.closes.tooLate", MAX_DAYS_OPEN));
            }
        }
        return problems;
    }

    /**
     * Opens a survey of the work group from its project's current plan (and its hub's local questions,
     * if any) and invites every participant
     * holding a place; returns how many were invited. Refused when the plan asks nothing in such a
     * survey, when the work group has one already, or when nobody holds a place.
     */
    @Transactional
    public int open(long workGroupId, OpenInput input, String by) {
        List<Refused> problems = problems(input);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        Terms group = workGroups.of(workGroupId).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        EvaluationPlan plan = plans.findFirstByProjectIdAndHubIdIsNullOrderByVersionDesc(group.projectId())
                .filter(p -> !p.questionsFor(input.kind()).isEmpty())
                .orElseThrow(() -> new Refused(
                        "kind", "evaluation.open.noQuestions", input.kind().label()));
        int sequence = input.kind() == SurveyKind.SESSION ? input.sessionSequence() : 0;
        if (surveys.existsByWorkGroupIdAndKindAndSessionSequence(workGroupId, input.kind(), sequence)) {
            throw new Refused("kind", "evaluation.open.exists", input.kind().label());
        }
        List<Seat> invited = seats.toEmail(workGroupId);
        if (invited.isEmpty()) {
            throw new Refused("kind", "evaluation.open.nobody");
        }
        Instant now = clock.instant();
        Survey survey = surveys.save(new Survey(
                group.hubId(),
                workGroupId,
                group.projectId(),
                group.year(),
                plan.getId(),
                input.kind(),
                sequence,
                input.opensOn(),
                input.closesOn(),
                by,
                now));
        plans.findFirstByProjectIdAndHubIdOrderByVersionDesc(group.projectId(), group.hubId())
                .filter(local -> !local.questionsFor(input.kind()).isEmpty())
                .ifPresent(survey::alsoAsks);
        Map<Long, String> pairKeys = pairKeys(workGroupId);
        java.util.Set<String> emails = new java.util.HashSet<>();
        for (Seat seat : invited) {
            emails.add(seat.email().strip().toLowerCase(java.util.Locale.ROOT));
            SurveyInvitation invitation = invitations.save(new SurveyInvitation(
                    group.hubId(),
                    survey.getId(),
                    seat.participantId(),
                    seat.email(),
                    pairKeys.getOrDefault(
                            seat.participantId(), UUID.randomUUID().toString()),
                    now));
            outbox.queue(email("evaluation.invitation", survey, group.name(), seat.fullName(), "", invitation));
        }
        int contacts = plan.invitesContacts(input.kind()) ? inviteContacts(survey, group, emails, now) : 0;
        events.publishEvent(Audited.of(
                "evaluation.survey-opened",
                group.hubId(),
                group.name(),
                input.kind().label(),
                dates.date(input.opensOn()),
                dates.date(input.closesOn()),
                invited.size() + contacts,
                plan.getVersion()));
        return invited.size() + contacts;
    }

    /**
     * Invites each school's contact (the maths lead or headteacher who applied for its place), once
     * however many places they applied for, unless they take part already; returns how many. A contact
     * keeps one pair key across the group's surveys, so their baseline and final answers pair too.
     */
    private int inviteContacts(Survey survey, Terms group, java.util.Set<String> invited, Instant now) {
        Map<String, String> pairKeys = new HashMap<>();
        for (Object[] row : invitations.contactPairKeys(group.id())) {
            pairKeys.put((String) row[0], (String) row[1]);
        }
        int count = 0;
        for (Seats.Place place : seats.places(group.id())) {
            String email =
                    place.contact() == null ? "" : place.contact().strip().toLowerCase(java.util.Locale.ROOT);
            if (email.isEmpty() || !invited.add(email)) {
                continue;
            }
            SurveyInvitation invitation = invitations.save(new SurveyInvitation(
                    group.hubId(),
                    survey.getId(),
                    null,
                    email,
                    pairKeys.getOrDefault(email, UUID.randomUUID().toString()),
                    now));
            outbox.queue(email("evaluation.invitation", survey, group.name(), "", place.schoolName(), invitation));
            count++;
        }
        return count;
    }

    /** Closes a survey now: its links stop taking answers at once. */
    @Transactional
    public void close(long surveyId, String by) {
        Survey survey = surveys.findById(surveyId).orElseThrow(() -> new NotFoundException("not-found.survey"));
        try {
            survey.closeEarly(LocalDate.now(clock));
        } catch (IllegalStateException closed) {
            throw new Refused(null, "evaluation.close.closed");
        }
        events.publishEvent(Audited.of(
                "evaluation.survey-closed", survey.getHubId(), survey.getKind().label(), survey.getWorkGroupId()));
    }

    /**
     * The email inviting or reminding a respondent, with a new link of its own: a participant by their
     * name, a school's contact (no name on record) by their school ({@code school}), each blank when not
     * known; the template words the greeting.
     */
    Email email(String kind, Survey survey, String groupName, String name, String school, SurveyInvitation invitation) {
        String token = Tokens.newToken();
        links.save(new SurveyLink(Tokens.hash(token), invitation.getId()));
        return Email.of(kind)
                .to(invitation.getEmail())
                .hub(survey.getHubId())
                .subject(groupName)
                .with("name", name)
                .with("school", school)
                .with("group", groupName)
                .with("survey", survey.getKind().label().toLowerCase(java.util.Locale.UK))
                .with("opens", dates.date(survey.getOpensOn()))
                .with("closes", dates.date(survey.getClosesOn()))
                .with("link", address.base() + "/survey/" + token)
                .withPrivateLink();
    }

    private Map<Long, String> pairKeys(long workGroupId) {
        Map<Long, String> keys = new HashMap<>();
        for (Object[] row : invitations.pairKeys(workGroupId)) {
            keys.put((Long) row[0], (String) row[1]);
        }
        return keys;
    }
}
