package org.hubcycle.leadership.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.LeadOutcome;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.directory.People;
import org.hubcycle.directory.People.PersonView;
import org.hubcycle.leadership.LeadCommissioned;
import org.hubcycle.leadership.domain.EoiRound;
import org.hubcycle.leadership.domain.EoiRoundRepository;
import org.hubcycle.leadership.domain.Expression;
import org.hubcycle.leadership.domain.ExpressionRepository;
import org.hubcycle.leadership.domain.InterestCount;
import org.hubcycle.leadership.domain.Llme;
import org.hubcycle.leadership.internal.LeadershipTerms.Capacity;
import org.hubcycle.leadership.internal.LeadershipTerms.Decision;
import org.hubcycle.leadership.internal.LeadershipTerms.EoiStatus;
import org.hubcycle.leadership.internal.LlmeRegister.RoleView;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expressions of interest, from the hub's call to its decision: a hub lead opens a round for a
 * year's work groups; an LLME offers to lead, co-lead or take part in each, and may change their mind
 * until the deadline; the hub shortlists, commissions at most two leads per work group, and tells the
 * others. A commissioned lead becomes the work group's lead, is emailed, and is given the work group
 * lead role.
 */
@Service
public class ExpressionsOfInterest {

    /** A round as lists show it. */
    public record Round(long id, String title, AcademicYear year, LocalDate deadline, boolean open, int workGroups) {}

    /** A work group of a round, with how many expressions of interest of each status it has. */
    public record RoundGroup(WorkGroupBrief group, Map<EoiStatus, Long> counts) {

        public long active() {
            return counts.entrySet().stream()
                    .filter(e -> e.getKey() != EoiStatus.WITHDRAWN)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }

        public long shortlisted() {
            return counts.getOrDefault(EoiStatus.SHORTLISTED, 0L);
        }

        public long commissioned() {
            return counts.getOrDefault(EoiStatus.COMMISSIONED, 0L);
        }
    }

    /** One LLME's expression of interest, with what the hub needs to compare them. */
    public record Candidate(
            long id,
            long llmeId,
            long personId,
            String fullName,
            String school,
            String jobTitle,
            Capacity capacity,
            String experience,
            EoiStatus status,
            String decisionMessage,
            Instant submittedAt,
            List<RoleView> roles,
            List<WorkGroupBrief> ledBefore,
            LocalDate leftOn) {}

    /** Everything the hub lead sees to decide who leads one work group. */
    public record Commissioning(Round round, WorkGroupBrief group, List<String> leads, List<Candidate> candidates) {

        public boolean full() {
            return leads.size() >= 2;
        }
    }

    /** An LLME's own expression of interest, with the hub's decision when there is one. */
    public record Mine(
            long id,
            long roundId,
            String roundTitle,
            LocalDate deadline,
            long workGroupId,
            String workGroupName,
            Capacity capacity,
            String experience,
            EoiStatus status,
            String decisionMessage,
            boolean changeable) {}

    /** An open round as an LLME sees it: its work groups and what they have offered in each. */
    public record OpenRound(Round round, List<WorkGroupBrief> groups, Map<Long, Mine> mine) {}

    private final EoiRoundRepository rounds;
    private final ExpressionRepository expressions;
    private final LlmeRegister register;
    private final HubOffers offers;
    private final People people;
    private final Outbox outbox;
    private final Dates dates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpressionsOfInterest(
            EoiRoundRepository rounds,
            ExpressionRepository expressions,
            LlmeRegister register,
            HubOffers offers,
            People people,
            Outbox outbox,
            Dates dates,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rounds = rounds;
        this.expressions = expressions;
        this.register = register;
        this.offers = offers;
        this.people = people;
        this.outbox = outbox;
        this.dates = dates;
        this.events = events;
        this.clock = clock;
    }

    // The hub's side

    @Transactional(readOnly = true)
    public Page<Round> rounds(long hubId, Pageable pageable) {
        return rounds.findByHubIdOrderByDeadlineDescIdDesc(hubId, pageable).map(this::round);
    }

    /**
     * What is wrong with a round as asked for, in the order the form asks: a deadline already past, no
     * work group, or one that is not the hub's (not cancelled) for the year. Empty when it may open.
     */
    @Transactional(readOnly = true)
    public List<Refused> problems(long hubId, AcademicYear year, LocalDate deadline, Collection<Long> workGroupIds) {
        List<Refused> problems = new ArrayList<>();
        if (deadline != null && deadline.isBefore(today())) {
            problems.add(new Refused("deadlineDay", "llme.round.deadline.past"));
        }
        Set<Long> offered = offers.briefs(hubId, year).stream()
                .filter(g -> !g.cancelled())
                .map(WorkGroupBrief::id)
                .collect(Collectors.toSet());
        if (workGroupIds.isEmpty()) {
            problems.add(new Refused("workGroupIds", "llme.round.groups.required"));
        } else if (!offered.containsAll(workGroupIds)) {
            problems.add(new Refused("workGroupIds", "llme.round.groups.notOffered", year.toString()));
        }
        return problems;
    }

    /**
     * Opens a round for the year's work groups (of the hub, not cancelled) until the deadline, and emails
     * every LLME of the hub who holds a role this year that it is open.
     */
    @Transactional
    public long open(long hubId, AcademicYear year, String title, LocalDate deadline, Collection<Long> workGroupIds) {
        List<Refused> problems = problems(hubId, year, deadline, workGroupIds);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        EoiRound round = rounds.save(
                new EoiRound(hubId, year, title, deadline, new LinkedHashSet<>(workGroupIds), clock.instant()));
        List<String> groups = offers.briefs(workGroupIds).stream()
                .map(WorkGroupBrief::name)
                .sorted()
                .toList();
        Map<Long, Llme> llmes = register.byIds(register.current(hubId, AcademicYear.containing(today())).stream()
                .map(LlmeRegister.Row::id)
                .toList());
        Map<Long, PersonView> persons =
                people.views(llmes.values().stream().map(Llme::getPersonId).toList());
        for (PersonView person : persons.values()) {
            outbox.queue(Email.of("leadership.round-opened")
                    .to(person.email())
                    .hub(hubId)
                    .subject(year.toString())
                    .with("name", person.fullName())
                    .with("title", title)
                    .with("year", year.toString())
                    .with("deadline", dates.date(deadline))
                    .with("groups", groups));
        }
        events.publishEvent(Audited.of(
                "leadership.round-opened", hubId, title, workGroupIds.size(), dates.date(deadline), persons.size()));
        return round.getId();
    }

    /** A round with each of its work groups and how many have expressed interest in it. */
    @Transactional(readOnly = true)
    public Optional<List<RoundGroup>> roundGroups(long roundId) {
        return rounds.findById(roundId).map(round -> {
            Map<Long, Map<EoiStatus, Long>> counts = expressions.countsByWorkGroup(roundId).stream()
                    .collect(Collectors.groupingBy(
                            InterestCount::workGroupId,
                            Collectors.toMap(
                                    InterestCount::status,
                                    InterestCount::count,
                                    Long::sum,
                                    () -> new EnumMap<>(EoiStatus.class))));
            return offers.briefs(round.getWorkGroupIds()).stream()
                    .sorted(Comparator.comparing(WorkGroupBrief::name))
                    .map(g -> new RoundGroup(g, counts.getOrDefault(g.id(), Map.of())))
                    .toList();
        });
    }

    @Transactional(readOnly = true)
    public Optional<Round> round(long roundId) {
        return rounds.findById(roundId).map(this::round);
    }

    /** The expressions of interest in one work group of a round, side by side, with each person's roles and past leading. */
    @Transactional(readOnly = true)
    public Optional<Commissioning> commissioning(long roundId, long workGroupId) {
        Optional<EoiRound> found = rounds.findById(roundId).filter(r -> r.covers(workGroupId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<WorkGroupBrief> group = offers.brief(workGroupId);
        if (group.isEmpty()) {
            return Optional.empty();
        }
        List<Expression> all = expressions.findByRoundIdAndWorkGroupIdOrderBySubmittedAtAscIdAsc(roundId, workGroupId);
        Map<Long, Llme> llmes =
                register.byIds(all.stream().map(Expression::getLlmeId).toList());
        List<Long> personIds = llmes.values().stream().map(Llme::getPersonId).toList();
        Map<Long, PersonView> persons = people.views(personIds);
        Map<Long, List<RoleView>> roles =
                register.roleViews(llmes.keySet(), group.get().year());
        List<WorkGroupBrief> led = offers.ledBy(personIds);
        List<Candidate> candidates = all.stream()
                .map(e -> {
                    Llme l = llmes.get(e.getLlmeId());
                    PersonView p = persons.get(l.getPersonId());
                    return new Candidate(
                            e.getId(),
                            l.getId(),
                            l.getPersonId(),
                            l.getFullName(),
                            p == null ? null : p.schoolName(),
                            p == null ? null : p.jobTitle(),
                            e.getCapacity(),
                            e.getExperience(),
                            e.getStatus(),
                            e.getDecisionMessage(),
                            e.getSubmittedAt(),
                            roles.getOrDefault(l.getId(), List.of()),
                            led.stream()
                                    .filter(g -> g.ledBy(l.getPersonId()) && g.id() != workGroupId)
                                    .toList(),
                            l.getLeftOn());
                })
                .toList();
        WorkGroupBrief g = group.get();
        List<Long> leadIds = Stream.of(g.leadPersonId(), g.coLeadPersonId())
                .filter(Objects::nonNull)
                .toList();
        Map<Long, String> leadNames = people.namesById(leadIds);
        List<String> leads = leadIds.stream()
                .map(id -> leadNames.getOrDefault(id, "someone outside your hub"))
                .toList();
        return Optional.of(new Commissioning(round(found.get()), g, leads, candidates));
    }

    /**
     * The hub's decision on one expression of interest. Commissioning makes the person one of the
     * work group's leads (a third is refused), queues them an email and gives them the work group
     * lead role; declining needs a message, which they are emailed too.
     */
    @Transactional
    public void decide(long expressionId, Decision decision, String message) {
        Expression e = expressions
                .findById(expressionId)
                .orElseThrow(() -> new NotFoundException("not-found.expression-of-interest"));
        if (e.getStatus() == EoiStatus.WITHDRAWN) {
            throw new Refused("decision", "interest.decision.withdrawn");
        }
        if (e.getStatus() == EoiStatus.COMMISSIONED) {
            throw new Refused("decision", "interest.decision.commissioned");
        }
        Llme llme = register.byIds(List.of(e.getLlmeId())).get(e.getLlmeId());
        WorkGroupBrief group =
                offers.brief(e.getWorkGroupId()).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        String note = Texts.blankToNull(message);
        Instant now = clock.instant();
        switch (decision) {
            case SHORTLIST -> e.decide(EoiStatus.SHORTLISTED, note, now);
            case ACCEPT -> {
                if (e.getCapacity().leading()) {
                    throw new Refused("decision", "interest.decision.leadsOnly");
                }
                e.decide(EoiStatus.ACCEPTED, note, now);
                email(e, llme, group, note, Map.of());
            }
            case COMMISSION -> commission(e, llme, group, note, now);
            case DECLINE -> {
                if (note == null) {
                    throw new Refused("message", "interest.decline.message", llme.getFullName());
                }
                e.decide(EoiStatus.DECLINED, note, now);
                email(
                        e,
                        llme,
                        group,
                        note,
                        Map.of("capacity", e.getCapacity().label().toLowerCase(java.util.Locale.UK)));
            }
        }
        events.publishEvent(Audited.of(
                        "leadership.eoi-" + decision.name().toLowerCase(Locale.ROOT),
                        e.getHubId(),
                        llme.getFullName(),
                        group.name(),
                        note)
                .worded(
                        note == null
                                ? "audit.detail.leadership.eoi-decided"
                                : "audit.detail.leadership.eoi-decided.note"));
    }

    private void commission(Expression e, Llme llme, WorkGroupBrief group, String note, Instant now) {
        if (!e.getCapacity().leading()) {
            throw new Refused("decision", "interest.commission.notLeading", llme.getFullName());
        }
        LeadOutcome outcome = offers.addLead(
                e.getWorkGroupId(), llme.getPersonId(), llme.getFullName(), e.getCapacity() == Capacity.LEAD);
        if (outcome == LeadOutcome.FULL) {
            throw new Refused("decision", "interest.commission.full", group.name());
        }
        if (outcome == LeadOutcome.ALREADY) {
            throw new Refused("decision", "interest.commission.already", llme.getFullName(), group.name());
        }
        e.decide(EoiStatus.COMMISSIONED, note, now);
        boolean coLead = outcome == LeadOutcome.CO_LEAD;
        PersonView person = email(
                e,
                llme,
                group,
                note,
                Map.of("coLead", coLead, "project", group.projectCode() + " " + group.projectTitle()));
        events.publishEvent(new LeadCommissioned(
                e.getHubId(), group.id(), group.name(), llme.getPersonId(), person.fullName(), person.email(), coLead));
    }

    /** Tells the person the hub's decision: {@code leadership.eoi-<status>}, with what that email needs. */
    private PersonView email(Expression e, Llme llme, WorkGroupBrief group, String note, Map<String, Object> more) {
        PersonView person = people.views(List.of(llme.getPersonId())).get(llme.getPersonId());
        Email email = Email.of("leadership.eoi-" + e.getStatus().name().toLowerCase(java.util.Locale.ROOT))
                .to(person.email())
                .hub(e.getHubId())
                .subject(group.name())
                .with("name", person.fullName())
                .with("group", group.name())
                .with("year", group.year().toString())
                .with("note", note);
        more.forEach(email::with);
        outbox.queue(email);
        return person;
    }

    // The LLME's side

    /** Rounds of the LLME's hub open today, with what they have offered in each. */
    @Transactional(readOnly = true)
    public List<OpenRound> openRounds(long hubId, long llmeId) {
        Map<Key, Mine> mine = mine(llmeId).stream()
                .collect(Collectors.toMap(m -> new Key(m.roundId(), m.workGroupId()), Function.identity()));
        return rounds.findByHubIdAndDeadlineGreaterThanEqualOrderByDeadlineAscIdAsc(hubId, today()).stream()
                .map(r -> {
                    List<WorkGroupBrief> groups = offers.briefs(r.getWorkGroupIds());
                    Map<Long, Mine> inRound = groups.stream()
                            .filter(g -> mine.containsKey(new Key(r.getId(), g.id())))
                            .collect(Collectors.toMap(WorkGroupBrief::id, g -> mine.get(new Key(r.getId(), g.id()))));
                    return new OpenRound(round(r), groups, inRound);
                })
                .toList();
    }

    /** Everything the LLME has expressed interest in, newest first, with the hub's decisions. */
    @Transactional(readOnly = true)
    public List<Mine> mine(long llmeId) {
        List<Expression> all = expressions.findByLlmeIdOrderBySubmittedAtDescIdDesc(llmeId);
        Map<Long, EoiRound> byRound =
                rounds
                        .findAllById(all.stream()
                                .map(Expression::getRoundId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(EoiRound::getId, Function.identity()));
        Map<Long, String> groupNames =
                offers
                        .briefs(all.stream()
                                .map(Expression::getWorkGroupId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(WorkGroupBrief::id, WorkGroupBrief::name));
        LocalDate today = today();
        return all.stream()
                .map(e -> {
                    EoiRound r = byRound.get(e.getRoundId());
                    return new Mine(
                            e.getId(),
                            r.getId(),
                            r.getTitle(),
                            r.getDeadline(),
                            e.getWorkGroupId(),
                            groupNames.getOrDefault(e.getWorkGroupId(), ""),
                            e.getCapacity(),
                            e.getExperience(),
                            e.getStatus(),
                            e.getDecisionMessage(),
                            r.openOn(today) && (!e.getStatus().closed() || e.getStatus() == EoiStatus.WITHDRAWN));
                })
                .toList();
    }

    /** The round and work group an LLME is expressing interest in, if the round covers it; and what they said before. */
    @Transactional(readOnly = true)
    public Optional<OpenRound> forWorkGroup(long roundId, long workGroupId, long llmeId) {
        return rounds.findById(roundId)
                .filter(r -> r.covers(workGroupId))
                .map(r -> {
                    List<WorkGroupBrief> group =
                            offers.brief(workGroupId).stream().toList();
                    Map<Long, Mine> mine = mine(llmeId).stream()
                            .filter(m -> m.roundId() == roundId && m.workGroupId() == workGroupId)
                            .collect(Collectors.toMap(Mine::workGroupId, Function.identity()));
                    return new OpenRound(round(r), group, mine);
                })
                .filter(o -> !o.groups().isEmpty());
    }

    /** Records or changes an LLME's expression of interest, until the round's deadline. */
    @Transactional
    public void express(long roundId, long workGroupId, long llmeId, Capacity capacity, String experience) {
        Llme llme = register.forUpdate(llmeId);
        if (llme.hasLeft()) {
            throw new Refused(null, "interest.left");
        }
        EoiRound round = openRound(roundId, workGroupId);
        Instant now = clock.instant();
        Optional<Expression> existing = expressions.findByRoundIdAndWorkGroupIdAndLlmeId(roundId, workGroupId, llmeId);
        if (existing.isPresent()) {
            if (!existing.get().getStatus().changeable()) {
                throw new Refused("capacity", "interest.decided");
            }
            existing.get().revise(capacity, experience, now);
        } else {
            expressions.save(new Expression(round.getHubId(), roundId, workGroupId, llmeId, capacity, experience, now));
        }
        events.publishEvent(Audited.of(
                existing.isPresent() ? "leadership.eoi-changed" : "leadership.eoi-submitted",
                round.getHubId(),
                llme.getFullName(),
                capacity.label(),
                workGroupId,
                round.getTitle()));
    }

    /** Withdraws an LLME's expression of interest, until the round's deadline. */
    @Transactional
    public void withdraw(long roundId, long workGroupId, long llmeId) {
        EoiRound round = openRound(roundId, workGroupId);
        Expression e = expressions
                .findByRoundIdAndWorkGroupIdAndLlmeId(roundId, workGroupId, llmeId)
                .orElseThrow(() -> new NotFoundException("not-found.expression-of-interest"));
        if (e.getStatus().closed()) {
            throw new Refused(
                    null, "interest.withdraw.closed", e.getStatus().label().toLowerCase(java.util.Locale.UK));
        }
        e.withdraw();
        Llme llme = register.byIds(List.of(llmeId)).get(llmeId);
        events.publishEvent(Audited.of(
                "leadership.eoi-withdrawn", round.getHubId(), llme.getFullName(), workGroupId, round.getTitle()));
    }

    private EoiRound openRound(long roundId, long workGroupId) {
        EoiRound round = rounds.findById(roundId)
                .filter(r -> r.covers(workGroupId))
                .orElseThrow(() -> new NotFoundException("not-found.round"));
        if (!round.openOn(today())) {
            throw new Refused(null, "interest.round.closed", dates.date(round.getDeadline()));
        }
        return round;
    }

    private Round round(EoiRound r) {
        return new Round(
                r.getId(),
                r.getTitle(),
                r.getAcademicYear(),
                r.getDeadline(),
                r.openOn(today()),
                r.getWorkGroupIds().size());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A work group within a round: an LLME expresses interest in each at most once. */
    private record Key(long roundId, long workGroupId) {}
}
