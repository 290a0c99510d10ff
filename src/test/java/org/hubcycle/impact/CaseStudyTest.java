package org.hubcycle.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A hub's case studies of a year: written, changed and deleted by its team beside the impact review, read by
 * the national centre, kept as they stand once the review is submitted, and nobody else's to see.
 */
@IntegrationTest
class CaseStudyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Hubs hubs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void theHubWritesCaseStudiesThatStandWithItsSubmittedReview() throws Exception {
        // A year no other test or the demo data writes a review of.
        AcademicYear year = AcademicYear.containing(LocalDate.now(clock))
                .previous()
                .previous()
                .previous()
                .previous();
        String review = "/impact/" + year.slug() + "/demo-maths-hub";
        String add = review + "/case-studies/new";
        List<Integer> urns = jdbc.queryForList(
                "select urn from school where la_code = '881' order by urn fetch first 2 rows only", Integer.class);
        RequestPostProcessor lead = signedIn.as(SignedIn.HUB_LEAD);

        assertThat(html(get(add).with(lead)).select("h1").text()).isEqualTo("Add a case study");
        Document empty = html(post(add).with(csrf()).with(lead));
        assertThat(empty.select(".govuk-error-summary a").eachAttr("href"))
                .as("every missing part, in the form's order")
                .containsExactly(
                        "#setting", "#title", "#schools", "#startingPoint", "#approach", "#outcome", "#evidence");
        assertThat(html(caseStudy(post(add), lead, "Cluster", "999999"))
                        .select(".govuk-error-summary")
                        .text())
                .contains("No school has the URN 999999");
        assertThat(html(caseStudy(post(add), lead, "Cluster", "12a"))
                        .select(".govuk-error-summary")
                        .text())
                .contains("\"12a\" is not one");

        mvc.perform(caseStudy(
                        post(add), lead, "Planning together in the Alder cluster", urns.get(0) + ", " + urns.get(1)))
                .andExpect(redirectedUrl(review + "#case-studies"));
        Document listed = html(get(review).with(lead));
        String page = listed.select("#case-studies ~ ul a").attr("href");
        assertThat(listed.select("#case-studies ~ ul").text())
                .contains("Planning together in the Alder cluster (Primary schools)");

        Document form = html(get(page).with(lead));
        assertThat(form.select("#title").val()).isEqualTo("Planning together in the Alder cluster");
        assertThat(form.select("#schools").val()).isEqualTo(urns.get(0) + ", " + urns.get(1));
        String version = form.select("input[name=version]").val();
        mvc.perform(caseStudy(post(page), lead, "Planning together in the Alder schools", urns.get(0) + "")
                        .param("version", version))
                .andExpect(redirectedUrl(review + "#case-studies"));
        assertThat(html(caseStudy(post(page), lead, "An older copy", urns.get(0) + "")
                                .param("version", version))
                        .select(".govuk-error-summary")
                        .text())
                .contains("Someone else changed the case study");

        RequestPostProcessor staff = signedIn.asStaffOf(hubs.getBySlug("demo-maths-hub"));
        mvc.perform(caseStudy(post(add), staff, "A case study made in error", urns.get(1) + ""))
                .andExpect(redirectedUrl(review + "#case-studies"));
        String mistaken = html(get(review).with(lead))
                .select("#case-studies ~ ul a:contains(made in error)")
                .attr("href");
        assertThat(html(get(mistaken + "/delete").with(staff)).select("h1").text())
                .isEqualTo("Delete the case study A case study made in error?");
        mvc.perform(post(mistaken + "/delete").with(csrf()).with(staff))
                .andExpect(redirectedUrl(review + "#case-studies"));
        mvc.perform(get(mistaken).with(lead)).andExpect(status().isNotFound());

        mvc.perform(get(page).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        mvc.perform(caseStudy(post(page), signedIn.as(SignedIn.HUB_LEAD_2), "Not ours", urns.get(0) + ""))
                .andExpect(status().isNotFound());
        mvc.perform(get(page).with(signedIn.as(SignedIn.WGL))).andExpect(status().isForbidden());
        Document national = html(get(page).with(signedIn.as(SignedIn.NATIONAL)));
        assertThat(national.select("form"))
                .as("the national centre reads it")
                .noneMatch(f -> f.hasAttr("action") && f.attr("action").contains("case-studies"));
        assertThat(national.select("main").text()).contains("Planning together in the Alder schools");
        mvc.perform(caseStudy(post(add), signedIn.as(SignedIn.NATIONAL), "The centre writes", urns.get(0) + ""))
                .andExpect(status().isForbidden());

        mvc.perform(post(review)
                        .with(csrf())
                        .with(lead)
                        .param("observed-PRIMARY", "Teachers plan units together.")
                        .param("evidence-PRIMARY", "Visit notes record the routine.")
                        .param("reflection-PRIMARY", "Small schools cannot plan alone.")
                        .param("finding-0", "Planning together is learned by doing it.")
                        .param("action", "submit"))
                .andExpect(redirectedUrl(review));
        assertThat(html(get(page).with(lead)).select("textarea, input[name=title]"))
                .as("submitted with the review, it cannot change")
                .isEmpty();
        assertThat(html(caseStudy(post(page), lead, "After submission", urns.get(0) + ""))
                        .select(".govuk-error-summary")
                        .text())
                .contains("has been submitted, so its case studies cannot change now");
        mvc.perform(get(add).with(lead)).andExpect(redirectedUrl(review + "#case-studies"));

        byte[] pdf = mvc.perform(get(review + ".pdf").with(lead))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Case studies", "Planning together in the Alder schools", "What changed");
        }
        assertThat(jdbc.queryForList(
                        "select type from audit_event where type like 'impact.case-study-%'"
                                + " and (subject like 'Planning together in the Alder%' or subject = ?) order by id",
                        String.class, "A case study made in error"))
                .containsExactly(
                        "impact.case-study-added",
                        "impact.case-study-changed",
                        "impact.case-study-added",
                        "impact.case-study-deleted");
    }

    private static MockHttpServletRequestBuilder caseStudy(
            MockHttpServletRequestBuilder request, RequestPostProcessor who, String title, String schools) {
        return request.with(csrf())
                .with(who)
                .param("setting", "PRIMARY")
                .param("title", title)
                .param("schools", schools)
                .param("startingPoint", "Each school planned alone.")
                .param("approach", "Leads planned alongside them each half term.")
                .param("outcome", "They now plan their units together.")
                .param("evidence", "Visit notes and the final survey say so.")
                .param("agreed", "yes");
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
