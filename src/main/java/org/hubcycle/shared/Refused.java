package org.hubcycle.shared;

import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

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

    /**
     * Refuses a change sent from a form opened on an earlier version of the record: someone else saved it
     * in between, and saving this one would undo their change unseen. {@code opened} is the version the form
     * was opened on, or null when the caller does not say (the API).
     */
    public static void unlessStill(Long opened, long current, String code, Object... arguments) {
        if (opened != null && opened != current) {
            throw new Refused(null, code, arguments);
        }
    }

    /**
     * Runs a save that someone else may make in the same instant: when theirs committed first (the record's
     * version no longer matched at commit), this one is refused as {@code code}, as a save from a stale form is.
     */
    public static <T> T ifRaced(String code, Supplier<T> save) {
        try {
            return save.get();
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new Refused(null, code);
        }
    }

    public static void ifRaced(String code, Runnable save) {
        ifRaced(code, () -> {
            save.run();
            return null;
        });
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
