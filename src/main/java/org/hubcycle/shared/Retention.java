package org.hubcycle.shared;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Hubcycle keeps personal data ({@code hubcycle.retention.*}, ADR 0038). Each module erases its own
 * records on a nightly schedule, and the privacy notice states these periods from here, so the notice and
 * what happens cannot differ.
 *
 * @param participantYears    full academic years a participant's name, email address, job title and TRN are
 *                            kept after the year of their work group ends (its funding claims, invoices and
 *                            certificates are kept as long); the contact details of the people a hub works with
 *                            are kept as long after the last year anything needed them (ADR 0050)
 * @param emails              how long a sent or failed email stays in the outbox
 * @param unconfirmedAccounts how long an account someone asked for, and never confirmed, is kept
 * @param unusedAccounts      how long an account nobody signs in to is kept, in whole years (its person is told a
 *                            month before)
 */
@ConfigurationProperties("hubcycle.retention")
public record Retention(
        @DefaultValue("6") int participantYears,
        @DefaultValue("P90D") Duration emails,
        @DefaultValue("P30D") Duration unconfirmedAccounts,
        @DefaultValue("P3Y") Period unusedAccounts) {

    /** What an erased person's name reads, wherever it was written. */
    public static final String ERASED_NAME = "Name removed";

    public Retention {
        if (participantYears < 1) {
            throw new IllegalArgumentException(
                    "hubcycle.retention.participant-years must be at least 1, not " + participantYears);
        }
        if (emails.isNegative()
                || emails.isZero()
                || unconfirmedAccounts.isNegative()
                || unconfirmedAccounts.isZero()) {
            throw new IllegalArgumentException("hubcycle.retention periods must be longer than nothing");
        }
        if (unusedAccounts.getYears() < 1 || unusedAccounts.getMonths() != 0 || unusedAccounts.getDays() != 0) {
            throw new IllegalArgumentException(
                    "hubcycle.retention.unused-accounts must be a whole number of years, like P3Y, not "
                            + unusedAccounts);
        }
    }

    /**
     * The latest academic year whose participants' personal data is due for erasure on this day: the year that
     * ended {@code participantYears} full years before the current one began.
     */
    public AcademicYear lastYearDue(LocalDate today) {
        return new AcademicYear(AcademicYear.containing(today).startYear() - participantYears - 1);
    }

    /** The first day a year's participants' personal data is erased. */
    public LocalDate erasedFrom(AcademicYear year) {
        return new AcademicYear(year.startYear() + participantYears + 1).firstDay();
    }
}
