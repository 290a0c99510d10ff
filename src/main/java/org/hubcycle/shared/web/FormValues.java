package org.hubcycle.shared.web;

import org.springframework.validation.BindingResult;

/** Small checks forms share that Bean Validation cannot make. */
public final class FormValues {

    private FormValues() {
    }

    /** The option a select or radio sent, or null with a field error when it is not one of them (a tampered form, say). */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, BindingResult result) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, "choice.invalid", "Choose one of the options");
            }
            return null;
        }
    }
}
