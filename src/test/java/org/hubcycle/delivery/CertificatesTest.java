package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A participant whose school completed a work group downloads a certificate of participation, with the
 * sessions they attended; before completion there is none, and nobody else gets theirs.
 */
class CertificatesTest extends DeliveryFixtures {

    @Test
    void aParticipantGetsACertificateOnceTheirSchoolCompletedAndOnlyTheirOwn() throws Exception {
        DemoPlace place = demoPlace();
        String status =
                jdbc.queryForObject("select status from enrolment where id = ?", String.class, place.enrolment());
        String certificate = "/my-sessions/certificates/" + place.participant() + ".pdf";

        String group = "/delivery/work-groups/" + place.workGroup();
        assertThat(myCertificates()).as("a place not yet completed has none").isEmpty();
        mvc.perform(get(certificate).with(signedIn.as(PARTICIPANT))).andExpect(status().isNotFound());
        assertThat(page(group, SignedIn.WGL).select("#certificates")).isEmpty();

        jdbc.update("update enrolment set status = 'COMPLETED' where id = ?", place.enrolment());
        try {
            assertThat(myCertificates()).containsExactly(certificate);
            byte[] pdf = mvc.perform(get(certificate).with(signedIn.as(PARTICIPANT)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("application/pdf"))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            long present = jdbc.queryForObject(
                    "select count(*) from attendance_mark where participant_id = ? and mark = 'PRESENT'",
                    Long.class,
                    place.participant());
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text)
                        .contains(
                                "Certificate of participation",
                                "Ayesha Brook",
                                "took part in Development 1",
                                "run by Demo Maths Hub",
                                "They attended " + (present == 0 ? "none" : present) + " of the "
                                        + held(place.workGroup()) + " session");
            }

            long other = jdbc.queryForObject(
                    "select min(id) from participant where enrolment_id <> ? and replaced_at is null",
                    Long.class,
                    place.enrolment());
            mvc.perform(get("/my-sessions/certificates/" + other + ".pdf").with(signedIn.as(PARTICIPANT)))
                    .andExpect(status().isNotFound());
            for (String who : List.of(SignedIn.SCHOOL, SignedIn.HUB_LEAD, SignedIn.WGL)) {
                mvc.perform(get(certificate).with(signedIn.as(who))).andExpect(status().isForbidden());
            }

            // The group's leads print every certificate of the schools that completed, one a page.
            String all = page(group, SignedIn.WGL).select("#certificates").attr("href");
            assertThat(all).isEqualTo(group + "/certificates.pdf");
            byte[] pages = mvc.perform(get(all).with(signedIn.as(SignedIn.WGL)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            long named = jdbc.queryForObject(
                    "select count(*) from participant where enrolment_id = ? and replaced_at is null",
                    Long.class,
                    place.enrolment());
            try (PDDocument document = Loader.loadPDF(pages)) {
                assertThat(document.getNumberOfPages()).isEqualTo((int) named);
                assertThat(new PDFTextStripper().getText(document)).contains("Ayesha Brook");
            }
            mvc.perform(get(all).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
            for (String who : List.of(SignedIn.PARTICIPANT, SignedIn.SCHOOL)) {
                mvc.perform(get(all).with(signedIn.as(who))).andExpect(status().isForbidden());
            }
        } finally {
            jdbc.update("update enrolment set status = ? where id = ?", status, place.enrolment());
        }
    }

    @Test
    void anyoneChecksACertificateByItsCodeAndLearnsWhenItNoLongerStands() throws Exception {
        DemoPlace place = demoPlace();
        String status =
                jdbc.queryForObject("select status from enrolment where id = ?", String.class, place.enrolment());
        jdbc.update("update enrolment set status = 'COMPLETED' where id = ?", place.enrolment());
        try {
            String hint = page("/my-sessions", PARTICIPANT)
                    .select("#certificates + ul .govuk-hint")
                    .text();
            Matcher printed =
                    Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(hint);
            assertThat(printed.find()).as(hint).isTrue();
            String code = printed.group();
            assertThat(hint).contains("/certificates/" + code);
            byte[] pdf = mvc.perform(get("/my-sessions/certificates/" + place.participant() + ".pdf")
                            .with(signedIn.as(PARTICIPANT)))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", ""))
                        .as("the code is printed on the certificate, the same each time it is printed")
                        .contains("/certificates/" + code);
            }
            mvc.perform(get("/delivery/work-groups/" + place.workGroup() + "/certificates.pdf")
                            .with(signedIn.as(SignedIn.WGL)))
                    .andExpect(status().isOk());
            assertThat(jdbc.queryForObject(
                            "select code from issued_certificate where participant_id = ?",
                            String.class,
                            place.participant()))
                    .isEqualTo(code.replace("-", ""));

            Document valid = check("/certificates/" + code, 200);
            assertThat(valid.select("#result .govuk-tag").text()).isEqualTo("Valid");
            assertThat(valid.select("#result").text())
                    .contains("Ayesha Brook", "Development 1", "Demo Maths Hub", "Attendance");

            String typed = code.toLowerCase().replace("-", " ").replace('0', 'o');
            String checked = mvc.perform(
                            get("/certificates").param("code", typed).with(anonymous()))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            assertThat(check(checked, 200).select("#result .govuk-tag").text())
                    .as("typed in small letters, with spaces, and O for 0")
                    .isEqualTo("Valid");
            assertThat(check("/certificates?code=abc", 200)
                            .select(".govuk-error-summary")
                            .text())
                    .contains("Enter the code as it is printed on the certificate");
            Document unknown = check("/certificates/ZZZZ-ZZZZ-ZZZZ", 404);
            assertThat(unknown.select(".govuk-error-summary").text())
                    .contains("No certificate has the code ZZZZ-ZZZZ-ZZZZ");
            assertThat(unknown.select("#result")).isEmpty();

            jdbc.update("update enrolment set status = 'NOT_COMPLETED' where id = ?", place.enrolment());
            Document corrected = check("/certificates/" + code, 200);
            assertThat(corrected.select("#result .govuk-tag").text()).isEqualTo("No longer valid");
            assertThat(corrected.select("#result").text())
                    .as("a certificate that no longer stands names nobody")
                    .doesNotContain("Ayesha Brook")
                    .contains("Development 1");
        } finally {
            jdbc.update("update enrolment set status = ? where id = ?", status, place.enrolment());
        }
    }

    private Document check(String path, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(anonymous()))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private List<String> myCertificates() throws Exception {
        return page("/my-sessions", PARTICIPANT).select("#certificates + ul a").eachAttr("href");
    }
}
