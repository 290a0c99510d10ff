package org.hubcycle.enrolment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.RequiredRoles;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.catalogue.CatalogueTerms.Allocation;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Eligibility.Decision;
import org.hubcycle.enrolment.Eligibility.Participation;
import org.hubcycle.enrolment.domain.Enrolment;
import org.hubcycle.enrolment.domain.Enrolment.WithdrawnBy;
import org.hubcycle.enrolment.domain.EnrolmentRepository;
import org.hubcycle.enrolment.domain.Participant;
import org.hubcycle.enrolment.domain.ParticipantRepository;
import org.hubcycle.enrolment.domain.Places;
import org.hubcycle.leadership.LlmeRegister;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Schools' places in work groups, from application to completion. A school applies with its
 * participants; the project's eligibility rule is applied to its history (through GIAS predecessor
 * links) and the decision stored with its reason; an eligible school gets a place at once (first
 * come, first served) or at the deadline by priority, or waits on the list; a freed place goes to
 * the next school waiting. Every move is a named audit event; moves the lifecycle does not allow are
 * refused.
 *
 * <p>The hub's side runs in the hub's scope. The school's side runs for the system with the school
 * named explicitly, because a school's applications belong to the hubs it applied to.
 */
@Service
public class Enrolments {

    /** Withdrawn within this many days before a session is late, for the no-show charge. */
    static final int LATE_DAYS = 7;

    public record ParticipantInput(String fullName, String email, String jobTitle, String role, String trn) {
    }

    public record Application(long workGroupId, int schoolUrn, List<ParticipantInput> participants, String appliedBy) {
    }

    public record ParticipantView(String fullName, String email, String jobTitle, String role, String trn) {
    }

    /** An application as pages show it. */
    public record View(long id, long hubId, long workGroupId, String workGroupName, AcademicYear year, int urn, String schoolName,
                       EnrolmentStatus status, boolean eligible, String reasonCode, String reason, String overrideReason,
                       BigDecimal priority, Instant appliedAt, String appliedBy, LocalDate withdrawnOn, WithdrawnBy withdrawnBy,
                       String withdrawalReason, boolean lateWithdrawal, List<ParticipantView> participants) {

        public boolean overridden() {
            return overrideReason != null;
        }
    }

    /** A participant holding one of a work group's places: who they are and for which school. */
    public record Seat(long participantId, long enrolmentId, long workGroupId, int schoolUrn, String schoolName, String fullName,
                       String email) {
    }

    /** What the hub lead may do to many applications at once. */
    public enum BulkAction { ACCEPT, WAITLIST, DECLINE }

    /** A work group's applications counted by status, with its places. */
    public record GroupCount(Terms group, Map<EnrolmentStatus, Long> counts, int placesTaken) {

        public long count(String status) {
            return counts.getOrDefault(EnrolmentStatus.valueOf(status), 0L);
        }

        public long applications() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Committed funding and charges of one work group in a year. */
    public record Money(Terms group, int places, int lateWithdrawals, long fundingPence, long chargesPence) {

        public String funding() {
            return Funding.pounds(fundingPence);
        }

        public String charges() {
            return Funding.pounds(chargesPence);
        }
    }

    private final EnrolmentRepository enrolments;
    private final ParticipantRepository participants;
    private final Places places;
    private final WorkGroupTerms workGroups;
    private final Schools schools;
    private final Hubs hubs;
    private final LlmeRegister llmes;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ObjectProvider<SessionCalendar> calendar;
    private final Clock clock;

    Enrolments(EnrolmentRepository enrolments, ParticipantRepository participants, Places places, WorkGroupTerms workGroups,
               Schools schools, Hubs hubs, LlmeRegister llmes, Outbox outbox, ApplicationEventPublisher events, TransactionTemplate transactions,
               ObjectProvider<SessionCalendar> calendar, Clock clock) {
        this.calendar = calendar;
        this.enrolments = enrolments;
        this.participants = participants;
        this.places = places;
        this.workGroups = workGroups;
        this.schools = schools;
        this.hubs = hubs;
        this.llmes = llmes;
        this.outbox = outbox;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    // Eligibility

    /**
     * Whether a school may take part in a work group, and why: the project's rule applied to the
     * school's GIAS facts and its history in every hub, its predecessors' included. Runs for the
     * system (a school's history is national); call it outside a transaction.
     */
    public Decision eligibility(long workGroupId, int urn) {
        return HubScope.asSystem(() -> transactions.execute(status -> {
            Terms terms = workGroups.of(workGroupId).orElseThrow(() -> new NotFoundException("Work group"));
            SchoolSummary school = schools.find(urn).orElseThrow(() -> new NotFoundException("School"));
            return decide(terms, school);
        }));
    }

    /**
     * Who asks about a school: its approved contact ({@code schoolUrn}), the lead or staff of a hub
     * ({@code hubId}), or the national admin.
     */
    public record Asker(Integer schoolUrn, Long hubId, boolean national) {
    }

    /**
     * A school's eligibility for a work group, for someone entitled to it: the school's own contact (a
     * published work group), the lead or staff of the school's hub or of the hub it applied to (their
     * hub's work group), or the national admin. Anyone else is told the school is not found.
     */
    public Decision eligibilityFor(Asker asker, long workGroupId, int urn) {
        boolean allowed = HubScope.asSystem(() -> transactions.execute(status -> {
            if (asker.national()) {
                return workGroups.of(workGroupId).isPresent();
            }
            if (asker.schoolUrn() != null) {
                return asker.schoolUrn() == urn && workGroups.published(workGroupId).isPresent();
            }
            if (asker.hubId() == null) {
                return false;
            }
            Optional<Terms> group = workGroups.of(workGroupId).filter(t -> t.hubId() == asker.hubId());
            return group.isPresent() && (asker.hubId().equals(schools.hubOf(urn).orElse(null))
                    || enrolments.existsByWorkGroupIdAndSchoolUrn(workGroupId, urn));
        }));
        if (!allowed) {
            throw new NotFoundException("School");
        }
        return eligibility(workGroupId, urn);
    }

    private Decision decide(Terms terms, SchoolSummary school) {
        return decideAll(List.of(terms), school).get(0);
    }

    /** Decides a school's eligibility for several work groups, reading its history and hub once. */
    private List<Decision> decideAll(List<Terms> groups, SchoolSummary school) {
        Set<Integer> lineage = schools.lineage(school.urn());
        List<Enrolment> past = enrolments.findBySchoolUrnInOrderByAcademicYearDescAppliedAtDesc(lineage);
        Long hub = schools.hubOf(school.urn()).orElse(null);
        return groups.stream().map(terms -> {
            List<Participation> history = past.stream().filter(e -> e.getWorkGroupId() != terms.id())
                    .map(e -> new Participation(e.getProjectFamily(), e.getAcademicYear(), e.getStatus(), e.getSchoolUrn())).toList();
            Eligibility.School facts = new Eligibility.School(school.urn(), school.name(), school.phase(), school.typeGroup(),
                    school.ofstedRating(), hub, history, () -> llmes.hasActiveSpecialist(lineage, terms.year()));
            return Eligibility.decide(terms.rule(), facts, terms.hubId(), terms.year());
        }).toList();
    }

    /**
     * The hub's other work groups of the same year, open for applications now, for which the school is
     * eligible: what to suggest when it is not eligible for the one it looked at, or that one is full.
     */
    public List<Terms> eligibleAlternatives(long workGroupId, int urn) {
        return HubScope.asSystem(() -> transactions.execute(status -> {
            Terms terms = workGroups.of(workGroupId).orElseThrow(() -> new NotFoundException("Work group"));
            SchoolSummary school = schools.find(urn).orElseThrow(() -> new NotFoundException("School"));
            LocalDate today = LocalDate.now(clock);
            List<Terms> open = workGroups.published(terms.hubId(), terms.year()).stream()
                    .filter(t -> t.id() != workGroupId && t.acceptsApplications(today)).toList();
            List<Decision> decisions = decideAll(open, school);
            List<Terms> eligible = new ArrayList<>();
            for (int i = 0; i < open.size(); i++) {
                if (decisions.get(i).eligible()) {
                    eligible.add(open.get(i));
                }
            }
            return eligible;
        }));
    }

    /** A school's history as the hub sees it (its own hub's applications), with its Teaching for Mastery stage from every hub's. */
    public record History(List<View> applications, List<TfmPathway.Stage> pathway) {
    }

    /** A school's applications in the current scope, and its pathway stage from its whole history, predecessors' included. */
    public History history(int urn) {
        List<TfmPathway.Stage> pathway = HubScope.asSystem(() -> transactions.execute(status -> {
            Set<Integer> lineage = schools.lineage(urn);
            return TfmPathway.of(enrolments.findBySchoolUrnInOrderByAcademicYearDescAppliedAtDesc(lineage).stream()
                    .map(e -> new Participation(e.getProjectFamily(), e.getAcademicYear(), e.getStatus(), e.getSchoolUrn())).toList());
        }));
        List<View> applications = transactions.execute(status ->
                views(enrolments.findBySchoolUrnInOrderByAcademicYearDescAppliedAtDesc(List.of(urn))));
        return new History(applications, pathway);
    }

    // The school's side

    /**
     * A school applies to a published, open work group with its participants. Refuses a second
     * application of the same school, more participants than the work group has places per school,
     * and missing required roles. Returns the new application's id.
     */
    public long apply(Application a) {
        Terms terms = workGroups.published(a.workGroupId()).orElseThrow(() -> new NotFoundException("Work group"));
        LocalDate today = LocalDate.now(clock);
        if (!terms.acceptsApplications(today)) {
            throw new Refused(null, "enrolment.apply.closed", terms.name());
        }
        SchoolSummary school = schools.find(a.schoolUrn()).orElseThrow(() -> new NotFoundException("School"));
        if (school.status() != null && school.status().startsWith("Closed")) {
            throw new Refused(null, "enrolment.apply.schoolClosed", school.name());
        }
        checkParticipants(terms, a.participants());
        places.ensure(terms.id());
        try {
            return HubScope.asSystem(() -> transactions.execute(status -> {
                if (enrolments.existsByWorkGroupIdAndSchoolUrn(terms.id(), school.urn())) {
                    throw new Refused(null, "enrolment.apply.twice", school.name(), terms.name());
                }
                Decision decision = decide(terms, school);
                Enrolment e = enrolments.saveAndFlush(new Enrolment(terms.hubId(), terms.id(), terms.year(), terms.family(), school.urn(),
                        school.percentFsm(), decision.eligible(), decision.code(), decision.reason(), a.appliedBy(), clock.instant()));
                for (int i = 0; i < a.participants().size(); i++) {
                    ParticipantInput p = a.participants().get(i);
                    participants.save(new Participant(terms.hubId(), e.getId(), i + 1, p.fullName(), p.email().toLowerCase(Locale.ROOT),
                            p.jobTitle(), p.role(), p.trn()));
                }
                events.publishEvent(new Audited("enrolment.applied", terms.hubId(), school.name() + " to " + terms.name(), decision.reason()));
                events.publishEvent(new ParticipantsNominated(terms.hubId(), e.getId(), terms.name(), school.name(), a.appliedBy(),
                        a.participants().stream().map(p -> new ParticipantsNominated.Nominee(p.fullName(), p.email())).toList()));
                if (!decision.eligible()) {
                    move(e, EnrolmentStatus.INELIGIBLE, terms, school.name());
                } else if (terms.allocation() == Allocation.FIRST_COME) {
                    allocate(e, terms, school.name());
                }
                if (e.getStatus() == EnrolmentStatus.INELIGIBLE || e.getStatus() == EnrolmentStatus.APPLIED) {
                    tellHub(terms.hubId(), "enrolment.hub-applied", terms, school.name(), e.getReason());
                }
                outbox.queue(Email.of("enrolment.applied").to(a.appliedBy()).hub(terms.hubId()).subject(terms.name())
                        .with("school", school.name()).with("group", terms.name())
                        .with("project", terms.projectCode() + " " + terms.projectTitle()).with("reason", e.getReason())
                        .with("status", e.getStatus().label()).with("byPriority", e.getStatus() == EnrolmentStatus.APPLIED));
                return e.getId();
            }));
        } catch (DataIntegrityViolationException race) {
            throw new Refused(null, "enrolment.apply.twice", school.name(), terms.name());
        }
    }

    /** A school's applications, newest first. */
    public List<View> forSchool(int urn) {
        return HubScope.asSystem(() -> transactions.execute(status ->
                views(enrolments.findBySchoolUrnInOrderByAcademicYearDescAppliedAtDesc(List.of(urn)))));
    }

    /** A school's application by id; empty for another school's. */
    public Optional<View> forSchool(int urn, long id) {
        return forSchool(urn).stream().filter(v -> v.id() == id).findFirst();
    }

    /** The school withdraws its application or place, saying why. Refused when someone moved it meanwhile. */
    public void withdrawBySchool(int urn, long id, String reason) {
        try {
            HubScope.asSystem(() -> transactions.executeWithoutResult(status -> {
                Enrolment e = enrolments.findById(id).filter(x -> x.getSchoolUrn() == urn)
                        .orElseThrow(() -> new NotFoundException("Application"));
                withdraw(e, WithdrawnBy.SCHOOL, reason);
            }));
        } catch (ConcurrencyFailureException changed) {
            throw new Refused("withdrawReason", "enrolment.changed");
        }
    }

    // The hub's side

    @Transactional(readOnly = true)
    public Page<View> forWorkGroup(long workGroupId, Collection<EnrolmentStatus> statuses, Pageable pageable) {
        Page<Enrolment> page = enrolments.findByWorkGroupIdAndStatusInOrderByAppliedAtAscIdAsc(workGroupId,
                statuses.isEmpty() ? EnumSet.allOf(EnrolmentStatus.class) : statuses, pageable);
        List<View> views = views(page.getContent());
        Map<Long, View> byId = views.stream().collect(Collectors.toMap(View::id, Function.identity()));
        return page.map(e -> byId.get(e.getId()));
    }

    /** Every application of a work group, for its CSV export. */
    @Transactional(readOnly = true)
    public List<View> allForWorkGroup(long workGroupId) {
        return views(enrolments.findByWorkGroupIdOrderByAppliedAtAscIdAsc(workGroupId));
    }

    @Transactional(readOnly = true)
    public Optional<View> find(long id) {
        return enrolments.findById(id).map(e -> views(List.of(e)).get(0));
    }

    /**
     * Accepts, waitlists or declines several applications of one work group: all of them, or (with the
     * reason) none. The same rules as for one: a school found not eligible needs an override first,
     * and declining needs the message the schools are sent.
     */
    @Transactional
    public int bulk(long workGroupId, Collection<Long> ids, BulkAction action, String message) {
        Terms terms = workGroups.of(workGroupId).orElseThrow(() -> new NotFoundException("Work group"));
        if (ids.isEmpty()) {
            throw new Refused("ids", "enrolment.bulk.none");
        }
        if (action == BulkAction.DECLINE && (message == null || message.isBlank())) {
            throw new Refused("message", "enrolment.decline.message.required");
        }
        List<Enrolment> chosen = enrolments.findAllById(ids);
        if (chosen.size() != new HashSet<>(ids).size() || chosen.stream().anyMatch(e -> e.getWorkGroupId() != workGroupId)) {
            throw new NotFoundException("Application");
        }
        Map<Integer, String> names = schools.namesByUrn(chosen.stream().map(Enrolment::getSchoolUrn).toList());
        places.ensure(workGroupId);
        for (Enrolment e : chosen) {
            String name = names.getOrDefault(e.getSchoolUrn(), "URN " + e.getSchoolUrn());
            try {
                switch (action) {
                    case ACCEPT -> accept(e, terms, name);
                    case WAITLIST -> move(e, EnrolmentStatus.WAITLISTED, terms, name);
                    case DECLINE -> decline(e, terms, name, message.strip());
                }
            } catch (Refused | IllegalStateException refused) {
                throw new Refused("ids", "enrolment.bulk.nothingChanged", name, refused.getMessage());
            }
            if (action != BulkAction.DECLINE) {
                tellSchool(e, terms, name, null);
            }
        }
        return chosen.size();
    }

    /** The hub declines one application (applied, waiting or not eligible), with the message the school is sent. */
    @Transactional
    public void decline(long id, String message) {
        Enrolment e = enrolments.findById(id).orElseThrow(() -> new NotFoundException("Application"));
        Terms terms = workGroups.of(e.getWorkGroupId()).orElseThrow(() -> new NotFoundException("Work group"));
        decline(e, terms, nameOf(e), message);
    }

    /**
     * The hub lets an ineligible school take part, recording why; the school is then placed as any
     * eligible one, and told. The reason stays with the hub.
     */
    @Transactional
    public void override(long id, String reason) {
        Enrolment e = enrolments.findById(id).orElseThrow(() -> new NotFoundException("Application"));
        if (e.getStatus() != EnrolmentStatus.INELIGIBLE) {
            throw new Refused("reason", "enrolment.override.notIneligible");
        }
        Terms terms = workGroups.of(e.getWorkGroupId()).orElseThrow(() -> new NotFoundException("Work group"));
        String name = nameOf(e);
        e.override(reason);
        events.publishEvent(new Audited("enrolment.overridden", e.getHubId(), name + " in " + terms.name(), reason));
        if (terms.allocation() == Allocation.FIRST_COME) {
            places.ensure(terms.id());
            allocate(e, terms, name);
        } else {
            move(e, EnrolmentStatus.APPLIED, terms, name);
        }
        tellSchool(e, terms, name, null);
    }

    @Transactional
    public void withdrawByHub(long id, String reason) {
        Enrolment e = enrolments.findById(id).orElseThrow(() -> new NotFoundException("Application"));
        withdraw(e, WithdrawnBy.HUB, reason);
    }

    /**
     * The hub confirms whether the school completed the work group: only once its last planned session
     * has taken place, unless the hub says the group ended early and why. The school is told.
     */
    @Transactional
    public void complete(long id, boolean completed, String endedEarly) {
        Enrolment e = enrolments.findById(id).orElseThrow(() -> new NotFoundException("Application"));
        Terms terms = workGroups.of(e.getWorkGroupId()).orElseThrow(() -> new NotFoundException("Work group"));
        EnrolmentStatus next = completed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.NOT_COMPLETED;
        if (e.getStatus() != EnrolmentStatus.ACCEPTED) {
            throw new Refused("completed", "An application that is " + e.getStatus().label().toLowerCase(Locale.UK) + " cannot become "
                    + next.label().toLowerCase(Locale.UK));
        }
        requireEnded(terms, endedEarly);
        String name = nameOf(e);
        move(e, next, terms, name);
        if (endedEarly != null) {
            events.publishEvent(new Audited("enrolment.ended-early", e.getHubId(), name + " in " + terms.name(), endedEarly));
        }
        tellSchool(e, terms, name, null);
    }

    /** Corrects a completion recorded by mistake, saying why (audited; the school is told). */
    @Transactional
    public void correctCompletion(long id, String why) {
        Enrolment e = enrolments.findById(id).orElseThrow(() -> new NotFoundException("Application"));
        if (!e.getStatus().completionRecorded()) {
            throw new Refused("correction", "enrolment.correction.notRecorded");
        }
        Terms terms = workGroups.of(e.getWorkGroupId()).orElseThrow(() -> new NotFoundException("Work group"));
        String name = nameOf(e);
        EnrolmentStatus was = e.getStatus();
        move(e, was == EnrolmentStatus.COMPLETED ? EnrolmentStatus.NOT_COMPLETED : EnrolmentStatus.COMPLETED, terms, name);
        events.publishEvent(new Audited("enrolment.completion-corrected", e.getHubId(), name + " in " + terms.name(),
                was.label() + " to " + e.getStatus().label() + ": " + why));
        tellSchool(e, terms, name, why);
    }

    /** The date a work group next meets (today or later), if a session is planned. */
    public Optional<LocalDate> nextSession(long workGroupId) {
        return calendar.getIfAvailable(Enrolments::noCalendar).nextSession(workGroupId, LocalDate.now(clock));
    }

    /** Whether completion can be confirmed now: after the last planned session, or early with a reason. */
    public boolean completionOpen(long workGroupId) {
        Terms terms = workGroups.of(workGroupId).orElseThrow(() -> new NotFoundException("Work group"));
        return lastSession(terms).map(last -> !LocalDate.now(clock).isBefore(last)).orElse(false);
    }

    /** The date of a work group's last planned session, if it has any. */
    public Optional<LocalDate> lastSession(long workGroupId) {
        return workGroups.of(workGroupId).flatMap(this::lastSession);
    }

    private Optional<LocalDate> lastSession(Terms terms) {
        return calendar.getIfAvailable(Enrolments::noCalendar).lastSession(terms.id());
    }

    private void requireEnded(Terms terms, String endedEarly) {
        Optional<LocalDate> last = lastSession(terms);
        boolean ended = last.isPresent() && !LocalDate.now(clock).isBefore(last.get());
        if (!ended && (endedEarly == null || endedEarly.isBlank())) {
            throw new Refused("endedEarly", last.isPresent() ? "enrolment.completion.tooEarly" : "enrolment.completion.noSessions",
                    last.map(d -> d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))).orElse(""));
        }
    }

    /** For a work group whose project gives places by priority: after the deadline, gives them out. Returns how many got one. */
    @Transactional
    public int allocateByPriority(long workGroupId) {
        Terms terms = workGroups.of(workGroupId).orElseThrow(() -> new NotFoundException("Work group"));
        if (terms.allocation() != Allocation.PRIORITY) {
            throw new Refused(null, "Places in " + terms.name() + " are given first come, first served, as schools apply");
        }
        if (terms.applicationDeadline() != null && !LocalDate.now(clock).isAfter(terms.applicationDeadline())) {
            throw new Refused(null, "Places are given after the deadline, " + terms.applicationDeadline());
        }
        List<Enrolment> queue = enrolments.queue(workGroupId, EnrolmentStatus.APPLIED);
        Map<Integer, String> names = schools.namesByUrn(queue.stream().map(Enrolment::getSchoolUrn).toList());
        places.ensure(workGroupId);
        int placed = 0;
        for (Enrolment e : queue) {
            if (allocate(e, terms, names.getOrDefault(e.getSchoolUrn(), "URN " + e.getSchoolUrn()))) {
                placed++;
            }
        }
        return placed;
    }

    /** A hub's work groups in a year with their applications counted by status. */
    @Transactional(readOnly = true)
    public List<GroupCount> year(long hubId, AcademicYear year, List<Long> workGroupIds) {
        Map<Long, Map<EnrolmentStatus, Long>> counts = enrolments.countsByWorkGroup(hubId, year.startYear()).stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.toMap(r -> (EnrolmentStatus) r[1], r -> (Long) r[2],
                        Long::sum, () -> new EnumMap<>(EnrolmentStatus.class))));
        return workGroups.of(workGroupIds).stream().map(t -> {
            Map<EnrolmentStatus, Long> c = counts.getOrDefault(t.id(), Map.of());
            int held = (int) c.entrySet().stream().filter(x -> x.getKey().holdsPlace()).mapToLong(Map.Entry::getValue).sum();
            return new GroupCount(t, c, held);
        }).toList();
    }

    /**
     * The hub's engaged schools in a year: those with at least one completed enrolment. A school that
     * signed up but did not complete does not count (the DfE's counting rule).
     */
    @Transactional(readOnly = true)
    public long engagedSchools(long hubId, AcademicYear year) {
        return enrolments.countEngaged(hubId, year.startYear(), EnrolmentStatus.COMPLETED);
    }

    /** Funding committed to schools with places, and what schools are charged, per work group of a hub's year. */
    @Transactional(readOnly = true)
    public List<Money> money(long hubId, AcademicYear year) {
        List<Enrolment> funded = enrolments.funded(hubId, year.startYear(), holding());
        Map<Long, List<Enrolment>> byGroup = funded.stream().collect(Collectors.groupingBy(Enrolment::getWorkGroupId));
        return workGroups.of(byGroup.keySet()).stream().map(t -> {
            List<Enrolment> all = byGroup.get(t.id());
            int placesHeld = (int) all.stream().filter(e -> e.getStatus().holdsPlace()).count();
            int late = (int) all.stream().filter(Enrolment::isLateWithdrawal).count();
            Funding funding = t.funding();
            return new Money(t, placesHeld, late, (long) placesHeld * funding.perSchoolPence(),
                    (long) placesHeld * t.costPence() + (long) late * t.noShowChargePence());
        }).sorted(Comparator.comparing(m -> m.group().name())).toList();
    }

    /** The participants of the schools holding places in a work group (of the current scope), by school then name. */
    @Transactional(readOnly = true)
    public List<Seat> seats(long workGroupId) {
        return seatsOf(enrolments.findByWorkGroupIdAndStatusIn(workGroupId, holding()));
    }

    /** Participants (of the current scope) by id, with their schools, in three queries. */
    @Transactional(readOnly = true)
    public Map<Long, Seat> seatsById(Collection<Long> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        List<Participant> found = participants.findAllById(participantIds);
        Map<Long, Enrolment> byId = enrolments.findAllById(found.stream().map(Participant::getEnrolmentId).distinct().toList()).stream()
                .collect(Collectors.toMap(Enrolment::getId, Function.identity()));
        Map<Integer, String> names = schools.namesByUrn(byId.values().stream().map(Enrolment::getSchoolUrn).distinct().toList());
        return found.stream().filter(p -> byId.containsKey(p.getEnrolmentId())).collect(Collectors.toMap(Participant::getId, p -> {
            Enrolment e = byId.get(p.getEnrolmentId());
            return new Seat(p.getId(), e.getId(), e.getWorkGroupId(), e.getSchoolUrn(), names.getOrDefault(e.getSchoolUrn(), ""),
                    p.getFullName(), p.getEmail());
        }));
    }

    /** Participants by id who still hold a place (their school's place is accepted or done), with their schools. */
    @Transactional(readOnly = true)
    public Map<Long, Seat> heldSeatsById(Collection<Long> participantIds) {
        Map<Long, Seat> all = seatsById(participantIds);
        if (all.isEmpty()) {
            return all;
        }
        Set<Long> holding = enrolments.findAllById(all.values().stream().map(Seat::enrolmentId).distinct().toList()).stream()
                .filter(e -> e.getStatus().holdsPlace()).map(Enrolment::getId).collect(Collectors.toSet());
        return all.entrySet().stream().filter(e -> holding.contains(e.getValue().enrolmentId()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every place a participant holds, found by their email address, in any hub. Runs for the system; call it outside a transaction. */
    public List<Seat> seatsOf(String email) {
        return HubScope.asSystem(() -> transactions.execute(status -> {
            List<Long> ids = participants.findByEmail(email.strip().toLowerCase(Locale.ROOT)).stream().map(Participant::getEnrolmentId)
                    .distinct().toList();
            List<Seat> all = seatsOf(enrolments.findAllById(ids).stream().filter(e -> e.getStatus().holdsPlace()).toList());
            return all.stream().filter(s -> s.email().equalsIgnoreCase(email.strip())).toList();
        }));
    }

    private List<Seat> seatsOf(List<Enrolment> holding) {
        if (holding.isEmpty()) {
            return List.of();
        }
        Map<Long, Enrolment> byId = holding.stream().collect(Collectors.toMap(Enrolment::getId, Function.identity()));
        Map<Integer, String> names = schools.namesByUrn(holding.stream().map(Enrolment::getSchoolUrn).distinct().toList());
        return participants.findByEnrolmentIdInOrderByEnrolmentIdAscPositionAsc(byId.keySet()).stream().map(p -> {
            Enrolment e = byId.get(p.getEnrolmentId());
            return new Seat(p.getId(), e.getId(), e.getWorkGroupId(), e.getSchoolUrn(), names.getOrDefault(e.getSchoolUrn(), ""),
                    p.getFullName(), p.getEmail());
        }).sorted(Comparator.comparing(Seat::schoolName).thenComparing(Seat::fullName)).toList();
    }

    // Moves

    private void accept(Enrolment e, Terms terms, String name) {
        if (e.getStatus() == EnrolmentStatus.INELIGIBLE) {
            throw new Refused("ids", "it is not eligible: record an override on the application first");
        }
        if (!e.getStatus().next().contains(EnrolmentStatus.ACCEPTED)) {
            throw new Refused("ids", "it is " + e.getStatus().label().toLowerCase(Locale.UK));
        }
        if (!places.take(terms.id(), terms.capacitySchools())) {
            throw new Refused("ids", terms.name() + " has no place left: put it on the waiting list instead");
        }
        move(e, EnrolmentStatus.ACCEPTED, terms, name);
    }

    /** Gives an eligible school a place if one is left, or puts it on the waiting list; true if it got a place. */
    private boolean allocate(Enrolment e, Terms terms, String name) {
        if (places.take(terms.id(), terms.capacitySchools())) {
            move(e, EnrolmentStatus.ACCEPTED, terms, name);
            return true;
        }
        move(e, EnrolmentStatus.WAITLISTED, terms, name);
        return false;
    }

    private void withdraw(Enrolment e, WithdrawnBy by, String reason) {
        Terms terms = workGroups.of(e.getWorkGroupId()).orElseThrow(() -> new NotFoundException("Work group"));
        if (!e.getStatus().withdrawable()) {
            throw new Refused(by == WithdrawnBy.SCHOOL ? "withdrawReason" : "withdrawReason", "enrolment.withdraw.notAllowed",
                    e.getStatus().label().toLowerCase(Locale.UK));
        }
        boolean heldPlace = e.getStatus().holdsPlace();
        LocalDate today = LocalDate.now(clock);
        LocalDate next = calendar.getIfAvailable(Enrolments::noCalendar).nextSession(terms.id(), today)
                .orElse(terms.startMonth() != null && !terms.startMonth().isBefore(today) ? terms.startMonth() : null);
        boolean late = heldPlace && next != null && !today.isBefore(next.minusDays(LATE_DAYS));
        e.withdraw(by, reason, today, late, clock.instant());
        flush(e, "withdrawReason");
        String name = nameOf(e);
        events.publishEvent(new Audited("enrolment.withdrawn", e.getHubId(), name + " from " + terms.name(),
                "by the " + by.name().toLowerCase(Locale.UK) + (late ? ", late" : "") + ": " + reason));
        outbox.queue(Email.of("enrolment.withdrawn").to(e.getAppliedBy()).hub(e.getHubId()).subject(terms.name())
                .with("school", name).with("group", terms.name()).with("reason", reason).with("byHub", by == WithdrawnBy.HUB)
                .with("late", late));
        if (by == WithdrawnBy.SCHOOL) {
            tellHub(e.getHubId(), "enrolment.hub-withdrawn", terms, name, reason + (late ? " (late: it may be charged)" : ""));
        }
        if (heldPlace) {
            places.release(terms.id());
            offerFreedPlace(terms);
        }
    }

    private void decline(Enrolment e, Terms terms, String name, String message) {
        if (message == null || message.isBlank()) {
            throw new Refused("message", "enrolment.decline.message.required");
        }
        try {
            e.decline(message, LocalDate.now(clock), clock.instant());
        } catch (IllegalStateException invalid) {
            throw new Refused("message", "enrolment.decline.notAllowed", e.getStatus().label().toLowerCase(Locale.UK));
        }
        flush(e, "message");
        events.publishEvent(new Audited("enrolment.declined", e.getHubId(), name + " in " + terms.name(), message));
        tellSchool(e, terms, name, message);
    }

    /** Tells the school the hub's decision on its application, with the hub's message if there is one. */
    private void tellSchool(Enrolment e, Terms terms, String name, String message) {
        outbox.queue(Email.of("enrolment.decision").to(e.getAppliedBy()).hub(e.getHubId()).subject(terms.name(), e.getStatus().label())
                .with("school", name).with("group", terms.name()).with("status", e.getStatus().name()).with("label", e.getStatus().label())
                .with("message", message));
    }

    /** Tells the hub (its contact address) something that needs it. */
    private void tellHub(long hubId, String kind, Terms terms, String school, String detail) {
        hubs.contactEmail(hubId).ifPresent(address -> outbox.queue(Email.of(kind).to(address).hub(hubId).subject(school, terms.name())
                .with("school", school).with("group", terms.name()).with("groupId", terms.id()).with("detail", detail)));
    }

    private String nameOf(Enrolment e) {
        return schools.namesByUrn(List.of(e.getSchoolUrn())).getOrDefault(e.getSchoolUrn(), "URN " + e.getSchoolUrn());
    }

    /** Writes a move now, so that someone else's move of the same application meanwhile is found here and refused. */
    private void flush(Enrolment e, String field) {
        try {
            enrolments.saveAndFlush(e);
        } catch (ConcurrencyFailureException changed) {
            throw new Refused(field, "enrolment.changed");
        }
    }

    private static SessionCalendar noCalendar() {
        return new SessionCalendar() {
            @Override
            public Optional<LocalDate> nextSession(long workGroupId, LocalDate from) {
                return Optional.empty();
            }

            @Override
            public Optional<LocalDate> lastSession(long workGroupId) {
                return Optional.empty();
            }
        };
    }

    /** A place came free: the first school on the waiting list gets it and is told. */
    private void offerFreedPlace(Terms terms) {
        List<Enrolment> waiting = enrolments.queue(terms.id(), EnrolmentStatus.WAITLISTED);
        if (waiting.isEmpty() || !places.take(terms.id(), terms.capacitySchools())) {
            return;
        }
        Enrolment next = waiting.get(0);
        String name = schools.namesByUrn(List.of(next.getSchoolUrn())).getOrDefault(next.getSchoolUrn(), "URN " + next.getSchoolUrn());
        move(next, EnrolmentStatus.ACCEPTED, terms, name);
        events.publishEvent(new Audited("enrolment.place-offered", next.getHubId(), name + " in " + terms.name(), "from the waiting list"));
        outbox.queue(Email.of("enrolment.place-offered").to(next.getAppliedBy()).hub(next.getHubId()).subject(terms.name())
                .with("school", name).with("group", terms.name()));
    }

    private void move(Enrolment e, EnrolmentStatus next, Terms terms, String name) {
        try {
            e.moveTo(next, clock.instant());
        } catch (IllegalStateException invalid) {
            throw new Refused("ids", invalid.getMessage());
        }
        flush(e, "ids");
        events.publishEvent(new Audited("enrolment." + next.name().toLowerCase(Locale.UK).replace('_', '-'), e.getHubId(),
                name + " in " + terms.name(), next.label()));
    }

    /**
     * The participants a school nominates: at least one, no more than the places per school, every
     * role the work group requires (the same roles its public page lists), and an address each.
     */
    public static void checkParticipants(Terms terms, List<ParticipantInput> nominated) {
        if (nominated.isEmpty()) {
            throw new Refused("name-1", "enrolment.participants.none");
        }
        if (nominated.size() > terms.placesPerSchool()) {
            throw new Refused("name-1", "enrolment.participants.tooMany", terms.name(), terms.placesPerSchool());
        }
        RequiredRoles required = terms.requiredRoles();
        required.unmet(nominated.stream().map(ParticipantInput::role).toList()).ifPresent(role -> {
            throw new Refused("role-1", "enrolment.participants.roles", terms.name(), required.describe(), role.describe());
        });
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < nominated.size(); i++) {
            if (!emails.add(nominated.get(i).email().strip().toLowerCase(Locale.ROOT))) {
                throw new Refused("email-" + (i + 1), "enrolment.participants.sameEmail", nominated.get(i).email());
            }
        }
    }

    private List<View> views(List<Enrolment> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Integer, String> names = schools.namesByUrn(list.stream().map(Enrolment::getSchoolUrn).distinct().toList());
        Map<Long, String> groups = workGroups.of(list.stream().map(Enrolment::getWorkGroupId).distinct().toList()).stream()
                .collect(Collectors.toMap(Terms::id, Terms::name));
        Map<Long, List<ParticipantView>> people = participants.findByEnrolmentIdInOrderByEnrolmentIdAscPositionAsc(
                        list.stream().map(Enrolment::getId).toList()).stream()
                .collect(Collectors.groupingBy(Participant::getEnrolmentId, Collectors.mapping(p -> new ParticipantView(p.getFullName(),
                        p.getEmail(), p.getJobTitle(), p.getRoleInGroup(), p.getTrn()), Collectors.toList())));
        List<View> views = new ArrayList<>();
        for (Enrolment e : list) {
            views.add(new View(e.getId(), e.getHubId(), e.getWorkGroupId(), groups.getOrDefault(e.getWorkGroupId(), ""), e.getAcademicYear(),
                    e.getSchoolUrn(), names.getOrDefault(e.getSchoolUrn(), "URN " + e.getSchoolUrn()), e.getStatus(), e.isEligible(),
                    e.getReasonCode(), e.getReason(), e.getOverrideReason(), e.getPriority(), e.getAppliedAt(), e.getAppliedBy(),
                    e.getWithdrawnOn(), e.getWithdrawnBy(), e.getWithdrawalReason(), e.isLateWithdrawal(),
                    people.getOrDefault(e.getId(), List.of())));
        }
        return views;
    }

    private static Set<EnrolmentStatus> holding() {
        return EnumSet.of(EnrolmentStatus.ACCEPTED, EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED);
    }
}
