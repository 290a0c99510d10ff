package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A school follows its participants' attendance at each session held, as the registers say; nobody else's. */
@IntegrationTest
class SchoolAttendanceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aSchoolSeesEachSessionHeldAndHowItsParticipantsWereMarked() throws Exception {
        long participant = jdbc.queryForObject(
                "select id from participant where email = ? and replaced_at is null", Long.class, SignedIn.PARTICIPANT);
        long place = jdbc.queryForObject("select enrolment_id from participant where id = ?", Long.class, participant);
        int urn = jdbc.queryForObject("select school_urn from enrolment where id = ?", Integer.class, place);
        long group = jdbc.queryForObject("select work_group_id from enrolment where id = ?", Long.class, place);
        long held = jdbc.queryForObject(
                "select count(*) from delivery_session where work_group_id = ? and session_date <= ?",
                Long.class,
                group,
                Date.valueOf(LocalDate.now(clock)));
        long present = jdbc.queryForObject(
                "select count(*) from attendance_mark m join delivery_session s on s.id = m.session_id"
                        + " where m.participant_id = ? and m.mark = 'PRESENT' and s.session_date <= ?",
                Long.class,
                participant,
                Date.valueOf(LocalDate.now(clock)));
        String path = "/applications/" + place + "/attendance";
        RequestPostProcessor contact = signedIn.asContactOf(urn);

        Document application = page("/applications/" + place, contact);
        assertThat(application.select("a[href=" + path + "]")).hasSize(1);
        Document sheet = page(path, contact);
        assertThat(sheet.select("#attendance thead th").eachText()).contains("Ayesha Brook");
        assertThat(sheet.select("#attendance tbody tr")).hasSize((int) held);
        assertThat(sheet.select("#attendance-summary").text())
                .contains("Ayesha Brook: present at " + present + " of " + held + " session");

        mvc.perform(get(path).with(signedIn.asContactOf(urn + 1))).andExpect(status().isNotFound());
        for (String who : List.of(SignedIn.HUB_LEAD, SignedIn.PARTICIPANT, SignedIn.WGL)) {
            mvc.perform(get(path).with(signedIn.as(who))).andExpect(status().isForbidden());
        }
    }

    private Document page(String path, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
