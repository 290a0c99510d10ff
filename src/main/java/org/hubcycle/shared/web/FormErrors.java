package org.hubcycle.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hubcycle.shared.Refused;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A form's errors as the GOV.UK error summary and field fragments show them: each error once in
 * the summary, linking to its field, and the first message per field beside that field.
 */
public final class FormErrors {

    /** A line of the error summary: the message and the id of the field it links to. */
    public record ErrorLink(String href, String message) {}

    private static final FormErrors NONE = new FormErrors(List.of(), Map.of());

    private final List<ErrorLink> summary;
    private final Map<String, String> byField;

    private FormErrors(List<ErrorLink> summary, Map<String, String> byField) {
        this.summary = summary;
        this.byField = byField;
    }

    public static FormErrors none() {
        return NONE;
    }

    /** One error for one field, e.g. a business rule that failed after validation passed. */
    public static FormErrors of(String field, String message) {
        return new FormErrors(List.of(new ErrorLink("#" + field, message)), Map.of(field, message));
    }

    /** A refused action's message beside the given field, whichever field the rule named. */
    public static FormErrors of(String field, Refused refused, MessageSource messages, Locale locale) {
        return of(field, refused.message(messages, locale));
    }

    /** A refused action's message beside its field (or at the top of the form when it names none). */
    public static FormErrors of(Refused refused, MessageSource messages, Locale locale) {
        return of(refused.field() == null ? "main-content" : refused.field(), refused.message(messages, locale));
    }

    /** Several errors, each a pair of field and message, in the order given; the first message per field is shown beside it. */
    public static FormErrors of(List<String[]> fieldMessages) {
        List<ErrorLink> summary = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (String[] pair : fieldMessages) {
            if (byField.putIfAbsent(pair[0], pair[1]) == null) {
                summary.add(new ErrorLink("#" + pair[0], pair[1]));
            }
        }
        return new FormErrors(List.copyOf(summary), Map.copyOf(byField));
    }

    /**
     * The errors of a bound form, in the order its fields are declared (a form record's components),
     * whichever check found them first, so the summary reads down the page.
     */
    public static FormErrors of(BindingResult result, MessageSource messages, Locale locale) {
        List<ErrorLink> summary = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> order =
                result.getTarget() != null && result.getTarget().getClass().isRecord()
                        ? Arrays.stream(result.getTarget().getClass().getRecordComponents())
                                .map(RecordComponent::getName)
                                .toList()
                        : List.of();
        List<ObjectError> errors = new ArrayList<>(result.getAllErrors());
        errors.sort(Comparator.comparingInt(e -> {
            int at = e instanceof FieldError f ? order.indexOf(f.getField().replaceAll("[\\[.].*", "")) : -1;
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        for (ObjectError error : errors) {
            String message = message(error, messages, locale);
            String field = error instanceof FieldError fieldError ? fieldError.getField() : null;
            if (field == null) {
                summary.add(new ErrorLink("#main-content", message));
            } else if (byField.putIfAbsent(field, message) == null) {
                summary.add(new ErrorLink("#" + field, message));
            }
        }
        return new FormErrors(List.copyOf(summary), Map.copyOf(byField));
    }

    public boolean any() {
        return !summary.isEmpty();
    }

    public List<ErrorLink> summary() {
        return summary;
    }

    /** Whether any of these fields has an error: a section holding one of them is shown open. */
    public boolean anyOf(Collection<String> names) {
        return names != null && names.stream().anyMatch(byField::containsKey);
    }

    /** The message to show beside a field, or {@code null}. */
    public String field(String name) {
        return byField.get(name);
    }

    /**
     * An error's words: its code's message when messages hold one; otherwise its default message as
     * written (formatted only when it has arguments, so an apostrophe in "the specialist's" survives).
     */
    private static String message(ObjectError error, MessageSource messages, Locale locale) {
        Object[] arguments = error.getArguments();
        boolean plainDefault = error.getDefaultMessage() != null && (arguments == null || arguments.length == 0);
        if (plainDefault && error.getCodes() != null) {
            for (String code : error.getCodes()) {
                String found = messages.getMessage(code, null, null, locale);
                if (found != null) {
                    return found;
                }
            }
            return error.getDefaultMessage();
        }
        return messages.getMessage(error, locale);
    }
}
