package org.hubcycle.leadership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** A meeting of the hub's LLME network: in person at a venue, online, or both. */
@Entity
@Table(name = "network_meeting")
@Filter(name = HubScope.FILTER)
public class NetworkMeeting extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Column(length = 300)
    private String venue;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(length = 4000)
    private String agenda;

    protected NetworkMeeting() {}

    public NetworkMeeting(
            long hubId,
            String title,
            LocalDate date,
            LocalTime startTime,
            LocalTime endTime,
            String venue,
            String onlineLink,
            String agenda) {
        super(hubId);
        this.title = title;
        this.date = date;
        this.startTime = startTime;
        this.endTime = endTime;
        this.venue = venue;
        this.onlineLink = onlineLink;
        this.agenda = agenda;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
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

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public String getAgenda() {
        return agenda;
    }
}
