package org.hubcycle.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.insights.HubYearFigures;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.notifications.Outbox.View;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A hub's impact review: its team writes it over the year's figures, its lead submits it, the national
 * centre returns it with a comment and then accepts it; nobody outside the hub or the national centre
 * reads or changes it.
 */
@IntegrationTest
class ImpactReviewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Hubs hubs;

    @Autowired
    HubYearFigures figures;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void theHubWritesItsLeadSubmitsAndTheNationalCentreReturnsThenAcceptsIt() throws Exception {
        HubSummary demo = hubs.getBySlug("demo-maths-hub");
        // A year the demo data leaves alone: it has reviews of the last two.
        AcademicYear year = thisYear().previous().previous().previous();
        String page = "/impact/" + year.slug() + "/demo-maths-hub";

        Document empty = html(get(page).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(empty.select("main .govuk-tag").first().text()).isEqualTo("Not started");
        HubYearFigures.Share primary =
                HubScope.asSystem(() -> figures.of(year, demo)).phases().get(0).share();
        assertThat(empty.select("#question-PRIMARY ~ p").first().text())
                .as("each phase's setting quotes its engagement, as insights counts it")
                .contains("Primary schools: " + primary.engaged() + " of " + primary.schools() + " engaged");
        assertThat(empty.select("a[href*=/insights/schools]").first().attr("href"))
                .contains("hub=demo-maths-hub", "by=phase", "group=Primary", "engaged=true");

        RequestPostProcessor staff = signedIn.asStaffOf(demo);
        mvc.perform(post(page)
                        .with(csrf())
                        .with(staff)
                        .param("observed-PRIMARY", "Teachers plan units together.")
                        .param("action", "save"))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page).with(csrf()).with(staff).param("action", "submit"))
                .andExpect(status().isForbidden());

        Document incomplete = html(post(page)
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("version", version(page))
                .param("observed-PRIMARY", "Teachers plan units together.")
                .param("implications-1", "Plan with them next year.")
                .param("action", "submit"));
        assertThat(incomplete.select(".govuk-error-summary a").eachAttr("href"))
                .as("implications need their theme, in the row they are shown in again")
                .containsExactly("#finding-0");
        assertThat(incomplete.select("#implications-0").text()).isEqualTo("Plan with them next year.");

        Document noEvidence = html(post(page)
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("version", version(page))
                .param("observed-PRIMARY", "Teachers plan units together.")
                .param("finding-0", "Planning together is learned by doing it.")
                .param("action", "submit"));
        assertThat(noEvidence.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#evidence-PRIMARY");
        assertThat(noEvidence.select(".govuk-error-summary").text())
                .contains("Enter the evidence of impact for Primary schools");

        mvc.perform(post(page)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("version", version(page))
                        .param("focus-PRIMARY", "Small rural schools")
                        .param("observed-PRIMARY", "Teachers plan units together.")
                        .param("evidence-PRIMARY", "Visit notes record the routine in each school.")
                        .param("reflection-PRIMARY", "Small schools cannot plan alone.")
                        .param("finding-0", "Planning together is learned by doing it.")
                        .param("implications-0", "Plan in every session next year.")
                        .param("action", "submit"))
                .andExpect(redirectedUrl(page));

        View received = lastEmailTo(SignedIn.NATIONAL);
        assertThat(received.subject()).isEqualTo("Demo Maths Hub has submitted the impact review of " + year);
        assertThat(received.body()).contains(page);
        Document submitted = html(get(page).with(signedIn.as(SignedIn.NATIONAL)));
        assertThat(submitted.select("main .govuk-tag").first().text()).isEqualTo("Submitted");
        assertThat(submitted.select("textarea[name^=observed]"))
                .as("the national centre reads it")
                .isEmpty();
        assertThat(submitted.text())
                .contains("Small rural schools", "Visit notes record the routine in each school.")
                .contains("Planning together is learned by doing it.", "Plan in every session next year.")
                .contains("As they stood when the review was submitted.");
        assertThat(html(get("/impact?year=" + year.slug()).with(signedIn.as(SignedIn.NATIONAL)))
                        .select("tr:has(a[href=" + page + "]) .govuk-tag")
                        .text())
                .isEqualTo("Submitted");

        String version =
                submitted.select("form[action$=/accept] input[name=version]").val();
        mvc.perform(post(page + "/accept")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("version", version))
                .andExpect(status().isForbidden());
        Document blank = html(post(page + "/return")
                .with(csrf())
                .with(signedIn.as(SignedIn.NATIONAL))
                .param("version", version)
                .param("comment", " "));
        assertThat(blank.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#comment");
        mvc.perform(post(page + "/return")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL))
                        .param("version", version)
                        .param("comment", "Say what the pupils' work showed."))
                .andExpect(redirectedUrl(page));
        View returned = lastEmailTo(SignedIn.HUB_LEAD);
        assertThat(returned.subject()).isEqualTo("Your impact review of " + year + ": returned to change");
        assertThat(returned.body()).contains("Say what the pupils' work showed.", page);

        Document again = html(get(page).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(again.select(".govuk-inset-text").text()).contains("Say what the pupils' work showed.");
        assertThat(again.select("#evidence-PRIMARY").text())
                .isEqualTo("Visit notes record the routine in each school.");
        mvc.perform(post(page)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("version", version(page))
                        .param("observed-PRIMARY", "Teachers plan units together.")
                        .param("evidence-PRIMARY", "Pupils' books show the same small steps in each school.")
                        .param("reflection-PRIMARY", "Small schools cannot plan alone.")
                        .param("finding-0", "Planning together is learned by doing it.")
                        .param("action", "submit"))
                .andExpect(redirectedUrl(page));

        Document stale = html(post(page + "/accept")
                .with(csrf())
                .with(signedIn.as(SignedIn.NATIONAL))
                .param("version", version));
        assertThat(stale.select(".govuk-error-summary").text()).contains("changed while you were looking");
        mvc.perform(post(page + "/accept")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL))
                        .param("version", version(page, SignedIn.NATIONAL)))
                .andExpect(redirectedUrl(page));
        assertThat(lastEmailTo(SignedIn.HUB_LEAD).subject()).isEqualTo("Your impact review of " + year + ": accepted");
        Document accepted = html(get(page).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(accepted.select("main .govuk-tag").first().text()).isEqualTo("Accepted");
        assertThat(accepted.select("textarea"))
                .as("nothing to change once accepted")
                .isEmpty();
        assertThat(accepted.text()).contains("Pupils' books show the same small steps in each school.");
        byte[] pdf = mvc.perform(get(page + ".pdf").with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .as("the PDF says what the page says")
                    .contains("Impact review " + year, "Demo Maths Hub", "Accepted")
                    .contains("Pupils' books show the same small steps in each school.")
                    .contains("Planning together is learned by doing it.")
                    .contains("Primary schools: " + primary.engaged() + " of " + primary.schools() + " engaged");
        }
        mvc.perform(get(page + ".pdf").with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        mvc.perform(post(page)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("observed-PRIMARY", "Something else.")
                        .param("action", "save"))
                .andExpect(status().isOk());
        assertThat(html(get(page).with(signedIn.as(SignedIn.HUB_LEAD))).text()).doesNotContain("Something else.");

        assertThat(jdbc.queryForList(
                        "select type from audit_event where subject = ? and type like 'impact.%' and hub_id = ?"
                                + " order by id",
                        String.class, year.toString(), demo.id()))
                .containsExactly(
                        "impact.review-submitted",
                        "impact.review-returned",
                        "impact.review-submitted",
                        "impact.review-accepted");
    }

    @Test
    void anotherHubAndOtherRolesFindNothing() throws Exception {
        String page = "/impact/" + thisYear().previous().slug() + "/demo-maths-hub";
        mvc.perform(get(page).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        mvc.perform(post(page)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("observed-PRIMARY", "Not ours.")
                        .param("action", "save"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/impact?hub=demo-maths-hub").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/impact").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(redirectedUrl("/impact/" + thisYear().previous().slug() + "/northfield-maths-hub"));
        for (String role : List.of(SignedIn.WGL, SignedIn.LLME, SignedIn.SCHOOL, SignedIn.PARTICIPANT)) {
            mvc.perform(get(page).with(signedIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/impact").with(signedIn.as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(post(page)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL))
                        .param("observed-PRIMARY", "The centre writes.")
                        .param("action", "save"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/impact/" + thisYear().next().slug() + "/demo-maths-hub")
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isNotFound());
        mvc.perform(get(page)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theEarliestYearsAnswerWithoutFault() throws Exception {
        assertThat(html(get("/impact/1991-92/demo-maths-hub").with(signedIn.as(SignedIn.HUB_LEAD)))
                        .select("h1")
                        .text())
                .isEqualTo("Impact review 1991/92");
        assertThat(html(get("/impact?year=1991-92").with(signedIn.as(SignedIn.NATIONAL)))
                        .select("h1")
                        .text())
                .isEqualTo("Impact reviews 1991/92");
        // The first year there is has no year before it to link to: not found, as on every page of a year.
        mvc.perform(get("/impact/1990-91/demo-maths-hub").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/impact/garbage/demo-maths-hub").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theHomePageAsksForLastYearsReviewUntilItReachesTheNationalCentre() throws Exception {
        assertThat(html(get("/").with(signedIn.as(SignedIn.HUB_LEAD)))
                        .select(".govuk-task-list a[href=/impact]")
                        .text())
                .as("the demo hub's review of last year is a draft")
                .contains("impact review");
        assertThat(html(get("/").with(signedIn.as(SignedIn.HUB_LEAD_2))).select(".govuk-task-list a[href=/impact]"))
                .as("Northfield's is submitted")
                .isEmpty();
        Document list = html(get("/impact").with(signedIn.as(SignedIn.NATIONAL)));
        assertThat(list.select("h1").text())
                .isEqualTo("Impact reviews " + thisYear().previous());
        // The demo's two hubs, and any a test added.
        int hubs = jdbc.queryForObject("select count(*) from hub", Integer.class);
        assertThat(list.text()).contains("1 of " + hubs + " hubs have submitted their review");
        assertThat(list.select("tr:has(a:contains(Northfield)) .govuk-tag").text())
                .isEqualTo("Submitted");
        assertThat(list.select("tr:has(a:contains(Demo Maths Hub)) .govuk-tag").text())
                .isEqualTo("Draft");
    }

    private AcademicYear thisYear() {
        return AcademicYear.containing(LocalDate.now(clock));
    }

    private String version(String page) throws Exception {
        return version(page, SignedIn.HUB_LEAD);
    }

    private String version(String page, String user) throws Exception {
        return html(get(page).with(signedIn.as(user)))
                .select("input[name=version]")
                .first()
                .val();
    }

    private View lastEmailTo(String email) {
        return HubScope.asSystem(() -> outbox.list(email, PageRequest.of(0, 1)))
                .getContent()
                .get(0);
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
