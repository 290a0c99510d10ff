package org.hubcycle.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hubcycle.shared.Texts;
import org.springframework.validation.BindingResult;

/**
 * The checks forms share that Bean Validation cannot make: a choice among an enum's options, a GOV.UK
 * date, a time, an amount of money, a blank field. Each failure is a field error with a message code
 * (and arguments), never words written here.
 */
public final class FormValues {

    private static final Pattern TIME =
            Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?", Pattern.CASE_INSENSITIVE);

    private FormValues() {}

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The text as typed without surrounding spaces, or null when nothing was typed. */
    public static String blankToNull(String s) {
        return Texts.blankToNull(s);
    }

    /** The text, or "" for none: to show a stored value again in a form. */
    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The option a select or radio sent, or null with a field error when it is not one of them (a tampered form, say). */
    /**
     * The version of a record an edit form was opened on, from its hidden field: null when there is none to
     * check against (a form from an older page, a client that does not send it).
     */
    public static Long version(String hidden) {
        return hidden != null && hidden.matches("\\d{1,18}") ? Long.valueOf(hidden) : null;
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, BindingResult result) {
        return choice(type, value, field, "choice.invalid", result);
    }

    /** The option a select or radio sent, or null with this field error when none of them was chosen. */
    public static <E extends Enum<E>> E choice(
            Class<E> type, String value, String field, String code, BindingResult result) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, code);
            }
            return null;
        }
    }

    /** A GOV.UK date input as a date; null when all its parts are blank, a field error when it is required or not a real date. */
    public static LocalDate date(GovukDate date, String field, boolean required, String code, BindingResult result) {
        if (date.blank()) {
            if (required) {
                result.rejectValue(field, code);
            }
            return null;
        }
        return date.toDate().orElseGet(() -> {
            result.rejectValue(field, code);
            return null;
        });
    }

    /**
     * Schools' URNs as typed: whole numbers separated by commas, spaces or new lines, each once, at most
     * {@code most} of them; a field error ({@code urns.invalid}, {@code urns.tooMany}) when they are not.
     */
    public static Set<Integer> urns(String typed, String field, int most, BindingResult result) {
        Set<Integer> urns = new LinkedHashSet<>();
        if (blank(typed) || result.hasFieldErrors(field)) {
            return urns;
        }
        for (String part : typed.strip().split("[\\s,;]+")) {
            if (!part.matches("\\d{1,9}")) {
                result.rejectValue(field, "urns.invalid", new Object[] {part}, null);
                return urns;
            }
            urns.add(Integer.valueOf(part));
        }
        if (urns.size() > most) {
            result.rejectValue(field, "urns.tooMany", new Object[] {most}, null);
        }
        return urns;
    }

    /** A time typed as {@code 9:30}, {@code 14:00}, {@code 2pm} or {@code 9.30am}; null when blank. */
    public static LocalTime time(String text, String field, String code, BindingResult result) {
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
        result.rejectValue(field, code);
        return null;
    }

    /**
     * An amount typed in pounds ({@code 150}, {@code £1,250.50}) as pence, from 0 up to {@code maxPounds};
     * blank is 0. Otherwise null, with the field error and its arguments.
     */
    public static Integer pence(
            String pounds, long maxPounds, String field, String code, Object[] arguments, BindingResult result) {
        try {
            BigDecimal value = new BigDecimal(
                    blank(pounds) ? "0" : pounds.strip().replace("£", "").replace(",", ""));
            if (value.signum() < 0 || value.scale() > 2 || value.compareTo(BigDecimal.valueOf(maxPounds)) > 0) {
                throw new NumberFormatException();
            }
            return value.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            result.rejectValue(field, code, arguments, null);
            return null;
        }
    }

    /** Pence as pounds to show in a form: 15000 is "150", 12550 is "125.5". */
    public static String pounds(int pence) {
        return BigDecimal.valueOf(pence, 2).stripTrailingZeros().toPlainString();
    }
}
