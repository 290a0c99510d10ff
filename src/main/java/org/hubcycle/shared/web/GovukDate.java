package org.hubcycle.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a GOV.UK date input sends: day, month and year as typed. {@link #blank()} when nothing was
 * typed; {@link #toDate()} is empty when the parts do not make a real date.
 */
public record GovukDate(String day, String month, String year) {

    public boolean blank() {
        return FormValues.blank(day) && FormValues.blank(month) && FormValues.blank(year);
    }

    public Optional<LocalDate> toDate() {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The parts of a date, to show it again in a form. */
    public static GovukDate of(LocalDate date) {
        return date == null
                ? new GovukDate("", "", "")
                : new GovukDate(
                        String.valueOf(date.getDayOfMonth()),
                        String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }
}
