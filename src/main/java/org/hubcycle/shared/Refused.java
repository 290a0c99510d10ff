package org.hubcycle.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A business rule stopped an action: which form field is at fault (or null) and what to tell the
 * person, as a message code with its arguments. Thrown inside the action's transaction, so nothing of
 * it is saved. A code that messages do not hold is shown as it is (older rules still give the text).
 */
public class Refused extends RuntimeException {

    private final String field;
    private final transient Object[] arguments;

    public Refused(String field, String code, Object... arguments) {
        super(code);
        this.field = field;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String field() {
        return field;
    }

    /** The message code (or, from an older rule, the message itself). */
    public String code() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** What to tell the person, in their words. */
    public String message(MessageSource messages, Locale locale) {
        String resolved = messages.getMessage(getMessage(), arguments, null, locale);
        return resolved != null ? resolved : getMessage();
    }
}
