package org.hubcycle.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The schools to recruit: the hub's schools that completed no work group in the years chosen, each with
 * the last year it did; one that completed last year is not among last year's, and is among this year's
 * with last year beside it. Another hub's list is not found, and other roles are refused.
 */
@IntegrationTest
class RecruitTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void listsTheHubsSchoolsThatHaveNotCompletedAWorkGroupLately() throws Exception {
        AcademicYear thisYear = AcademicYear.containing(LocalDate.now(clock));
        AcademicYear last = thisYear.previous();
        RequestPostProcessor lead = signedIn.as(SignedIn.HUB_LEAD);

        Document lastYears = html("/insights/recruit?year=" + last.slug() + "&quiet=1", lead);
        assertThat(lastYears.select("h1").text()).isEqualTo("Schools to recruit");
        assertThat(lastYears.select("#recruit-count").text()).matches("\\d[\\d,]* schools");
        List<String> lastYearsCsv = csv("/insights/recruit.csv?year=" + last.slug() + "&quiet=1", lead);
        assertThat(lastYearsCsv.get(0))
                .contains("URN,School,Phase,Local authority,Type of school,Trust,Last completed a work group");
        assertThat(lastYearsCsv).hasSize((int) count(lastYears) + 1);
        List<Integer> listed = urns(lastYearsCsv);
        assertThat(completedIn(last, listed))
                .as("no school listed completed a work group last year")
                .isZero();

        // This year's list, one year quiet: the schools that last completed a work group last year.
        List<Integer> engagedLastYear =
                urns(csv("/insights/recruit.csv?year=" + thisYear.slug() + "&quiet=1", lead).stream()
                        .filter(row -> row.endsWith("," + last))
                        .toList());
        assertThat(engagedLastYear)
                .as("the demo hub's schools that completed last year")
                .isNotEmpty();
        assertThat(completedIn(last, engagedLastYear))
                .as("each completed last year itself, or through the closed school it succeeded")
                .isEqualTo(engagedLastYear.size());
        assertThat(jdbc.queryForObject(
                        "select count(distinct school_urn) from enrolment where status = 'COMPLETED' and academic_year = ?"
                                + " and school_urn in ("
                                + String.join(
                                        ",",
                                        engagedLastYear.stream()
                                                .map(String::valueOf)
                                                .toList()) + ")",
                        Integer.class,
                        last.startYear()))
                .as("the demo has one school whose closed predecessor completed last year, and it is counted")
                .isLessThan(engagedLastYear.size());
        assertThat(listed).doesNotContainAnyElementsOf(engagedLastYear);
        assertThat(urns(csv("/insights/recruit.csv?year=" + thisYear.slug() + "&quiet=3", lead)))
                .doesNotContainAnyElementsOf(engagedLastYear);

        Document secondary = html("/insights/recruit?year=" + last.slug() + "&phase=Secondary&quiet=10", lead);
        assertThat(secondary.select("tbody tr td:nth-child(2)").eachText())
                .allMatch(phase -> phase.equals("Secondary"));
        assertThat(secondary.select("tbody tr td:nth-child(4)").eachText())
                .allMatch(when -> when.equals("Not in the ten years"));
        assertThat(html("/insights?year=" + last.slug(), lead).select("a[href^=/insights/recruit]"))
                .hasSize(1);

        mvc.perform(get("/insights/recruit?hub=demo-maths-hub").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/insights/recruit.csv?hub=demo-maths-hub").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        assertThat(html("/insights/recruit?hub=demo-maths-hub&year=" + last.slug(), signedIn.as(SignedIn.NATIONAL))
                        .select("#recruit-count")
                        .text())
                .isEqualTo(lastYears.select("#recruit-count").text());
        for (String role : List.of(SignedIn.SCHOOL, SignedIn.WGL, SignedIn.PARTICIPANT)) {
            mvc.perform(get("/insights/recruit").with(signedIn.as(role))).andExpect(status().isForbidden());
        }
    }

    /** How many of these schools completed a work group in the year, themselves or as a school they succeeded. */
    private int completedIn(AcademicYear year, List<Integer> urns) {
        String completed = "select 1 from enrolment e where e.status = 'COMPLETED' and e.academic_year = ?";
        return jdbc.queryForObject(
                "select count(*) from school s where s.urn in ("
                        + String.join(",", urns.stream().map(String::valueOf).toList())
                        + ") and (exists (" + completed + " and e.school_urn = s.urn)"
                        + " or exists (select 1 from school_link l where l.urn = s.urn and l.link_type like 'Predecessor%'"
                        + " and exists (" + completed + " and e.school_urn = l.link_urn)))",
                Integer.class,
                year.startYear(),
                year.startYear());
    }

    /** The URNs of a downloaded list's rows (its header left out). */
    private static List<Integer> urns(List<String> rows) {
        return rows.stream()
                .filter(row -> !row.startsWith("URN,"))
                .map(row -> Integer.valueOf(row.substring(0, row.indexOf(','))))
                .toList();
    }

    private static long count(Document page) {
        return Long.parseLong(page.select("#recruit-count").text().replaceAll("[^0-9]", ""));
    }

    private Document html(String path, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private List<String> csv(String path, RequestPostProcessor who) throws Exception {
        String body = mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Arrays.stream(body.replace("\uFEFF", "").split("\r?\n")).toList();
    }
}
