package org.hubcycle.directory.gias;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;

/** How GIAS writes values: {@code dd-mm-yyyy} dates, "Not applicable" for nothing, fixed vocabularies. */
final class GiasValues {

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    static final Set<String> STATUSES = Set.of("Open", "Closed", "Open, but proposed to close", "Proposed to open");

    static final Set<String> PHASES = Set.of(
            "Not applicable",
            "Nursery",
            "Primary",
            "Middle deemed primary",
            "Secondary",
            "Middle deemed secondary",
            "16 plus",
            "All-through");

    static final Set<String> TYPE_GROUPS = Set.of(
            "Academies",
            "Colleges",
            "Free Schools",
            "Independent schools",
            "Local authority maintained schools",
            "Special schools",
            "Universities",
            "Welsh schools",
            "Other types",
            "Online provider");

    private GiasValues() {}

    /** A row's value could not be used; the message says which column and what was wrong. */
    static final class BadValue extends RuntimeException {
        BadValue(String message) {
            super(message, null, false, false);
        }
    }

    /** The value, or null for an empty cell or GIAS's "Not applicable". */
    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        return value.isEmpty() || value.equalsIgnoreCase("Not applicable") ? null : value;
    }

    static String required(String column, String raw) {
        String value = text(raw);
        if (value == null) {
            throw new BadValue("no " + column);
        }
        return value;
    }

    static Integer integer(String column, String raw) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new BadValue(column + " '" + value + "' is not a whole number");
        }
    }

    static BigDecimal decimal(String column, String raw) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new BadValue(column + " '" + value + "' is not a number");
        }
    }

    static LocalDate date(String column, String raw) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw new BadValue(column + " '" + value + "' is not a date written dd-mm-yyyy");
        }
    }

    /** One of a fixed vocabulary, in which "Not applicable" may itself be a value (a phase, say). */
    static String oneOf(String column, String raw, Set<String> allowed) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new BadValue("no " + column);
        }
        if (!allowed.contains(value)) {
            throw new BadValue(column + " '" + value + "' is not one GIAS uses");
        }
        return value;
    }

    /** Lower case, single spaces and straight apostrophes: what searches compare. */
    static String searchable(String text) {
        return text == null
                ? null
                : text.toLowerCase(Locale.ROOT)
                        .replace('\u2019', '\'')
                        .replaceAll("\\s+", " ")
                        .strip();
    }

    /** Postcodes compare without spaces, upper case. */
    static String postcodeKey(String postcode) {
        return postcode == null ? null : postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
