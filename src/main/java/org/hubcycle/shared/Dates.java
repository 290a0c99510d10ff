package org.hubcycle.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates and times as Hubcycle shows them: {@code 14 July 2017}, {@code 14 July 2017 at 9:05am}, in Europe/London.
 * Templates call it as {@code #format}.
 */
@Component
public class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("ha", Locale.UK);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A time of day, like {@code 9:30am}; with an end time, {@code 9:30am to 3pm}. Empty without a start. */
    public String times(LocalTime start, LocalTime end) {
        if (start == null) {
            return "";
        }
        return end == null ? time(start) : Labels.shared("dates.time-range", time(start), time(end));
    }

    private static String time(LocalTime time) {
        return (time.getMinute() == 0 ? HOUR : TIME).format(time).toLowerCase(Locale.UK);
    }

    /** The day of an instant in London, like {@code 14 July 2017}; empty for none. */
    public String day(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(TimeConfiguration.LONDON));
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(TimeConfiguration.LONDON);
        return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }
}
