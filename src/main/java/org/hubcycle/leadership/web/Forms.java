package org.hubcycle.leadership.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.validation.BindingResult;

/** What the leadership forms share: years, dates and times as typed, and refusals as form errors. */
final class Forms {

    /** Maths Hubs began in 2014/15: no role or cohort is older. */
    static final int FIRST_YEAR = 2014;

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?", Pattern.CASE_INSENSITIVE);

    private Forms() {
    }

    /** The years a role or cohort can start or end in: from 2014/15 to the year after this one, newest first. */
    static List<AcademicYear> years(AcademicYear current) {
        List<AcademicYear> years = new ArrayList<>();
        for (int y = current.next().startYear(); y >= FIRST_YEAR; y--) {
            years.add(new AcademicYear(y));
        }
        return years;
    }

    /** A year in an address or filter; this year when none is given, 404 when it is not a year. */
    static AcademicYear year(String text, AcademicYear current) {
        if (text == null || text.isBlank()) {
            return current;
        }
        try {
            return AcademicYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Academic year");
        }
    }

    /** A year chosen in a form, or null (with a field error unless it may be left out). */
    static AcademicYear year(String text, String field, boolean required, String message, BindingResult result) {
        if (text == null || text.isBlank()) {
            if (required) {
                result.rejectValue(field, "year.required", message);
            }
            return null;
        }
        try {
            AcademicYear year = AcademicYear.parse(text);
            if (year.startYear() >= FIRST_YEAR) {
                return year;
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the error below
        }
        result.rejectValue(field, "year.invalid", message);
        return null;
    }

    /** A GOV.UK date input's three parts as a date; null when all are blank, a field error when not a real date. */
    static LocalDate date(String day, String month, String year, String field, boolean required, String message, BindingResult result) {
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
    static LocalTime time(String text, String field, String message, BindingResult result) {
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

    static FormErrors errors(Refused refused, String defaultField) {
        return FormErrors.of(refused.field() == null ? defaultField : refused.field(), refused.getMessage());
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
