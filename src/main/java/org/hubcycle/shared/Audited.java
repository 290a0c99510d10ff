package org.hubcycle.shared;

/**
 * A named business action to record in the audit log (who, what, when, why). Any module publishes
 * one with Spring's {@code ApplicationEventPublisher} inside the transaction of the action; the
 * access module stores it in that same transaction, taking when from the clock and who from the
 * signed-in user.
 *
 * @param type    a stable dotted name, e.g. {@code login.succeeded}
 * @param hubId   the hub whose record it concerns, or {@code null} for national actions
 * @param subject what was acted on, e.g. a work group's name or a person's email
 * @param detail  why, or what changed; may be {@code null}
 * @param actor   who did it when that is not the signed-in user (someone signing in, say); usually {@code null}
 */
public record Audited(String type, Long hubId, String subject, String detail, String actor) {

    public Audited(String type, Long hubId, String subject, String detail) {
        this(type, hubId, subject, detail, null);
    }
}
