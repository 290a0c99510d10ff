package org.hubcycle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A visit form offers the year groups its schools teach, as their GIAS phase says. */
class YearGroupsTest {

    @Test
    void primarySchoolsOfferReceptionToYearSix() {
        assertThat(YearGroups.forPhases(List.of("Primary", "Primary")))
                .containsExactly("Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6");
    }

    @Test
    void aPrimaryAndASecondarySchoolOfferEveryYearInSchoolOrder() {
        assertThat(YearGroups.forPhases(List.of("Secondary", "Primary"))).containsExactlyElementsOf(YearGroups.ALL);
    }

    @Test
    void secondaryAndSixthFormOfferTheirOwnYears() {
        assertThat(YearGroups.forPhases(List.of("Secondary"))).first().isEqualTo("Year 7");
        assertThat(YearGroups.forPhases(List.of("16 plus"))).containsExactly("Year 12", "Year 13");
    }

    @Test
    void anAllThroughSchoolOrAnUnknownPhaseOffersEveryYear() {
        assertThat(YearGroups.forPhases(List.of("All-through"))).hasSize(14);
        assertThat(YearGroups.forPhases(List.of())).hasSize(14);
        assertThat(YearGroups.forPhases(Collections.singletonList(null))).hasSize(14);
    }
}
