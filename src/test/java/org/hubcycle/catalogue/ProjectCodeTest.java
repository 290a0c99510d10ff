package org.hubcycle.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hubcycle.catalogue.internal.ProjectCode;
import org.hubcycle.shared.AcademicYear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectCodeTest {

    @ParameterizedTest
    @CsvSource({
        "NCP23-16, NCP23-16",
        "NCP 21-07, NCP21-07",
        "ncp21 - 7, NCP21-07",
        "NCP17-06a, NCP17-06a",
        "NCP17-06A, NCP17-06a"
    })
    void normalisesWrittenForms(String written, String normalised) {
        assertThat(ProjectCode.parse(written).value()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NCP2316", "XYZ23-16", "NCP23-166", "NCP23-16ab"})
    void refusesWhatIsNotACode(String written) {
        assertThatThrownBy(() -> ProjectCode.parse(written)).hasMessageContaining("like NCP23-16");
    }

    @org.junit.jupiter.api.Test
    void theCodeNamesItsAcademicYear() {
        assertThat(ProjectCode.parse("NCP 21-07").year()).isEqualTo(new AcademicYear(2021));
    }
}
