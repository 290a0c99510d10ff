package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A participant whose school completed a work group downloads a certificate of participation, with the
 * sessions they attended; before completion there is none, and nobody else gets theirs.
 */
@IntegrationTest
class CertificatesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aParticipantGetsACertificateOnceTheirSchoolCompletedAndOnlyTheirOwn() throws Exception {
        long participant = jdbc.queryForObject(
                "select id from participant where email = ? and replaced_at is null", Long.class, SignedIn.PARTICIPANT);
        long place = jdbc.queryForObject("select enrolment_id from participant where id = ?", Long.class, participant);
        long group = jdbc.queryForObject("select work_group_id from enrolment where id = ?", Long.class, place);
        String status = jdbc.queryForObject("select status from enrolment where id = ?", String.class, place);
        String certificate = "/my-sessions/certificates/" + participant + ".pdf";

        assertThat(myCertificates()).as("a place not yet completed has none").isEmpty();
        mvc.perform(get(certificate).with(signedIn.as(SignedIn.PARTICIPANT))).andExpect(status().isNotFound());

        jdbc.update("update enrolment set status = 'COMPLETED' where id = ?", place);
        try {
            assertThat(myCertificates()).containsExactly(certificate);
            byte[] pdf = mvc.perform(get(certificate).with(signedIn.as(SignedIn.PARTICIPANT)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("application/pdf"))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            long held = jdbc.queryForObject(
                    "select count(*) from delivery_session where work_group_id = ? and session_date <= ?",
                    Long.class,
                    group,
                    Date.valueOf(LocalDate.now(clock)));
            long present = jdbc.queryForObject(
                    "select count(*) from attendance_mark where participant_id = ? and mark = 'PRESENT'",
                    Long.class,
                    participant);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text)
                        .contains(
                                "Certificate of participation",
                                "Ayesha Brook",
                                "took part in Development 1",
                                "run by Demo Maths Hub",
                                "They attended " + (present == 0 ? "none" : present) + " of the " + held + " session");
            }

            long other = jdbc.queryForObject(
                    "select min(id) from participant where enrolment_id <> ? and replaced_at is null",
                    Long.class,
                    place);
            mvc.perform(get("/my-sessions/certificates/" + other + ".pdf").with(signedIn.as(SignedIn.PARTICIPANT)))
                    .andExpect(status().isNotFound());
            for (String who : List.of(SignedIn.SCHOOL, SignedIn.HUB_LEAD, SignedIn.WGL)) {
                mvc.perform(get(certificate).with(signedIn.as(who))).andExpect(status().isForbidden());
            }
        } finally {
            jdbc.update("update enrolment set status = ? where id = ?", status, place);
        }
    }

    private List<String> myCertificates() throws Exception {
        return Jsoup.parse(mvc.perform(get("/my-sessions").with(signedIn.as(SignedIn.PARTICIPANT)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select("#certificates + ul a")
                .eachAttr("href");
    }
}
