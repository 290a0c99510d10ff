package org.hubcycle.shared;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An academic year, 1 September to 31 August, written {@code 2023/24} (and {@code 2023-24} in
 * addresses). An NCP code's two-digit year {@code 23} is the year starting in September 2023.
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})[/-](\\d{2})");

    /** The first and last years Hubcycle knows. */
    static final int FIRST = 1990;

    static final int LAST = 2999;

    public AcademicYear {
        if (startYear < FIRST || startYear > LAST) {
            throw new IllegalArgumentException("An academic year must start between 1990 and 2999, not " + startYear);
        }
    }

    /** Reads {@code 2023/24} or {@code 2023-24}; the second part must be the year after the first. */
    public static AcademicYear parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Write an academic year like 2023/24, not '" + text + "'");
        }
        int start = Integer.parseInt(m.group(1));
        if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an academic year: " + m.group(2) + " does not follow " + start);
        }
        return new AcademicYear(start);
    }

    /** The academic year a date falls in. */
    public static AcademicYear containing(LocalDate date) {
        return new AcademicYear(
                date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** The year an NCP code's two-digit year names, e.g. {@code 23} is 2023/24. */
    public static AcademicYear fromTwoDigits(int yy) {
        return new AcademicYear(2000 + yy);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** Whether the years before and after this one exist too, as every page of a year links to them. */
    public boolean hasNeighbours() {
        return startYear > FIRST && startYear < LAST;
    }

    public AcademicYear next() {
        return new AcademicYear(startYear + 1);
    }

    public AcademicYear previous() {
        return new AcademicYear(startYear - 1);
    }

    /** {@code 2023-24}, for addresses. */
    public String slug() {
        return written('-');
    }

    /** {@code 2023/24}, as people write it. */
    @Override
    public String toString() {
        return written('/');
    }

    /** The year and the next one's last two digits; without a format string, as pages write years in every link. */
    private String written(char separator) {
        int next = (startYear + 1) % 100;
        return startYear + (next < 10 ? separator + "0" : String.valueOf(separator)) + next;
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
