package org.hubcycle.delivery.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.domain.AttendanceMark;
import org.hubcycle.delivery.domain.AttendanceMarkRepository;
import org.hubcycle.delivery.domain.DeliverySessionRepository;
import org.hubcycle.delivery.domain.Session;
import org.hubcycle.delivery.domain.SessionApology;
import org.hubcycle.delivery.domain.SessionApologyRepository;
import org.hubcycle.delivery.domain.SessionMarkCount;
import org.hubcycle.delivery.domain.TaskReport;
import org.hubcycle.delivery.domain.TaskReportRepository;
import org.hubcycle.delivery.internal.DeliveryTerms.Format;
import org.hubcycle.delivery.internal.DeliveryTerms.Length;
import org.hubcycle.delivery.internal.DeliveryTerms.Mark;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A work group's sessions, each with its gap task, and their registers. The lead plans and moves
 * sessions (participants are emailed when one moves) and takes registers, correcting past ones
 * with an audit event; participants see their own sessions, the joining links and tasks, and report
 * back on tasks.
 */
@Service
public class Sessions {

    /**
     * A session as the lead plans it. {@code unusualDateConfirmed}: the lead has confirmed a date on a
     * weekend or outside the work group's academic year.
     */
    public record SessionInput(
            LocalDate date,
            LocalTime start,
            LocalTime end,
            Length length,
            Format format,
            String venue,
            String address,
            String joiningLink,
            String agenda,
            String task,
            LocalDate taskDue,
            String taskBring,
            boolean unusualDateConfirmed) {

        /**
         * What is wrong with the session as entered, each beside its field: an end before the start, a
         * session in person with no venue, an online one without a whole https joining link, a gap task's
         * date or things to bring without the task. Parts not given (null) are not checked.
         */
        public List<Refused> problems() {
            List<Refused> problems = new ArrayList<>();
            if (start != null && end != null && !end.isAfter(start)) {
                problems.add(new Refused("endTime", "session.end.beforeStart"));
            }
            if (format == Format.IN_PERSON && venue == null) {
                problems.add(new Refused("venue", "session.venue.required"));
            }
            if (format == Format.ONLINE && !Session.validJoiningLink(joiningLink)) {
                problems.add(new Refused("joiningLink", "session.link.invalid"));
            }
            if (task == null && (taskDue != null || taskBring != null)) {
                problems.add(new Refused("task", "session.task.required"));
            }
            return problems;
        }
    }

    public record SessionView(
            long id,
            long workGroupId,
            int sequence,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            Length length,
            Format format,
            String venue,
            String address,
            String joiningLink,
            String agenda,
            String task,
            LocalDate taskDue,
            String taskBring,
            int revision,
            long version,
            int marked,
            int reportedBack,
            int apologies) {}

    /** A participant on a register, with their mark if taken and their apologies if they sent any. */
    public record Line(
            long participantId, String fullName, String schoolName, Mark mark, String reportBack, Apology apology) {

        /** The mark to show chosen: the one saved, or else the one their apologies call for. */
        public Mark proposed() {
            return mark != null || apology == null ? mark : apology.mark();
        }
    }

    public record Register(SessionView session, WorkGroupBrief group, List<Line> lines) {

        public boolean taken() {
            return lines.stream().anyMatch(l -> l.mark() != null);
        }
    }

    /** A work group's participants and what each reported back on the sessions that set a task. */
    public record Roster(List<Seat> participants, List<SessionView> tasks, Map<Long, Map<Long, String>> reports) {

        /** What a participant reported back on a session's task, or null. */
        public String report(long participantId, long sessionId) {
            return reports.getOrDefault(participantId, Map.of()).get(sessionId);
        }
    }

    /**
     * A session as one participant sees it: their own report back on its task, their mark once the register is
     * taken, their apologies if they sent any, and whether it has been held (before today).
     */
    public record MySession(
            SessionView session,
            String workGroupName,
            long participantId,
            String reportBack,
            Mark mark,
            Apology apology,
            boolean held) {}

    private final DeliverySessionRepository sessions;
    private final AttendanceMarkRepository marks;
    private final TaskReportRepository reports;
    private final SessionApologyRepository apologies;
    private final HubOffers offers;
    private final Seats seats;
    private final Outbox outbox;
    private final Dates dates;
    private final ApplicationEventPublisher events;
    private final SystemWork system;
    private final Clock clock;

    Sessions(
            DeliverySessionRepository sessions,
            AttendanceMarkRepository marks,
            TaskReportRepository reports,
            SessionApologyRepository apologies,
            HubOffers offers,
            Seats seats,
            Outbox outbox,
            Dates dates,
            ApplicationEventPublisher events,
            SystemWork system,
            Clock clock) {
        this.sessions = sessions;
        this.marks = marks;
        this.reports = reports;
        this.apologies = apologies;
        this.offers = offers;
        this.seats = seats;
        this.outbox = outbox;
        this.dates = dates;
        this.events = events;
        this.system = system;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SessionView> forWorkGroup(long workGroupId) {
        List<Session> all = sessions.findByWorkGroupIdOrderBySequence(workGroupId);
        Set<Long> ids = all.stream().map(Session::getId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> reported = reports.findBySessionIdIn(ids).stream()
                .collect(Collectors.groupingBy(TaskReport::getSessionId, Collectors.counting()));
        Map<Long, Long> marked = marks.countBySession(ids).stream()
                .collect(Collectors.toMap(SessionMarkCount::sessionId, SessionMarkCount::count));
        Map<Long, Long> sorry = apologies.findBySessionIdIn(ids).stream()
                .collect(Collectors.groupingBy(SessionApology::getSessionId, Collectors.counting()));
        return all.stream()
                .map(s -> view(
                        s,
                        marked.getOrDefault(s.getId(), 0L).intValue(),
                        reported.getOrDefault(s.getId(), 0L).intValue(),
                        sorry.getOrDefault(s.getId(), 0L).intValue()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Roster roster(long workGroupId) {
        List<Seat> seats = this.seats.of(workGroupId);
        List<Session> withTasks = sessions.findByWorkGroupIdOrderBySequence(workGroupId).stream()
                .filter(s -> s.getTask() != null)
                .toList();
        Map<Long, Map<Long, String>> byParticipant = new HashMap<>();
        if (!withTasks.isEmpty()) {
            reports.findBySessionIdIn(withTasks.stream().map(Session::getId).toList())
                    .forEach(r -> byParticipant
                            .computeIfAbsent(r.getParticipantId(), p -> new HashMap<>())
                            .put(r.getSessionId(), r.getNote()));
        }
        return new Roster(seats, withTasks.stream().map(s -> view(s, 0, 0, 0)).toList(), byParticipant);
    }

    @Transactional(readOnly = true)
    public Optional<SessionView> find(long id) {
        return sessions.findById(id).map(s -> view(s, 0, 0, 0));
    }

    /** Adds a session to a work group; sessions are numbered in date order. Participants are told. */
    @Transactional
    public long plan(long workGroupId, SessionInput in) {
        WorkGroupBrief group =
                offers.brief(workGroupId).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        check(group, in, null);
        int next = sessions.findByWorkGroupIdOrderBySequence(workGroupId).stream()
                        .mapToInt(Session::getSequence)
                        .max()
                        .orElse(0)
                + 1;
        Session session = new Session(group.hubId(), workGroupId, next);
        apply(session, in);
        sessions.saveAndFlush(session);
        renumber(workGroupId);
        events.publishEvent(
                Audited.of("delivery.session-planned", group.hubId(), group.name(), next, dates.date(in.date())));
        tellParticipants("delivery.session-added", group, session, Set.of());
        return session.getId();
    }

    /**
     * Changes a session, if nobody has saved it since the form was opened on version {@code opened} (null: not
     * said); if it moved, every participant is emailed the new arrangements.
     */
    @Transactional
    public boolean change(long sessionId, Long opened, SessionInput in) {
        Session session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("not-found.session"));
        Refused.unlessStill(opened, session.getVersion(), "session.changedMeanwhile");
        WorkGroupBrief group =
                offers.brief(session.getWorkGroupId()).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        LocalDate was = session.getDate();
        check(group, in, was);
        boolean moved = apply(session, in);
        renumber(group.id());
        events.publishEvent(
                moved
                        ? Audited.of(
                                "delivery.session-moved",
                                group.hubId(),
                                group.name(),
                                session.getSequence(),
                                dates.date(was),
                                dates.date(in.date()))
                        : Audited.of("delivery.session-changed", group.hubId(), group.name(), session.getSequence()));
        if (moved) {
            tellParticipants("delivery.session-moved", group, session, withdrawApologiesIfMoved(session, was));
        }
        return moved;
    }

    /**
     * Cancels a session that has not met (no register taken, no task reported back): it goes, the
     * others are numbered again, and every participant is told why.
     */
    @Transactional
    public void cancel(long sessionId, String reason) {
        Session session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("not-found.session"));
        if (sessions.marksOf(sessionId) > 0
                || !reports.findBySessionIdIn(List.of(sessionId)).isEmpty()) {
            throw new Refused("reason", "session.cancel.taken");
        }
        WorkGroupBrief group =
                offers.brief(session.getWorkGroupId()).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        for (Seat seat : seats.toEmail(group.id())) {
            outbox.queue(Email.of("delivery.session-cancelled")
                    .to(seat.email())
                    .hub(group.hubId())
                    .subject(group.name(), dates.date(session.getDate()))
                    .with("name", seat.fullName())
                    .with("group", group.name())
                    .with("date", dates.date(session.getDate()))
                    .with("reason", reason));
        }
        events.publishEvent(Audited.of(
                "delivery.session-cancelled",
                group.hubId(),
                group.name(),
                session.getSequence(),
                dates.date(session.getDate()),
                reason));
        sessions.delete(session);
        sessions.flush();
        renumber(group.id());
    }

    /**
     * A session's date must be real and its joining link usable; a new date on a weekend or outside the
     * work group's academic year needs the lead to confirm it. A date left as it was ({@code unchanged}) was
     * confirmed when it was set: changing the session's agenda does not ask again.
     */
    private void check(WorkGroupBrief group, SessionInput in, LocalDate unchanged) {
        in.problems().stream().findFirst().ifPresent(problem -> {
            throw problem;
        });
        if (in.date().equals(unchanged)) {
            return;
        }
        boolean weekend =
                in.date().getDayOfWeek() == DayOfWeek.SATURDAY || in.date().getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean outside = in.date().isBefore(group.year().firstDay())
                || in.date().isAfter(group.year().lastDay());
        if (outside
                && (in.date().isBefore(group.year().firstDay().minusYears(1))
                        || in.date().isAfter(group.year().lastDay().plusYears(1)))) {
            throw new Refused("day", "session.date.farOutside", group.year().toString());
        }
        if ((weekend || outside) && !in.unusualDateConfirmed()) {
            throw new Refused(
                    "day",
                    outside ? "session.date.outsideYear" : "session.date.weekend",
                    dates.date(in.date()),
                    group.year().toString(),
                    in.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK));
        }
    }

    /** Numbers a work group's sessions in date (then start time) order, keeping each number unique as it goes. */
    private void renumber(long workGroupId) {
        List<Session> all = sessions.findByWorkGroupIdOrderBySequence(workGroupId);
        List<Session> ordered = all.stream()
                .sorted(Comparator.comparing(Session::getDate)
                        .thenComparing(Session::getStartTime, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Session::getId))
                .toList();
        boolean inOrder = true;
        for (int i = 0; i < ordered.size(); i++) {
            inOrder &= ordered.get(i).getSequence() == i + 1;
        }
        if (inOrder) {
            return;
        }
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).renumber(-(i + 1));
        }
        sessions.flush();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).renumber(i + 1);
        }
        sessions.flush();
    }

    @Transactional(readOnly = true)
    public Optional<Register> register(long sessionId) {
        return sessions.findById(sessionId).map(s -> {
            WorkGroupBrief group =
                    offers.brief(s.getWorkGroupId()).orElseThrow(() -> new NotFoundException("not-found.work-group"));
            Map<Long, Mark> taken = marks.findBySessionId(sessionId).stream()
                    .collect(Collectors.toMap(AttendanceMark::getParticipantId, AttendanceMark::getMark));
            Map<Long, String> back = reports.findBySessionIdIn(List.of(sessionId)).stream()
                    .collect(Collectors.toMap(TaskReport::getParticipantId, TaskReport::getNote));
            Map<Long, Apology> sorry = apologiesFor(s);
            List<Line> lines = seats.of(s.getWorkGroupId()).stream()
                    .map(seat -> new Line(
                            seat.participantId(),
                            seat.fullName(),
                            seat.schoolName(),
                            taken.get(seat.participantId()),
                            back.get(seat.participantId()),
                            sorry.get(seat.participantId())))
                    .toList();
            return new Register(view(s, taken.size(), back.size(), sorry.size()), group, lines);
        });
    }

    /**
     * Records a register: a mark for each participant given (others stay as they were). Changing a
     * mark already recorded is a correction, recorded in the audit log with what changed. With
     * {@code everyoneElsePresent}, everyone not marked — neither now nor before — is marked present,
     * or with their apologies if they sent some: it never overwrites an absence or a late cancellation.
     * A register with no mark at all is refused.
     */
    @Transactional
    public void record(long sessionId, Map<Long, Mark> marked, boolean everyoneElsePresent, String by) {
        Session session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("not-found.session"));
        if (session.getDate().isAfter(LocalDate.now(clock))) {
            throw new Refused("register", "register.opens", dates.date(session.getDate()));
        }
        Map<Long, Seat> seats = this.seats.of(session.getWorkGroupId()).stream()
                .collect(Collectors.toMap(Seat::participantId, Function.identity()));
        if (!seats.keySet().containsAll(marked.keySet())) {
            throw new NotFoundException("not-found.participant");
        }
        Map<Long, AttendanceMark> existing = marks.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(AttendanceMark::getParticipantId, Function.identity()));
        Map<Long, Mark> given = new LinkedHashMap<>(marked);
        if (everyoneElsePresent) {
            Map<Long, Apology> sorry = apologiesFor(session);
            seats.keySet().stream()
                    .filter(p -> !given.containsKey(p) && !existing.containsKey(p))
                    .forEach(p ->
                            given.put(p, sorry.containsKey(p) ? sorry.get(p).mark() : Mark.PRESENT));
        }
        if (given.isEmpty() && existing.isEmpty()) {
            throw new Refused("register", "register.empty");
        }
        List<String> corrections = new ArrayList<>();
        given.forEach((participant, mark) -> {
            AttendanceMark before = existing.get(participant);
            if (before == null) {
                marks.save(new AttendanceMark(session.getHubId(), sessionId, participant, mark, clock.instant(), by));
            } else {
                Mark was = before.getMark();
                if (before.change(mark, clock.instant(), by)) {
                    corrections.add(seats.get(participant).fullName() + ": " + was.label() + " to " + mark.label());
                }
            }
        });
        WorkGroupBrief group = offers.brief(session.getWorkGroupId()).orElseThrow();
        String subject = group.name() + " session " + session.getSequence() + ", " + dates.date(session.getDate());
        if (!corrections.isEmpty()) {
            events.publishEvent(Audited.of(
                    "delivery.register-corrected", session.getHubId(), subject, String.join("; ", corrections)));
        }
        if (existing.isEmpty()) {
            events.publishEvent(Audited.of("delivery.register-taken", session.getHubId(), subject, given.size()));
        }
    }

    // The participant's side: runs for the system with the participant found by email.

    /** The sessions of every work group the participant holds a place in, soonest first. */
    public List<MySession> mine(String email) {
        return mine(seats.ofParticipant(email));
    }

    /** The same, from the places the participant holds, already read. */
    public List<MySession> mine(List<Seat> seats) {
        if (seats.isEmpty()) {
            return List.of();
        }
        return system.inTransaction(() -> {
            Map<Long, Seat> byGroup =
                    seats.stream().collect(Collectors.toMap(Seat::workGroupId, Function.identity(), (a, b) -> a));
            Map<Long, String> names = offers.briefs(byGroup.keySet()).stream()
                    .collect(Collectors.toMap(WorkGroupBrief::id, WorkGroupBrief::name));
            List<Session> all = sessions.findByWorkGroupIdInOrderByDateAscSequenceAsc(byGroup.keySet());
            List<Long> ids = all.stream().map(Session::getId).toList();
            Set<Long> me = seats.stream().map(Seat::participantId).collect(Collectors.toSet());
            Map<String, String> back = reports.findBySessionIdInAndParticipantIdIn(ids, me).stream()
                    .collect(Collectors.toMap(r -> r.getSessionId() + "/" + r.getParticipantId(), TaskReport::getNote));
            Map<String, Mark> marked = marks.findBySessionIdInAndParticipantIdIn(ids, me).stream()
                    .collect(Collectors.toMap(
                            m -> m.getSessionId() + "/" + m.getParticipantId(), AttendanceMark::getMark));
            Map<String, SessionApology> sorry = apologies.findBySessionIdInAndParticipantIdIn(ids, me).stream()
                    .collect(Collectors.toMap(a -> a.getSessionId() + "/" + a.getParticipantId(), a -> a));
            LocalDate today = LocalDate.now(clock);
            return all.stream()
                    .map(s -> {
                        long participant = byGroup.get(s.getWorkGroupId()).participantId();
                        String key = s.getId() + "/" + participant;
                        SessionApology apology = sorry.get(key);
                        return new MySession(
                                view(s, 0, 0, 0),
                                names.getOrDefault(s.getWorkGroupId(), ""),
                                participant,
                                back.get(key),
                                marked.get(key),
                                apology == null ? null : Apology.of(apology, s.getDate()),
                                s.getDate().isBefore(today));
                    })
                    .toList();
        });
    }

    /** A participant reports back on a session's gap task (or changes what they said). */
    public void reportBack(long sessionId, String email, String note) {
        MySession mine = mine(email).stream()
                .filter(m -> m.session().id() == sessionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("not-found.session"));
        if (mine.session().task() == null) {
            throw new Refused("note", "mySessions.note.noTask");
        }
        system.run(() -> {
            Session session = sessions.findById(sessionId).orElseThrow();
            reports.findBySessionIdAndParticipantId(sessionId, mine.participantId())
                    .ifPresentOrElse(
                            r -> r.revise(note, clock.instant()),
                            () -> reports.save(new TaskReport(
                                    session.getHubId(), sessionId, mine.participantId(), note, clock.instant())));
        });
    }

    private boolean apply(Session session, SessionInput in) {
        boolean moved = session.plan(
                in.date(),
                in.start(),
                in.end(),
                in.length(),
                in.format(),
                in.venue(),
                in.address(),
                in.joiningLink(),
                in.agenda());
        session.setTask(in.task(), in.taskDue(), in.taskBring());
        return moved;
    }

    /**
     * Apologies are for a day: when a session moves to another, those sent for the old day no longer stand.
     * Returns who had sent them, to be told.
     */
    private Set<Long> withdrawApologiesIfMoved(Session session, LocalDate was) {
        if (session.getDate().equals(was)) {
            return Set.of();
        }
        List<SessionApology> sent = apologies.findBySessionId(session.getId());
        apologies.deleteAll(sent);
        return sent.stream().map(SessionApology::getParticipantId).collect(Collectors.toSet());
    }

    /**
     * Emails every participant holding a place the session's arrangements (a new session, or one that moved),
     * telling those whose apologies no longer stand.
     */
    private void tellParticipants(String kind, WorkGroupBrief group, Session session, Set<Long> apologised) {
        for (Seat seat : seats.toEmail(group.id())) {
            outbox.queue(Email.of(kind)
                    .to(seat.email())
                    .hub(group.hubId())
                    .subject(group.name(), session.getSequence())
                    .with("name", seat.fullName())
                    .with("group", group.name())
                    .with("sequence", session.getSequence())
                    .with("date", dates.date(session.getDate()))
                    .with("when", when(session))
                    .with("online", session.getFormat() == Format.ONLINE)
                    .with("venue", session.getVenue())
                    .with("address", session.getAddress())
                    .with("apologised", apologised.contains(seat.participantId())));
        }
    }

    private String when(Session s) {
        return s.getStartTime() == null
                ? " (" + s.getLength().label().toLowerCase() + ")"
                : ", " + dates.times(s.getStartTime(), s.getEndTime());
    }

    /** A session's apologies, by participant. */
    private Map<Long, Apology> apologiesFor(Session session) {
        return apologies.findBySessionIdIn(List.of(session.getId())).stream()
                .collect(Collectors.toMap(SessionApology::getParticipantId, a -> Apology.of(a, session.getDate())));
    }

    private static SessionView view(Session s, int marked, int reportedBack, int apologies) {
        return new SessionView(
                s.getId(),
                s.getWorkGroupId(),
                s.getSequence(),
                s.getDate(),
                s.getStartTime(),
                s.getEndTime(),
                s.getLength(),
                s.getFormat(),
                s.getVenue(),
                s.getAddress(),
                s.getJoiningLink(),
                s.getAgenda(),
                s.getTask(),
                s.getTaskDue(),
                s.getTaskBring(),
                s.getRevision(),
                s.getVersion(),
                marked,
                reportedBack,
                apologies);
    }
}
