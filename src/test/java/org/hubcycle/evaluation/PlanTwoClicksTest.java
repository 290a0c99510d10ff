package org.hubcycle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.support.RunningServerTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Remove" on a plan's question, sent twice (a double click without JavaScript, or a second person a moment
 * later), takes out the question chosen and nothing more: the second is refused, and the plan's page says
 * why, through the real session a browser would carry the message in.
 */
class PlanTwoClicksTest extends RunningServerTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aSecondRemoveTakesOutNothingMoreAndThePlanSaysWhy() throws Exception {
        String code = jdbc.queryForObject(
                "select max(code) from project where academic_year = ?",
                String.class,
                AcademicYear.containing(LocalDate.now(clock)).startYear());
        String plan = "/evaluation/projects/" + code + "/plan";
        WebSession national = signedIn(SignedIn.NATIONAL, "demo");
        List<String> texts = List.of("The gap tasks fitted my timetable.", "My pupils explained more.");
        for (String text : texts) {
            assertThat(national.post(
                                    plan + "/questions/new",
                                    plan + "/questions/new",
                                    Map.of("kind", "AGREEMENT", "text", text, "area", "PRACTICE", "surveys", "FINAL"))
                            .statusCode())
                    .isEqualTo(302);
        }
        int position = questions(national, plan).indexOf(texts.get(0)) + 1;
        String remove = plan + "/questions/" + position + "/remove";

        for (int click = 0; click < 2; click++) {
            HttpResponse<String> removed = national.post(plan, remove, Map.of("was", texts.get(0)));
            assertThat(removed.headers().firstValue("Location")).hasValue(url(plan));
            Document after = Jsoup.parse(national.get(plan).body());
            if (click == 0) {
                assertThat(after.select(".govuk-notification-banner--success")).hasSize(1);
                assertThat(after.select(".govuk-error-summary")).isEmpty();
            } else {
                assertThat(after.select(".govuk-error-summary").text())
                        .contains("There is a problem", "question " + position + " is no longer the one you chose");
            }
        }
        assertThat(questions(national, plan))
                .as("the question that moved up into its place is kept")
                .contains(texts.get(1))
                .doesNotContain(texts.get(0));
    }

    private static List<String> questions(WebSession session, String plan) throws Exception {
        return Jsoup.parse(session.get(plan).body()).select("input[name=was]").eachAttr("value");
    }
}
