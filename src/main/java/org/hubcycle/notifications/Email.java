package org.hubcycle.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An email to queue: its kind names the template ({@code templates/email/<kind>.txt}) and the subject
 * ({@code email.<kind>.subject} in messages); the model fills the template. Links in a template are
 * written from {@code [(${base})]}, the configured public address of Hubcycle, never from a request.
 *
 * <pre>{@code
 * outbox.queue(Email.of("enrolment.applied").to(contact).hub(hubId).subject(group.name())
 *         .with("school", school.name()).with("status", status.label()));
 * }</pre>
 */
public final class Email {

    private final String kind;
    private String recipient;
    private Long hubId;
    private final List<Object> subjectArguments = new ArrayList<>();
    private final Map<String, Object> model = new LinkedHashMap<>();
    private boolean privateLink;

    private Email(String kind) {
        this.kind = kind;
    }

    /** An email of a kind, e.g. {@code enrolment.applied}. */
    public static Email of(String kind) {
        return new Email(kind);
    }

    public Email to(String recipient) {
        this.recipient = recipient;
        return this;
    }

    /** The hub whose work it is about, or none for national and account emails. */
    public Email hub(Long hubId) {
        this.hubId = hubId;
        return this;
    }

    /** The arguments of the subject's message. */
    public Email subject(Object... arguments) {
        subjectArguments.addAll(List.of(arguments));
        return this;
    }

    public Email with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    /**
     * The email carries a link that works for whoever holds it (confirmation, invitation, password
     * reset): the outbox page does not show its text.
     */
    public Email withPrivateLink() {
        this.privateLink = true;
        return this;
    }

    String kind() {
        return kind;
    }

    String recipient() {
        return recipient;
    }

    Long hubId() {
        return hubId;
    }

    Object[] subjectArguments() {
        return subjectArguments.toArray();
    }

    Map<String, Object> model() {
        return model;
    }

    boolean privateLink() {
        return privateLink;
    }
}
