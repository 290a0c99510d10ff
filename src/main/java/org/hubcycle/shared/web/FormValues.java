package org.hubcycle.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;

/** Small checks forms share that Bean Validation cannot make. */
public final class FormValues {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?", Pattern.CASE_INSENSITIVE);

    private FormValues() {
    }

    /** The option a select or radio sent, or null with a field error when it is not one of them (a tampered form, say). */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, BindingResult result) {
        return choice(type, value, field, "Choose one of the options", result);
    }

    /** The option a select or radio sent, or null with this field error when none of them was chosen. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message, BindingResult result) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, "choice.invalid", message);
            }
            return null;
        }
    }

    /** A GOV.UK date input's three parts as a date; null when all are blank, a field error when not a real date. */
    public static LocalDate date(String day, String month, String year, String field, boolean required, String message, BindingResult result) {
        if (blank(day) && blank(month) && blank(year)) {
            if (required) {
                result.rejectValue(field, "date.required", message);
            }
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            result.rejectValue(field, "date.invalid", message);
            return null;
        }
    }

    /** A time typed as {@code 9:30}, {@code 14:00}, {@code 2pm} or {@code 9.30am}; null when blank. */
    public static LocalTime time(String text, String field, String message, BindingResult result) {
        if (blank(text)) {
            return null;
        }
        Matcher m = TIME.matcher(text.strip());
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String half = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.UK);
            boolean valid = half == null ? hour <= 23 : hour >= 1 && hour <= 12;
            if (valid && minute <= 59) {
                return LocalTime.of(half == null ? hour : hour % 12 + ("pm".equals(half) ? 12 : 0), minute);
            }
        }
        result.rejectValue(field, "time.invalid", message);
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
