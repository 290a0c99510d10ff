package org.hubcycle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.shared.Term;
import org.hubcycle.support.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A termly progress report from its prefilled figures to its acceptance, and who may do what on the way. */
class ProgressReportsTest extends EvaluationFixtures {

    @Test
    void aLeadsReportGoesFromPrefilledDraftToAcceptedAndThenCannotChange() throws Exception {
        WorkGroupBrief group = group(year(), "Development 1");
        Term term = Term.of(LocalDate.now(clock).minusDays(14));
        String report = "/evaluation/work-groups/" + group.id() + "/reports/"
                + term.name().toLowerCase(Locale.ROOT);
        long planned = count(
                "select count(*) from delivery_session where work_group_id = ? and session_date between ? and ?",
                group.id(),
                start(term),
                end(term));
        long held = count(
                "select count(*) from delivery_session s where s.work_group_id = ? and s.session_date between ? and ? "
                        + "and exists (select 1 from attendance_mark m where m.session_id = s.id)",
                group.id(),
                start(term),
                end(term));
        assertThat(held)
                .as("the demo's session a fortnight ago has its register")
                .isPositive();

        Document draft = page(report, SignedIn.WGL);
        assertThat(draft.text()).contains(held + " held (register taken) of " + planned + " planned");

        Document blank =
                html(post(report).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("action", "submit"));
        assertThat(blank.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#progress");

        mvc.perform(write(report, SignedIn.HUB_LEAD_2, "submit")).andExpect(status().isNotFound());
        mvc.perform(write(report, SignedIn.HUB_LEAD, "submit")).andExpect(status().isNotFound());
        mvc.perform(write(report, SignedIn.WGL, "submit")).andExpect(redirectedUrl(report));
        assertThat(page(report, SignedIn.WGL).text()).contains("Submitted").contains("As they stood when");
        assertThat(page(report, SignedIn.WGL).select("textarea#progress")).isEmpty();
        assertThat(page(report, SignedIn.WGL).select("input[name=version]"))
                .as("only the hub lead decides")
                .isEmpty();
        assertThat(html(write(report, SignedIn.WGL, "save"))
                        .select(".govuk-error-summary")
                        .text())
                .contains("cannot change now");

        int version = Integer.parseInt(page(report, SignedIn.HUB_LEAD)
                .select("input[name=version]")
                .first()
                .val());
        mvc.perform(post(report + "/accept")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL))
                        .param("version", "" + version))
                .andExpect(status().isNotFound());
        mvc.perform(post(report + "/accept")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("version", "" + version))
                .andExpect(status().isNotFound());
        assertThat(html(post(report + "/return")
                                .with(csrf())
                                .with(signedIn.as(SignedIn.HUB_LEAD))
                                .param("version", "" + version))
                        .select(".govuk-error-summary a")
                        .eachAttr("href"))
                .containsExactly("#comment");
        mvc.perform(post(report + "/return")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("version", "" + version)
                        .param("comment", "Say which schools the visits covered."))
                .andExpect(redirectedUrl(report));
        assertThat(page(report, SignedIn.WGL).select(".govuk-inset-text").text())
                .contains("Say which schools the visits covered.");

        mvc.perform(write(report, SignedIn.WGL, "submit")).andExpect(redirectedUrl(report));
        Document stale = html(post(report + "/accept")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("version", "" + version));
        assertThat(stale.select(".govuk-error-summary").text()).contains("changed while you were looking");
        int current = Integer.parseInt(page(report, SignedIn.HUB_LEAD)
                .select("input[name=version]")
                .first()
                .val());
        mvc.perform(post(report + "/accept")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("version", "" + current))
                .andExpect(redirectedUrl(report));

        assertThat(page(report, SignedIn.HUB_LEAD).text()).contains("Accepted");
        assertThat(html(write(report, SignedIn.WGL, "submit"))
                        .select(".govuk-error-summary")
                        .text())
                .contains("cannot change now");
        assertThat(jdbc.queryForObject(
                        "select figures from progress_report where work_group_id = ? and term = ?",
                        String.class,
                        group.id(),
                        term.name()))
                .contains("\"held\":" + held);
        assertThat(jdbc.queryForList(
                        "select type from audit_event where subject = ? and type like 'evaluation.report-%' order by id",
                        String.class, group.name()))
                .containsSubsequence(
                        "evaluation.report-submitted",
                        "evaluation.report-returned",
                        "evaluation.report-submitted",
                        "evaluation.report-accepted");
    }

    @Test
    void theHubLeadSeesWhichReportsAreMissingOrLate() throws Exception {
        Document list = page("/evaluation/reports?year=" + year().previous().slug(), SignedIn.HUB_LEAD);
        String developmentTwo =
                list.select("tr:has(th:contains(Development 2))").text();
        assertThat(developmentTwo).contains("Accepted").contains("Not started").contains("Late");
        assertThat(list.select("tr:has(th:contains(Development 1))").text()).doesNotContain("Late");
        assertThat(page("/evaluation/reports?year=" + year().previous().slug(), SignedIn.HUB_LEAD_2)
                        .text())
                .doesNotContain("Development 2");
        mvc.perform(get("/evaluation/reports").with(signedIn.as(SignedIn.WGL))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder write(String report, String user, String action) {
        return post(report)
                .with(csrf())
                .with(signedIn.as(user))
                .param("progress", "Every school now plans in small steps.")
                .param("nextSteps", "Visit the two schools that joined late.")
                .param("action", action);
    }

    /** The first day of a term of this academic year: Autumn from September, Spring from January, Summer from April. */
    private LocalDate start(Term term) {
        int y = year().startYear();
        return switch (term) {
            case AUTUMN -> LocalDate.of(y, 9, 1);
            case SPRING -> LocalDate.of(y + 1, 1, 1);
            case SUMMER -> LocalDate.of(y + 1, 4, 1);
        };
    }

    private LocalDate end(Term term) {
        return term == Term.SUMMER
                ? year().lastDay()
                : start(Term.values()[term.ordinal() + 1]).minusDays(1);
    }
}
