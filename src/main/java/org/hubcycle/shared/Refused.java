package org.hubcycle.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * A business rule stopped an action: which form field is at fault (or null) and what to tell the
 * person, as a message code with its arguments. Thrown inside the action's transaction, so nothing of
 * it is saved. It is itself resolvable, so one refusal can be an argument of another ("nothing
 * changed: {1}").
 */
public class Refused extends RuntimeException implements MessageSourceResolvable {

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

    /** The same refusal, beside another field. */
    public Refused on(String otherField) {
        return new Refused(otherField, getMessage(), arguments);
    }

    /** The message code. */
    public String code() {
        return getMessage();
    }

    @Override
    public String[] getCodes() {
        return new String[] {getMessage()};
    }

    @Override
    public Object[] getArguments() {
        return arguments();
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** What to tell the person, in their words. */
    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage(this, locale);
    }
}
