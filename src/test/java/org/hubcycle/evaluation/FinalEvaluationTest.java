package org.hubcycle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.support.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A work group's final evaluation: prefilled, written by its lead, accepted by the hub lead, and the same as a PDF. */
class FinalEvaluationTest extends EvaluationFixtures {

    @Test
    void theLeadWritesItTheHubLeadAcceptsItAndThePdfSaysTheSame() throws Exception {
        WorkGroupBrief group = group(AcademicYear.containing(LocalDate.now(clock)), "Development 1");
        String page = "/evaluation/work-groups/" + group.id() + "/final";

        Document empty =
                html(post(page).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("action", "submit"));
        assertThat(empty.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#area-POLICIES");

        mvc.perform(post(page).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)).param("action", "save"))
                .andExpect(status().isNotFound());
        mvc.perform(post(page)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL))
                        .param("area-PRACTICE", "Every teacher now plans with a representation in mind.")
                        .param("recommendations", "Run a second group in the north of the area.")
                        .param("quote", "0", "999")
                        .param("action", "submit"))
                .andExpect(redirectedUrl(page));

        Document submitted = html(get(page).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(submitted.select("main .govuk-tag").first().text()).isEqualTo("Submitted");
        assertThat(submitted.text()).contains("Every teacher now plans with a representation in mind.");
        String version = submitted.select("input[name=version]").first().val();
        mvc.perform(post(page + "/accept")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("version", version))
                .andExpect(status().isNotFound());
        mvc.perform(post(page + "/accept")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("version", version))
                .andExpect(redirectedUrl(page));

        Document accepted = html(get(page).with(signedIn.as(SignedIn.WGL)));
        assertThat(accepted.select("main .govuk-tag").first().text()).isEqualTo("Accepted");
        assertThat(accepted.select("textarea"))
                .as("nothing to change once accepted")
                .isEmpty();
        byte[] pdf = mvc.perform(get(page + ".pdf").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Final evaluation: Development 1", "Accepted")
                    .contains("Every teacher now plans with a representation in mind.")
                    .contains("Run a second group in the north of the area.");
        }
        mvc.perform(get(page + ".pdf").with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(signedIn.as(SignedIn.LLME))).andExpect(status().isForbidden());
    }
}
