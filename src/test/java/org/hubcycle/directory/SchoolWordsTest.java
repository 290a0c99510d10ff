package org.hubcycle.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hubcycle.directory.domain.SchoolWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolWordsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "St Mary's C of E (VA) Primary | st marys c of e va primary",
                "ST MARY’S, Stoke-on-Trent     | st marys stoke on trent",
                "École Sainte-Hélène           | ecole sainte helene",
                "Year 7 & 8 Centre 2           | year 7 8 centre 2",
                "Ash Ash ash                   | ash",
                "' % _ -                       | \"\"",
            })
    void cutsNamesIntoPlainLowerCaseWords(String text, String words) {
        assertThat(String.join(" ", SchoolWords.of(text))).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"60", "61", "200"})
    void cutsAWordToWhatTheTableHolds(int length) {
        assertThat(SchoolWords.of("a".repeat(length)))
                .singleElement()
                .asString()
                .hasSize(Math.min(length, 60));
    }

    @Test
    void aSearchLeadsWithItsRarestWord() {
        Map<String, Long> common = Map.of("st", 3000L, "stoke", 500L, "primary", 20_000L, "school", 15_000L);
        assertThat(Schools.searchOrder(new LinkedHashSet<>(List.of("st", "mary", "primary")), common))
                .containsExactly("mary", "st", "primary");
        assertThat(Schools.searchOrder(new LinkedHashSet<>(List.of("sto", "ash")), common))
                .as("'sto' begins 'stoke', which 500 schools have")
                .containsExactly("ash", "sto");
        assertThat(Schools.searchOrder(new LinkedHashSet<>(List.of("ash", "grove", "x")), Map.of()))
                .as("with nothing common, the longest first")
                .containsExactly("grove", "ash", "x");
        assertThat(Schools.searchOrder(
                        new LinkedHashSet<>(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")), Map.of()))
                .hasSize(8);
    }
}
