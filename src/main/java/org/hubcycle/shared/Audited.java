package org.hubcycle.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named business action to record in the audit log (who, what, when, why). Any module publishes
 * one with Spring's {@code ApplicationEventPublisher} inside the transaction of the action; the
 * access module stores it in that same transaction, taking when from the clock and who from the
 * signed-in user.
 *
 * <p>The detail is stored as a message code with its facts, not as a sentence: the audit page words
 * it when it is read, so the log speaks the same words as the rest of the service.
 *
 * @param type       a stable dotted name, e.g. {@code login.succeeded}; its label is {@code audit.type.<type>}
 * @param hubId      the hub whose record it concerns, or {@code null} for national actions
 * @param subject    what was acted on, by its name: a work group, a school, a person's email
 * @param detailCode the message that words the detail, {@code audit.detail.<type>} unless {@link #worded} chose another
 * @param facts      the message's arguments: names, numbers, dates already formatted, a person's own reason
 * @param actor      who did it when that is not the signed-in user (someone signing in, say); usually {@code null}
 */
public record Audited(String type, Long hubId, String subject, String detailCode, List<String> facts, String actor) {

    /** Where the message codes of audit details start. */
    public static final String DETAIL = "audit.detail.";

    public Audited {
        facts = List.copyOf(facts);
    }

    /** An action whose detail is the message {@code audit.detail.<type>} with these facts ({@code null} as blank). */
    public static Audited of(String type, Long hubId, String subject, Object... facts) {
        List<String> words =
                Arrays.stream(facts).map(fact -> Objects.toString(fact, "")).toList();
        return new Audited(type, hubId, subject, DETAIL + type, words, null);
    }

    /** The same action with its detail worded by another message, for a variant of the type. */
    public Audited worded(String code) {
        return new Audited(type, hubId, subject, code, facts, actor);
    }

    /** The same action, done by someone who is not the signed-in user (yet). */
    public Audited by(String who) {
        return new Audited(type, hubId, subject, detailCode, facts, who);
    }
}
