package org.hubcycle.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** A charge the hub chose not to make, and why: a school's for a session, or one participant's (0: the whole school). */
@Entity
@Table(name = "charge_waiver")
@Filter(name = HubScope.FILTER)
public class ChargeWaiver extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "school_urn", nullable = false)
    private Integer schoolUrn;

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "waived_by", nullable = false, length = 254)
    private String waivedBy;

    @Column(name = "waived_at", nullable = false)
    private Instant waivedAt;

    protected ChargeWaiver() {}

    public ChargeWaiver(
            long hubId,
            long sessionId,
            int schoolUrn,
            long participantId,
            String reason,
            String waivedBy,
            Instant waivedAt) {
        super(hubId);
        this.sessionId = sessionId;
        this.schoolUrn = schoolUrn;
        this.participantId = participantId;
        this.reason = reason;
        this.waivedBy = waivedBy;
        this.waivedAt = waivedAt;
    }

    /** The charge it waives, as {@code session/urn/participant}. */
    public String key() {
        return sessionId + "/" + schoolUrn + "/" + participantId;
    }

    public String getReason() {
        return reason;
    }

    public String getWaivedBy() {
        return waivedBy;
    }
}
