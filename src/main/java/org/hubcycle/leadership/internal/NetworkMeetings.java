package org.hubcycle.leadership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubcycle.directory.People;
import org.hubcycle.directory.People.PersonView;
import org.hubcycle.leadership.domain.AttendanceCount;
import org.hubcycle.leadership.domain.Llme;
import org.hubcycle.leadership.domain.NetworkInvitation;
import org.hubcycle.leadership.domain.NetworkInvitationRepository;
import org.hubcycle.leadership.domain.NetworkMeeting;
import org.hubcycle.leadership.domain.NetworkMeetingRepository;
import org.hubcycle.leadership.internal.LeadershipTerms.Attendance;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hub's LLME network: meetings, who was invited (by email), and who came. */
@Service
public class NetworkMeetings {

    /** A meeting as the hub enters it. */
    public record MeetingInput(
            String title,
            LocalDate date,
            LocalTime startTime,
            LocalTime endTime,
            String venue,
            String onlineLink,
            String agenda) {}

    /** A meeting with how many were invited and how many came. */
    public record Meeting(
            long id,
            String title,
            LocalDate date,
            LocalTime startTime,
            LocalTime endTime,
            String venue,
            String onlineLink,
            String agenda,
            Map<Attendance, Long> counts) {

        public long invited() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public long attended() {
            return counts.getOrDefault(Attendance.ATTENDED, 0L);
        }
    }

    /** An invited LLME and whether they came. */
    public record Invitee(long llmeId, String fullName, Attendance attendance) {}

    private final NetworkMeetingRepository meetings;
    private final NetworkInvitationRepository invitations;
    private final LlmeRegister register;
    private final People people;
    private final Outbox outbox;
    private final Dates dates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NetworkMeetings(
            NetworkMeetingRepository meetings,
            NetworkInvitationRepository invitations,
            LlmeRegister register,
            People people,
            Outbox outbox,
            Dates dates,
            ApplicationEventPublisher events,
            Clock clock) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.register = register;
        this.people = people;
        this.outbox = outbox;
        this.dates = dates;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Meeting> meetings(long hubId, Pageable pageable) {
        Page<NetworkMeeting> page = meetings.findByHubIdOrderByDateDescIdDesc(hubId, pageable);
        Map<Long, Map<Attendance, Long>> counts =
                counts(page.stream().map(NetworkMeeting::getId).toList());
        return page.map(m -> view(m, counts.getOrDefault(m.getId(), Map.of())));
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> meeting(long id) {
        return meetings.findById(id).map(m -> view(m, counts(List.of(id)).getOrDefault(id, Map.of())));
    }

    @Transactional(readOnly = true)
    public List<Invitee> invitees(long meetingId) {
        List<NetworkInvitation> all = invitations.findByMeetingIdOrderByIdAsc(meetingId);
        Map<Long, Llme> llmes =
                register.byIds(all.stream().map(NetworkInvitation::getLlmeId).toList());
        return all.stream()
                .map(i -> new Invitee(i.getLlmeId(), llmes.get(i.getLlmeId()).getFullName(), i.getAttendance()))
                .sorted(Comparator.comparing(Invitee::fullName))
                .toList();
    }

    @Transactional
    public long schedule(long hubId, MeetingInput in) {
        invalid(in).stream().findFirst().ifPresent(problem -> {
            throw problem;
        });
        NetworkMeeting meeting = meetings.save(new NetworkMeeting(
                hubId, in.title(), in.date(), in.startTime(), in.endTime(), in.venue(), in.onlineLink(), in.agenda()));
        events.publishEvent(Audited.of("leadership.meeting-scheduled", hubId, in.title(), dates.date(in.date())));
        return meeting.getId();
    }

    /**
     * What stops a new meeting being scheduled now, each beside its field: a date in the past, and
     * whatever makes any meeting's record wrong ({@link #invalid}). Parts not given (null) are not checked.
     */
    public List<Refused> problems(MeetingInput in) {
        List<Refused> problems = new ArrayList<>();
        if (in.date() != null && in.date().isBefore(LocalDate.now(clock))) {
            problems.add(new Refused("day", "llme.meeting.date.past"));
        }
        problems.addAll(invalid(in));
        return problems;
    }

    /**
     * What makes any meeting's record wrong, a past one's included: an end before the start, nowhere to
     * meet, a joining link that is not a whole https address.
     */
    private static List<Refused> invalid(MeetingInput in) {
        List<Refused> problems = new ArrayList<>();
        if (in.startTime() != null && in.endTime() != null && !in.endTime().isAfter(in.startTime())) {
            problems.add(new Refused("endTime", "llme.meeting.end.beforeStart"));
        }
        if (in.venue() == null && in.onlineLink() == null) {
            problems.add(new Refused("venue", "llme.meeting.where.required"));
        }
        if (in.onlineLink() != null && !in.onlineLink().startsWith("https://")) {
            problems.add(new Refused("onlineLink", "llme.meeting.link.invalid"));
        }
        return problems;
    }

    /** Invites LLMEs of the register who are not invited yet, and queues each an email; returns how many were invited. */
    @Transactional
    public int invite(long meetingId, Collection<Long> llmeIds) {
        NetworkMeeting meeting =
                meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("not-found.meeting"));
        if (llmeIds.isEmpty()) {
            throw new Refused("llmeIds", "llme.meeting.invite.none");
        }
        Map<Long, Llme> llmes = register.byIds(llmeIds);
        if (llmes.size() != Set.copyOf(llmeIds).size()) {
            throw new Refused("llmeIds", "llme.meeting.invite.unknown");
        }
        Set<Long> already = invitations.findByMeetingIdOrderByIdAsc(meetingId).stream()
                .map(NetworkInvitation::getLlmeId)
                .collect(Collectors.toSet());
        List<Llme> fresh = llmes.values().stream()
                .filter(l -> !already.contains(l.getId()))
                .toList();
        Map<Long, PersonView> persons =
                people.views(fresh.stream().map(Llme::getPersonId).toList());
        for (Llme l : fresh) {
            invitations.save(new NetworkInvitation(meeting.getHubId(), meetingId, l.getId()));
            PersonView p = persons.get(l.getPersonId());
            outbox.queue(Email.of("leadership.meeting-invitation")
                    .to(p.email())
                    .hub(meeting.getHubId())
                    .subject(meeting.getTitle())
                    .with("name", p.fullName())
                    .with("title", meeting.getTitle())
                    .with("date", dates.date(meeting.getDate()))
                    .with(
                            "times",
                            meeting.getStartTime() == null
                                    ? null
                                    : dates.times(meeting.getStartTime(), meeting.getEndTime()))
                    .with("venue", meeting.getVenue())
                    .with("link", meeting.getOnlineLink())
                    .with("agenda", meeting.getAgenda()));
        }
        events.publishEvent(
                Audited.of("leadership.meeting-invited", meeting.getHubId(), meeting.getTitle(), fresh.size()));
        return fresh.size();
    }

    /** Records who came, from the day of the meeting on: only the invited have a mark, and only theirs are counted. */
    @Transactional
    public void recordAttendance(long meetingId, Map<Long, Attendance> attendance) {
        NetworkMeeting meeting =
                meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("not-found.meeting"));
        if (meeting.getDate().isAfter(LocalDate.now(clock))) {
            throw new Refused("attendance", "llme.meeting.attendance.early", dates.date(meeting.getDate()));
        }
        long came = 0;
        for (NetworkInvitation invitation : invitations.findByMeetingIdOrderByIdAsc(meetingId)) {
            Attendance a = attendance.get(invitation.getLlmeId());
            if (a != null) {
                invitation.record(a);
                came += a == Attendance.ATTENDED ? 1 : 0;
            }
        }
        events.publishEvent(Audited.of("leadership.meeting-attendance", meeting.getHubId(), meeting.getTitle(), came));
    }

    private Map<Long, Map<Attendance, Long>> counts(List<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        return invitations.countsByMeeting(meetingIds).stream()
                .collect(Collectors.groupingBy(
                        AttendanceCount::meetingId,
                        Collectors.toMap(
                                AttendanceCount::attendance,
                                AttendanceCount::count,
                                Long::sum,
                                () -> new EnumMap<>(Attendance.class))));
    }

    private static Meeting view(NetworkMeeting m, Map<Attendance, Long> counts) {
        return new Meeting(
                m.getId(),
                m.getTitle(),
                m.getDate(),
                m.getStartTime(),
                m.getEndTime(),
                m.getVenue(),
                m.getOnlineLink(),
                m.getAgenda(),
                counts);
    }
}
