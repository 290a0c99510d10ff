package org.hubcycle.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Work one module had to do after another's change committed (invite a new LLME, send a nominee's invitation, move
 * invitations to a corrected address) that failed every one of its {@link PublicationRetries#ATTEMPTS} attempts.
 * Retries stop there; the national admin sees each such event, tries it again once its cause is fixed, or gives it up
 * after doing by hand what it would have done (ADR 0049). Of each event, only whom it concerns is shown.
 */
@Component
public class HeldChanges {

    /** Held events are the registry's incomplete publications that used up their attempts. */
    private static final String HELD =
            " from event_publication where completion_date is null and completion_attempts >= ?";

    private static final String COLUMNS = "select id, event_type, listener_id, serialized_event, publication_date,"
            + " completion_attempts, last_resubmission_date, status";

    /**
     * One held event: what happened, which listener failed, whom it concerns (the names it holds, or the new address),
     * when, and how often it was tried. {@code underWay} while the national admin's retry runs.
     */
    public record Held(
            UUID id,
            String eventType,
            String listenerId,
            String about,
            Instant madeAt,
            int attempts,
            Instant lastTriedAt,
            boolean underWay) {

        /** The change that happened, in the words of {@code held.change.<event>}. */
        public String change() {
            return words("held.change." + simpleName(eventType), simpleName(eventType));
        }

        /** What was left undone, in the words of {@code held.work.<listener>.<event>}. */
        public String work() {
            String method = listenerId.substring(0, listenerId.indexOf('('));
            String listener = simpleName(method.substring(0, method.lastIndexOf('.')));
            return words("held.work." + listener + "." + simpleName(eventType), listenerId);
        }

        private static String simpleName(String type) {
            return type.substring(type.lastIndexOf('.') + 1);
        }

        /** A listener added without words for it still shows, by its name; {@code HeldChangesTest} asks for words. */
        private static String words(String code, String otherwise) {
            try {
                return Labels.shared(code);
            } catch (MissingResourceException missing) {
                return otherwise;
            }
        }
    }

    private final JdbcTemplate jdbc;
    private final IncompleteEventPublications incomplete;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    HeldChanges(
            JdbcTemplate jdbc,
            IncompleteEventPublications incomplete,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
        this.events = events;
        this.json = json;
    }

    public long count() {
        return jdbc.queryForObject("select count(*)" + HELD, Long.class, PublicationRetries.ATTEMPTS);
    }

    /** The held events, oldest first. */
    public Page<Held> list(Pageable page) {
        List<Held> held = jdbc.query(
                COLUMNS + HELD + " order by publication_date, id limit ? offset ?",
                this::held,
                PublicationRetries.ATTEMPTS,
                page.getPageSize(),
                page.getOffset());
        return PageableExecutionUtils.getPage(held, page, this::count);
    }

    /**
     * Hands a held event to its listener once more, on another thread; if it fails again it stays held. Refused when
     * it is not held (tried or given up by someone else meanwhile) or is being tried now.
     */
    public void retry(UUID id) {
        Held held = heldNow(id);
        // Outside a transaction of ours: the registry marks the event as being tried, and its listener, on another
        // thread, marks it done or failed; neither should wait for a lock this method holds.
        incomplete.resubmitIncompletePublications(
                publication -> publication.getIdentifier().equals(id));
        events.publishEvent(Audited.of("event.retried", null, held.work(), held.change(), held.attempts()));
    }

    /** Forgets a held event for good: what it would have done is left to be done by hand. */
    @Transactional
    public void giveUp(UUID id) {
        Held held = heldNow(id);
        int deleted = jdbc.update(
                "delete from event_publication where id = ? and completion_date is null and status <> 'RESUBMITTED'",
                id);
        if (deleted == 0) {
            throw new Refused(null, "held.gone");
        }
        events.publishEvent(Audited.of("event.given-up", null, held.work(), held.change(), held.attempts()));
    }

    /** The held event with this id, if it is still held. */
    public Optional<Held> find(UUID id) {
        return jdbc.query(COLUMNS + HELD + " and id = ?", this::held, PublicationRetries.ATTEMPTS, id).stream()
                .findFirst();
    }

    private Held heldNow(UUID id) {
        Held held = find(id).orElseThrow(() -> new Refused(null, "held.gone"));
        if (held.underWay()) {
            throw new Refused(null, "held.underWay");
        }
        return held;
    }

    private Held held(ResultSet row, int number) throws SQLException {
        var lastTried = row.getTimestamp("last_resubmission_date");
        return new Held(
                row.getObject("id", UUID.class),
                row.getString("event_type"),
                row.getString("listener_id"),
                about(row.getString("serialized_event")),
                row.getTimestamp("publication_date").toInstant(),
                row.getInt("completion_attempts"),
                lastTried == null ? null : lastTried.toInstant(),
                "RESUBMITTED".equals(row.getString("status")));
    }

    /**
     * Whom a stored event concerns, so the national admin can do its work by hand: the person it names, the people a
     * school nominated, or the address someone moved to. Events are records of names and ids, stored as JSON.
     */
    private String about(String serialized) {
        JsonNode event;
        try {
            event = json.readTree(serialized);
        } catch (JacksonException unreadable) {
            return "";
        }
        if (event.hasNonNull("fullName")) {
            return event.get("fullName").asString();
        }
        if (event.has("nominees")) {
            List<String> names = new ArrayList<>();
            event.get("nominees")
                    .forEach(nominee -> names.add(nominee.path("fullName").asString()));
            return String.join(", ", names);
        }
        return event.path("to").asString("");
    }
}
