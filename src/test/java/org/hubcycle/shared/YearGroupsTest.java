package org.hubcycle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The year groups a school teaches, from the statutory ages GIAS gives it, else its phase; and those schools of
 * some phases teach between them, as a visit form offers them.
 */
class YearGroupsTest {

    @Test
    void aSchoolsAgesGiveItsYearGroups() {
        assertThat(YearGroups.forAges(4, 11, "Primary")).first().isEqualTo("Reception");
        assertThat(YearGroups.forAges(4, 11, "Primary")).last().isEqualTo("Year 6");
        assertThat(YearGroups.forAges(4, 7, "Primary")).containsExactly("Reception", "Year 1", "Year 2");
        assertThat(YearGroups.forAges(7, 11, "Primary")).containsExactly("Year 3", "Year 4", "Year 5", "Year 6");
        assertThat(YearGroups.forAges(11, 16, "Secondary"))
                .containsExactly("Year 7", "Year 8", "Year 9", "Year 10", "Year 11");
        assertThat(YearGroups.forAges(11, 18, "Secondary")).last().isEqualTo("Year 13");
    }

    @Test
    void aMiddleSchoolTeachesTheYearsOfItsAgesNotEveryYearAroundTheChange() {
        assertThat(YearGroups.forAges(9, 13, "Middle deemed secondary"))
                .containsExactly("Year 5", "Year 6", "Year 7", "Year 8");
        assertThat(YearGroups.forAges(8, 12, "Middle deemed primary"))
                .containsExactly("Year 4", "Year 5", "Year 6", "Year 7");
    }

    @Test
    void agesOutsideSchoolYearsAreLeftOutAndMissingAgesFallBackToThePhase() {
        assertThat(YearGroups.forAges(2, 19, "Not applicable")).isEqualTo(YearGroups.ALL);
        assertThat(YearGroups.forAges(3, 4, "Nursery")).containsExactly("Reception");
        assertThat(YearGroups.forAges(null, 11, "Primary")).isEqualTo(YearGroups.forPhases(List.of("Primary")));
        assertThat(YearGroups.forAges(2, 3, "Nursery")).containsExactly("Reception");
    }

    @Test
    void schoolsTogetherTeachEveryYearGroupAnyOfThemTeaches() {
        assertThat(YearGroups.union(List.of(YearGroups.forAges(4, 7, "Primary"), YearGroups.forAges(9, 13, null))))
                .containsExactly("Reception", "Year 1", "Year 2", "Year 5", "Year 6", "Year 7", "Year 8");
        assertThat(YearGroups.union(List.of())).isEqualTo(YearGroups.ALL);
    }

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
