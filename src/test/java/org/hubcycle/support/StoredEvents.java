package org.hubcycle.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events in the event publication registry as it leaves them when a listener failed (ADR 0043, 0049), written
 * straight into its table, so a test can say how often and how long ago one was tried.
 */
public final class StoredEvents {

    /** Access's listener that gives a new LLME the role, or invites them. */
    public static final String LLME_ADDED =
            "org.hubcycle.access.accounts.RoleGrants.on(org.hubcycle.leadership.LlmeAdded)";

    private StoredEvents() {}

    /** An LLME the demo hub's lead added, as the registry stores the event. */
    public static String llmeAdded(long hubId, String fullName, String email) {
        return "{\"hubId\":" + hubId + ",\"llmeId\":0,\"fullName\":\"" + fullName + "\",\"email\":\"" + email
                + "\",\"addedBy\":\"" + SignedIn.HUB_LEAD + "\"}";
    }

    /**
     * Stores an event for the listener (the registry's {@code listener_id}) with its JSON, status and attempts;
     * returns its id.
     */
    public static UUID store(
            JdbcTemplate jdbc,
            String listener,
            String eventType,
            String json,
            String status,
            int attempts,
            Instant published,
            Instant lastTried) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,"
                        + " completion_attempts, last_resubmission_date) values (?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                listener,
                eventType,
                json,
                Timestamp.from(published),
                status,
                attempts,
                lastTried == null ? null : Timestamp.from(lastTried));
        return id;
    }
}
