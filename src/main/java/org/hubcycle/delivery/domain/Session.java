package org.hubcycle.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.annotations.Filter;
import org.hubcycle.delivery.internal.DeliveryTerms.Format;
import org.hubcycle.delivery.internal.DeliveryTerms.Length;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** One meeting of a work group: when, where (or the joining link), the agenda, and the gap task it sets. */
@Entity
@Table(name = "delivery_session")
@Filter(name = HubScope.FILTER)
public class Session extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "work_group_id", nullable = false)
    private Long workGroupId;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Length length;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Format format;

    @Column(length = 200)
    private String venue;

    @Column(length = 300)
    private String address;

    @Column(name = "joining_link", length = 500)
    private String joiningLink;

    @Column(length = 4000)
    private String agenda;

    @Column(length = 2000)
    private String task;

    @Column(name = "task_due")
    private LocalDate taskDue;

    @Column(name = "task_bring", length = 500)
    private String taskBring;
    /** Goes up each time the session moves, so calendars and emails can tell a change from the first plan. */
    @Column(nullable = false)
    private int revision;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** Goes up with every change saved, so a form opened before someone else's change cannot undo it unseen. */
    @Version
    private long version;

    protected Session() {}

    public Session(long hubId, long workGroupId, int sequence) {
        super(hubId);
        this.workGroupId = workGroupId;
        this.sequence = sequence;
    }

    /** Sets when and where the session is; true if an already planned session moved (its date, times or place changed). */
    public boolean plan(
            LocalDate date,
            LocalTime start,
            LocalTime end,
            Length length,
            Format format,
            String venue,
            String address,
            String joiningLink,
            String agenda) {
        boolean moved = this.date != null
                && (!date.equals(this.date)
                        || !same(start, startTime)
                        || !same(end, endTime)
                        || format != this.format
                        || !same(venue, this.venue)
                        || !same(address, this.address)
                        || !same(joiningLink, this.joiningLink));
        this.date = date;
        this.startTime = start;
        this.endTime = end;
        this.length = length;
        this.format = format;
        this.venue = venue;
        this.address = address;
        this.joiningLink = joiningLink;
        this.agenda = agenda;
        if (moved) {
            revision++;
            remindedAt = null;
        }
        return moved;
    }

    /** Sessions are numbered in date order: a session planned earlier than another takes its number. */
    public void renumber(int sequence) {
        this.sequence = sequence;
    }

    /**
     * Whether an online session's joining link is one a calendar and a browser can open: https, a
     * host, no spaces.
     */
    public static boolean validJoiningLink(String link) {
        if (link == null
                || link.isBlank()
                || link.length() > 500
                || link.strip().chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(link.strip());
            return "https".equalsIgnoreCase(uri.getScheme())
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Participants were reminded of the session; a move clears this so they are reminded of the new date. */
    public void reminded(Instant at) {
        this.remindedAt = at;
    }

    public void setTask(String task, LocalDate due, String bring) {
        this.task = task;
        this.taskDue = task == null ? null : due;
        this.taskBring = task == null ? null : bring;
    }

    private static boolean same(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    public Long getId() {
        return id;
    }

    public Long getWorkGroupId() {
        return workGroupId;
    }

    public int getSequence() {
        return sequence;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public Length getLength() {
        return length;
    }

    public Format getFormat() {
        return format;
    }

    public String getVenue() {
        return venue;
    }

    public String getAddress() {
        return address;
    }

    public String getJoiningLink() {
        return joiningLink;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getTask() {
        return task;
    }

    public LocalDate getTaskDue() {
        return taskDue;
    }

    public String getTaskBring() {
        return taskBring;
    }

    public int getRevision() {
        return revision;
    }

    public long getVersion() {
        return version;
    }
}
