package org.hubcycle.shared;

/**
 * A business rule stopped an action: which form field is at fault (or null) and a message that
 * says what to do. Thrown inside the action's transaction, so nothing of it is saved.
 */
public class Refused extends RuntimeException {

    private final String field;

    public Refused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
