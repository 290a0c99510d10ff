package org.hubcycle.delivery.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.hubcycle.delivery.domain.SessionApology;
import org.hubcycle.delivery.internal.DeliveryTerms.Mark;
import org.hubcycle.shared.TimeConfiguration;

/**
 * Apologies a participant sent before a session: sent on the day of the session or the day before, a late
 * cancellation (which may be charged, as the charges page says), otherwise apologies in good time.
 */
public record Apology(Instant sentAt, boolean late, String note) {

    static Apology of(SessionApology sent, LocalDate sessionDate) {
        LocalDate sentOn = LocalDate.ofInstant(sent.getSentAt(), TimeConfiguration.LONDON);
        return new Apology(sent.getSentAt(), !sentOn.isBefore(sessionDate.minusDays(1)), sent.getNote());
    }

    /** The mark the register offers for it. */
    public Mark mark() {
        return late ? Mark.LATE_CANCELLATION : Mark.APOLOGIES;
    }
}
