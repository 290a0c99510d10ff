package org.hubcycle.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A school that chose a hub other than its local authority's, as that hub's lead recorded it. */
@Entity
@Table(name = "school_hub_choice")
public class SchoolHubChoice {

    @Id
    private Integer urn;

    @Column(name = "hub_id", nullable = false)
    private Long hubId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SchoolHubChoice() {}

    public SchoolHubChoice(Integer urn, Long hubId, String reason, String recordedBy, Instant recordedAt) {
        this.urn = urn;
        record(hubId, reason, recordedBy, recordedAt);
    }

    public void record(Long hubId, String reason, String recordedBy, Instant recordedAt) {
        this.hubId = hubId;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getHubId() {
        return hubId;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
