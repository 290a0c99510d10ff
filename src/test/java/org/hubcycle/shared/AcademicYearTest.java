package org.hubcycle.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcademicYearTest {

    @Test
    void readsBothWrittenForms() {
        assertThat(AcademicYear.parse("2023/24")).isEqualTo(new AcademicYear(2023));
        assertThat(AcademicYear.parse(" 2025-26 ")).isEqualTo(new AcademicYear(2025));
        assertThat(AcademicYear.parse("1999/00")).isEqualTo(new AcademicYear(1999));
    }

    @Test
    void writesTheSecondYearInTwoDigits() {
        assertThat(new AcademicYear(2023)).hasToString("2023/24");
        assertThat(new AcademicYear(2009)).hasToString("2009/10");
        assertThat(new AcademicYear(2008)).hasToString("2008/09");
        assertThat(new AcademicYear(1999)).hasToString("1999/00");
        assertThat(new AcademicYear(2008).slug()).isEqualTo("2008-09");
        assertThat(new AcademicYear(2025).slug()).isEqualTo("2025-26");
        for (int start = AcademicYear.FIRST; start <= AcademicYear.LAST; start++) {
            AcademicYear year = new AcademicYear(start);
            assertThat(AcademicYear.parse(year.toString())).isEqualTo(year);
            assertThat(AcademicYear.parse(year.slug())).isEqualTo(year);
        }
    }

    @Test
    void refusesAYearThatIsNotOne() {
        assertThatThrownBy(() -> AcademicYear.parse("2023/25")).hasMessageContaining("does not follow 2023");
        assertThatThrownBy(() -> AcademicYear.parse("23/24")).hasMessageContaining("like 2023/24");
    }

    @Test
    void runsFromSeptemberToAugust() {
        AcademicYear year = new AcademicYear(2023);
        assertThat(AcademicYear.containing(LocalDate.of(2023, 9, 1))).isEqualTo(year);
        assertThat(AcademicYear.containing(LocalDate.of(2024, 8, 31))).isEqualTo(year);
        assertThat(AcademicYear.containing(LocalDate.of(2023, 8, 31))).isEqualTo(year.previous());
        assertThat(year.contains(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(year.toString()).isEqualTo("2023/24");
        assertThat(year.slug()).isEqualTo("2023-24");
        assertThat(AcademicYear.fromTwoDigits(23)).isEqualTo(year);
    }

    @Test
    void termsFollowTheCalendar() {
        assertThat(Term.of(LocalDate.of(2023, 10, 1))).isEqualTo(Term.AUTUMN);
        assertThat(Term.of(LocalDate.of(2024, 3, 31))).isEqualTo(Term.SPRING);
        assertThat(Term.of(LocalDate.of(2024, 4, 1))).isEqualTo(Term.SUMMER);
    }
}
