package org.hubcycle.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import org.hubcycle.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Years in forms bind to AcademicYear: one that is not a year, or older than the hubs, is named beside its field. */
@IntegrationTest
class YearFieldsTest extends LeadershipFixtures {

    @Test
    void aYearThatIsNotOneIsRefusedBesideItsField() throws Exception {
        Document notAYear = submit("/llmes/cohorts", "phase", "PRIMARY", "number", "97", "startYear", "twenty twenty");
        assertThat(notAYear.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#startYear");
        assertThat(notAYear.select("#startYear-error").text()).contains("Choose a year from the list, like 2026/27");

        Document tooOld = submit("/llmes/cohorts", "phase", "PRIMARY", "number", "97", "startYear", "2001/02");
        assertThat(tooOld.select("#startYear-error").text()).contains("Choose the year the cohort began training");
    }
}
