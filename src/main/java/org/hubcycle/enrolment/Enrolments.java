package org.hubcycle.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hubcycle.catalogue.CatalogueTerms.Allocation;
import org.hubcycle.catalogue.RequiredRoles;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.domain.Enrolment;
import org.hubcycle.enrolment.domain.Enrolment.WithdrawnBy;
import org.hubcycle.enrolment.domain.EnrolmentRepository;
import org.hubcycle.enrolment.domain.Participant;
import org.hubcycle.enrolment.domain.ParticipantRepository;
import org.hubcycle.enrolment.domain.Places;
import org.hubcycle.enrolment.internal.Eligibility.Decision;
import org.hubcycle.enrolment.internal.SchoolEligibility;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    public record ParticipantInput(String fullName, String email, String jobTitle, String role, String trn) {}

    public record Application(long workGroupId, int schoolUrn, List<ParticipantInput> participants, String appliedBy) {}

    /** What the hub lead may do to many applications at once. */
    public enum BulkAction {
        ACCEPT,
        WAITLIST,
        DECLINE
    }

    private final EnrolmentRepository enrolments;
    private final ParticipantRepository participants;
    private final Places places;
    private final WorkGroupTerms workGroups;
    private final Schools schools;
    private final Hubs hubs;
    private final SchoolEligibility eligibility;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final SystemWork system;
    private final ObjectProvider<SessionCalendar> calendar;
    private final Clock clock;

    Enrolments(
            EnrolmentRepository enrolments,
            ParticipantRepository participants,
            Places places,
            WorkGroupTerms workGroups,
            Schools schools,
            Hubs hubs,
            SchoolEligibility eligibility,
            Outbox outbox,
            ApplicationEventPublisher events,
            SystemWork system,
            ObjectProvider<SessionCalendar> calendar,
            Clock clock) {
        this.calendar = calendar;
        this.enrolments = enrolments;
        this.participants = participants;
        this.places = places;
        this.workGroups = workGroups;
        this.schools = schools;
        this.hubs = hubs;
        this.eligibility = eligibility;
        this.outbox = outbox;
        this.events = events;
        this.system = system;
        this.clock = clock;
    }

    // The school's side

    /**
     * A school applies to a published, open work group with its participants. Refuses a second
     * application of the same school, more participants than the work group has places per school,
     * and missing required roles. Returns the new application's id.
     */
    public long apply(Application a) {
        Terms terms =
                workGroups.published(a.workGroupId()).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        LocalDate today = LocalDate.now(clock);
        if (!terms.acceptsApplications(today)) {
            throw new Refused(null, "enrolment.apply.closed", terms.name());
        }
        SchoolSummary school = schools.find(a.schoolUrn()).orElseThrow(() -> new NotFoundException("not-found.school"));
        if (school.status() != null && school.status().startsWith("Closed")) {
            throw new Refused(null, "enrolment.apply.schoolClosed", school.name());
        }
        checkParticipants(terms, a.participants());
        places.ensure(terms.id());
        try {
            return system.inTransaction(() -> {
                if (enrolments.existsByWorkGroupIdAndSchoolUrn(terms.id(), school.urn())) {
                    throw new Refused(null, "enrolment.apply.twice", school.name(), terms.name());
                }
                Decision decision = eligibility.decide(terms, school);
                Enrolment e = enrolments.saveAndFlush(new Enrolment(
                        terms.hubId(),
                        terms.id(),
                        terms.year(),
                        terms.family(),
                        school.urn(),
                        school.percentFsm(),
                        decision.eligible(),
                        decision.code(),
                        decision.reason(),
                        a.appliedBy(),
                        clock.instant()));
                for (int i = 0; i < a.participants().size(); i++) {
                    ParticipantInput p = a.participants().get(i);
                    participants.save(new Participant(
                            terms.hubId(),
                            e.getId(),
                            i + 1,
                            p.fullName(),
                            p.email().toLowerCase(Locale.ROOT),
                            p.jobTitle(),
                            p.role(),
                            p.trn()));
                }
                events.publishEvent(
                        Audited.of("enrolment.applied", terms.hubId(), school.name(), terms.name(), decision.reason()));
                events.publishEvent(new ParticipantsNominated(
                        terms.hubId(),
                        e.getId(),
                        terms.name(),
                        school.name(),
                        a.appliedBy(),
                        a.participants().stream()
                                .map(p -> new ParticipantsNominated.Nominee(p.fullName(), p.email()))
                                .toList()));
                if (!decision.eligible()) {
                    move(e, EnrolmentStatus.INELIGIBLE, terms, school.name());
                } else if (terms.allocation() == Allocation.FIRST_COME) {
                    allocate(e, terms, school.name());
                }
                if (e.getStatus() == EnrolmentStatus.INELIGIBLE || e.getStatus() == EnrolmentStatus.APPLIED) {
                    tellHub(terms.hubId(), "enrolment.hub-applied", terms, school.name(), e.getReason());
                }
                outbox.queue(Email.of("enrolment.applied")
                        .to(a.appliedBy())
                        .hub(terms.hubId())
                        .subject(terms.name())
                        .with("school", school.name())
                        .with("group", terms.name())
                        .with("project", terms.projectCode() + " " + terms.projectTitle())
                        .with("reason", e.getReason())
                        .with("status", e.getStatus().label())
                        .with("byPriority", e.getStatus() == EnrolmentStatus.APPLIED));
                return e.getId();
            });
        } catch (DataIntegrityViolationException race) {
            throw new Refused(null, "enrolment.apply.twice", school.name(), terms.name());
        }
    }

    /** The hubs whose work groups the school applied to in the year, whichever hub it belongs to. */
    public List<Long> hubsOf(int urn, AcademicYear year) {
        return system.inTransaction(() -> enrolments.hubsOfSchool(urn, year.startYear()));
    }

    /**
     * The addresses of the school's contacts who applied to the hub's work groups in the year: where the hub
     * writes to the school about them (its charges, say).
     */
    @Transactional(readOnly = true)
    public List<String> contactsOf(long hubId, int urn, AcademicYear year) {
        return enrolments.appliedBy(hubId, urn, year.startYear()).stream()
                .filter(e -> e != null && !e.isBlank())
                .sorted()
                .toList();
    }

    /** The school withdraws its application or place, saying why. Refused when someone moved it meanwhile. */
    public void withdrawBySchool(int urn, long id, String reason) {
        try {
            system.run(() -> {
                Enrolment e = enrolments
                        .findById(id)
                        .filter(x -> x.getSchoolUrn() == urn)
                        .orElseThrow(() -> new NotFoundException("not-found.application"));
                withdraw(e, WithdrawnBy.SCHOOL, reason);
            });
        } catch (ConcurrencyFailureException changed) {
            throw new Refused("withdrawReason", "enrolment.changed");
        }
    }

    // The hub's side

    /**
     * Accepts, waitlists or declines several applications of one work group: all of them, or (with the
     * reason) none. The same rules as for one: a school found not eligible needs an override first,
     * and declining needs the message the schools are sent.
     */
    @Transactional
    public int bulk(long workGroupId, Collection<Long> ids, BulkAction action, String message) {
        Terms terms = workGroups.of(workGroupId).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        if (ids.isEmpty()) {
            throw new Refused("ids", "enrolment.bulk.none");
        }
        if (action == BulkAction.DECLINE && (message == null || message.isBlank())) {
            throw new Refused("message", "enrolment.decline.message.required");
        }
        List<Enrolment> chosen = enrolments.findAllById(ids);
        if (chosen.size() != new HashSet<>(ids).size()
                || chosen.stream().anyMatch(e -> e.getWorkGroupId() != workGroupId)) {
            throw new NotFoundException("not-found.application");
        }
        Map<Integer, String> names =
                schools.namesByUrn(chosen.stream().map(Enrolment::getSchoolUrn).toList());
        places.ensure(workGroupId);
        for (Enrolment e : chosen) {
            String name = names.getOrDefault(e.getSchoolUrn(), "URN " + e.getSchoolUrn());
            try {
                switch (action) {
                    case ACCEPT -> accept(e, terms, name);
                    case WAITLIST -> move(e, EnrolmentStatus.WAITLISTED, terms, name);
                    case DECLINE -> decline(e, terms, name, message.strip());
                }
            } catch (Refused refused) {
                throw new Refused("ids", "enrolment.bulk.nothingChanged", name, refused);
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
        Enrolment e = enrolments.findById(id).orElseThrow(() -> new NotFoundException("not-found.application"));
        Terms terms =
                workGroups.of(e.getWorkGroupId()).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        decline(e, terms, nameOf(e), message);
    }

    /**
     * The hub lets an ineligible school take part, recording why; the school is then placed as any
     * eligible one, and told. The reason stays with the hub.
     */
    @Transactional
    public void override(long id, String reason) {
        Enrolment e = enrolments.findById(id).orElseThrow(() -> new NotFoundException("not-found.application"));
        if (e.getStatus() != EnrolmentStatus.INELIGIBLE) {
            throw new Refused("reason", "enrolment.override.notIneligible");
        }
        Terms terms =
                workGroups.of(e.getWorkGroupId()).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        String name = nameOf(e);
        e.override(reason);
        events.publishEvent(Audited.of("enrolment.overridden", e.getHubId(), name, terms.name(), reason));
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
        Enrolment e = enrolments.findById(id).orElseThrow(() -> new NotFoundException("not-found.application"));
        withdraw(e, WithdrawnBy.HUB, reason);
    }

    /**
     * The hub confirms whether the school completed the work group: only once its last planned session
     * has taken place, unless the hub says the group ended early and why. The school is told.
     */
    @Transactional
    public void complete(long id, boolean completed, String endedEarly) {
        Enrolment e = enrolments.findById(id).orElseThrow(() -> new NotFoundException("not-found.application"));
        Terms terms =
                workGroups.of(e.getWorkGroupId()).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        EnrolmentStatus next = completed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.NOT_COMPLETED;
        if (!e.getStatus().awaitsCompletion()) {
            throw new Refused(
                    "completed",
                    "enrolment.move.notAllowed",
                    e.getStatus().label().toLowerCase(Locale.UK),
                    next.label().toLowerCase(Locale.UK));
        }
        requireEnded(terms, endedEarly);
        String name = nameOf(e);
        move(e, next, terms, name);
        if (endedEarly != null) {
            events.publishEvent(Audited.of("enrolment.ended-early", e.getHubId(), name, terms.name(), endedEarly));
        }
        tellSchool(e, terms, name, null);
    }

    /** Corrects a completion recorded by mistake, saying why (audited; the school is told). */
    @Transactional
    public void correctCompletion(long id, String why) {
        Enrolment e = enrolments.findById(id).orElseThrow(() -> new NotFoundException("not-found.application"));
        if (!e.getStatus().completionRecorded()) {
            throw new Refused("correction", "enrolment.correction.notRecorded");
        }
        Terms terms =
                workGroups.of(e.getWorkGroupId()).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        String name = nameOf(e);
        EnrolmentStatus was = e.getStatus();
        move(
                e,
                was == EnrolmentStatus.COMPLETED ? EnrolmentStatus.NOT_COMPLETED : EnrolmentStatus.COMPLETED,
                terms,
                name);
        events.publishEvent(Audited.of(
                "enrolment.completion-corrected",
                e.getHubId(),
                name,
                terms.name(),
                was.label(),
                e.getStatus().label(),
                why));
        tellSchool(e, terms, name, why);
    }

    /** The date a work group next meets (today or later), if a session is planned. */
    public Optional<LocalDate> nextSession(long workGroupId) {
        return calendar.getIfAvailable(Enrolments::noCalendar).nextSession(workGroupId, LocalDate.now(clock));
    }

    /** Whether completion can be confirmed now: after the last planned session, or early with a reason. */
    public boolean completionOpen(long workGroupId) {
        Terms terms = workGroups.of(workGroupId).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        return lastSession(terms)
                .map(last -> !LocalDate.now(clock).isBefore(last))
                .orElse(false);
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
            throw new Refused(
                    "endedEarly",
                    last.isPresent() ? "enrolment.completion.tooEarly" : "enrolment.completion.noSessions",
                    last.map(d -> d.format(
                                    java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)))
                            .orElse(""));
        }
    }

    /** For a work group whose project gives places by priority: after the deadline, gives them out. Returns how many got one. */
    @Transactional
    public int allocateByPriority(long workGroupId) {
        Terms terms = workGroups.of(workGroupId).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        if (terms.allocation() != Allocation.PRIORITY) {
            throw new Refused(null, "enrolment.allocate.firstCome", terms.name());
        }
        if (terms.applicationDeadline() != null && !LocalDate.now(clock).isAfter(terms.applicationDeadline())) {
            throw new Refused(
                    null,
                    "enrolment.allocate.beforeDeadline",
                    terms.applicationDeadline()
                            .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
        }
        List<Enrolment> queue = enrolments.queue(workGroupId, EnrolmentStatus.APPLIED);
        Map<Integer, String> names =
                schools.namesByUrn(queue.stream().map(Enrolment::getSchoolUrn).toList());
        places.ensure(workGroupId);
        int placed = 0;
        for (Enrolment e : queue) {
            if (allocate(e, terms, names.getOrDefault(e.getSchoolUrn(), "URN " + e.getSchoolUrn()))) {
                placed++;
            }
        }
        return placed;
    }

    // Moves

    private void accept(Enrolment e, Terms terms, String name) {
        if (e.getStatus() == EnrolmentStatus.INELIGIBLE) {
            throw new Refused("ids", "enrolment.accept.ineligible");
        }
        if (!e.getStatus().next().contains(EnrolmentStatus.ACCEPTED)) {
            throw new Refused(
                    "ids", "enrolment.accept.status", e.getStatus().label().toLowerCase(Locale.UK));
        }
        if (!places.take(terms.id(), terms.capacitySchools())) {
            throw new Refused("ids", "enrolment.accept.full", terms.name());
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
        Terms terms =
                workGroups.of(e.getWorkGroupId()).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        if (!e.getStatus().withdrawable()) {
            throw new Refused(
                    by == WithdrawnBy.SCHOOL ? "withdrawReason" : "withdrawReason",
                    "enrolment.withdraw.notAllowed",
                    e.getStatus().label().toLowerCase(Locale.UK));
        }
        boolean heldPlace = e.getStatus().holdsPlace();
        LocalDate today = LocalDate.now(clock);
        LocalDate next = calendar.getIfAvailable(Enrolments::noCalendar)
                .nextSession(terms.id(), today)
                .orElse(terms.startMonth() != null && !terms.startMonth().isBefore(today) ? terms.startMonth() : null);
        boolean late = heldPlace && next != null && !today.isBefore(next.minusDays(LATE_DAYS));
        e.withdraw(by, reason, today, late, clock.instant());
        flush(e, "withdrawReason");
        String name = nameOf(e);
        events.publishEvent(Audited.of("enrolment.withdrawn", e.getHubId(), name, terms.name(), reason)
                .worded("audit.detail.enrolment.withdrawn." + by.name().toLowerCase(Locale.UK)
                        + (late ? ".late" : "")));
        outbox.queue(Email.of("enrolment.withdrawn")
                .to(e.getAppliedBy())
                .hub(e.getHubId())
                .subject(terms.name())
                .with("school", name)
                .with("group", terms.name())
                .with("reason", reason)
                .with("byHub", by == WithdrawnBy.HUB)
                .with("late", late));
        if (by == WithdrawnBy.SCHOOL) {
            tellHub(
                    e.getHubId(),
                    "enrolment.hub-withdrawn",
                    terms,
                    name,
                    reason + (late ? " (late: it may be charged)" : ""));
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
        } catch (Refused invalid) {
            throw new Refused(
                    "message",
                    "enrolment.decline.notAllowed",
                    e.getStatus().label().toLowerCase(Locale.UK));
        }
        flush(e, "message");
        events.publishEvent(Audited.of("enrolment.declined", e.getHubId(), name, terms.name(), message));
        tellSchool(e, terms, name, message);
    }

    /** Tells the school the hub's decision on its application, with the hub's message if there is one. */
    private void tellSchool(Enrolment e, Terms terms, String name, String message) {
        outbox.queue(Email.of("enrolment.decision")
                .to(e.getAppliedBy())
                .hub(e.getHubId())
                .subject(terms.name(), e.getStatus().label())
                .with("school", name)
                .with("group", terms.name())
                .with("status", e.getStatus().name())
                .with("label", e.getStatus().label())
                .with("message", message));
    }

    /** Tells the hub (its contact address) something that needs it. */
    private void tellHub(long hubId, String kind, Terms terms, String school, String detail) {
        hubs.contactEmail(hubId)
                .ifPresent(address -> outbox.queue(Email.of(kind)
                        .to(address)
                        .hub(hubId)
                        .subject(school, terms.name())
                        .with("school", school)
                        .with("group", terms.name())
                        .with("groupId", terms.id())
                        .with("detail", detail)));
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
        String name = schools.namesByUrn(List.of(next.getSchoolUrn()))
                .getOrDefault(next.getSchoolUrn(), "URN " + next.getSchoolUrn());
        move(next, EnrolmentStatus.ACCEPTED, terms, name);
        events.publishEvent(Audited.of("enrolment.place-offered", next.getHubId(), name, terms.name()));
        outbox.queue(Email.of("enrolment.place-offered")
                .to(next.getAppliedBy())
                .hub(next.getHubId())
                .subject(terms.name())
                .with("school", name)
                .with("group", terms.name()));
    }

    private void move(Enrolment e, EnrolmentStatus next, Terms terms, String name) {
        try {
            e.moveTo(next, clock.instant());
        } catch (Refused invalid) {
            throw invalid.on("ids");
        }
        flush(e, "ids");
        events.publishEvent(Audited.of(
                        "enrolment." + next.name().toLowerCase(Locale.UK).replace('_', '-'),
                        e.getHubId(),
                        name,
                        terms.name())
                .worded("audit.detail.enrolment.moved"));
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
            throw new Refused(
                    "role-1", "enrolment.participants.roles", terms.name(), required.describe(), role.describe());
        });
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < nominated.size(); i++) {
            if (!emails.add(nominated.get(i).email().strip().toLowerCase(Locale.ROOT))) {
                throw new Refused(
                        "email-" + (i + 1),
                        "enrolment.participants.sameEmail",
                        nominated.get(i).email());
            }
        }
    }
}
