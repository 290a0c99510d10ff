package org.hubcycle.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.hubcycle.delivery.domain.SessionApology;
import org.hubcycle.delivery.internal.DeliveryTerms.Mark;
import org.junit.jupiter.api.Test;

/** Apologies are late when sent on the session's day or the day before, as the day is in London. */
class ApologyTest {

    private static final LocalDate SESSION = LocalDate.of(2027, 4, 3);

    @Test
    void apologiesSentTwoDaysBeforeAreInGoodTime() {
        Apology apology = sentAt("2027-04-01T22:59:00Z");
        assertThat(apology.late()).isFalse();
        assertThat(apology.mark()).isEqualTo(Mark.APOLOGIES);
    }

    @Test
    void apologiesSentAfterMidnightInLondonOnTheDayBeforeAreLate() {
        Apology apology = sentAt("2027-04-01T23:30:00Z");
        assertThat(apology.late()).as("00:30 on 2 April in British Summer Time").isTrue();
        assertThat(apology.mark()).isEqualTo(Mark.LATE_CANCELLATION);
    }

    @Test
    void apologiesSentOnTheDayAreLate() {
        assertThat(sentAt("2027-04-03T07:00:00Z").late()).isTrue();
    }

    private static Apology sentAt(String instant) {
        return Apology.of(new SessionApology(1, 2, 3, null, Instant.parse(instant)), SESSION);
    }
}
