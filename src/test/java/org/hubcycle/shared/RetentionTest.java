package org.hubcycle.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** A year's participants are erased once the year and the given number of full years after it are over. */
class RetentionTest {

    private final Retention sixYears = new Retention(6, Duration.ofDays(90), Duration.ofDays(30), Period.ofYears(3));

    @Test
    void aYearIsDueOnTheFirstDayAfterItsPeriod() {
        // 2019/20 ends on 31 August 2020; six full years after it end on 31 August 2026.
        AcademicYear year = AcademicYear.parse("2019/20");
        assertThat(sixYears.erasedFrom(year)).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(sixYears.lastYearDue(LocalDate.of(2026, 8, 31))).isEqualTo(AcademicYear.parse("2018/19"));
        assertThat(sixYears.lastYearDue(LocalDate.of(2026, 9, 1))).isEqualTo(year);
        assertThat(sixYears.lastYearDue(LocalDate.of(2027, 8, 31))).isEqualTo(year);
        assertThat(new Retention(1, Duration.ofDays(90), Duration.ofDays(30), Period.ofYears(3))
                        .lastYearDue(LocalDate.of(2026, 12, 5)))
                .isEqualTo(AcademicYear.parse("2024/25"));
    }

    @Test
    void aPeriodMustKeepSomething() {
        assertThatThrownBy(() -> new Retention(0, Duration.ofDays(90), Duration.ofDays(30), Period.ofYears(3)))
                .hasMessageContaining("participant-years must be at least 1");
        assertThatThrownBy(() -> new Retention(6, Duration.ZERO, Duration.ofDays(30), Period.ofYears(3)))
                .hasMessageContaining("longer than nothing");
        assertThatThrownBy(() -> new Retention(6, Duration.ofDays(90), Duration.ofDays(30), Period.ofMonths(18)))
                .hasMessageContaining("unused-accounts must be a whole number of years");
    }
}
