package org.hubcycle.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A private calendar address: whoever has the token can read the sessions of one work group or one participant. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    public static final String WORK_GROUP = "WORK_GROUP";
    public static final String PARTICIPANT = "PARTICIPANT";

    @Id
    @Column(length = 64)
    private String token;

    @Column(nullable = false, length = 12)
    private String kind;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "hub_id", nullable = false)
    private Long hubId;

    protected CalendarFeed() {}

    public CalendarFeed(String token, String kind, long subjectId, long hubId) {
        this.token = token;
        this.kind = kind;
        this.subjectId = subjectId;
        this.hubId = hubId;
    }

    public String getToken() {
        return token;
    }

    public String getKind() {
        return kind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Long getHubId() {
        return hubId;
    }
}
