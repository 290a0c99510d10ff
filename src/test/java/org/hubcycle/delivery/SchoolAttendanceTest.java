package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.support.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A school follows its participants' attendance at each session held, as the registers say; nobody else's. */
class SchoolAttendanceTest extends DeliveryFixtures {

    @Test
    void aSchoolSeesEachSessionHeldAndHowItsParticipantsWereMarked() throws Exception {
        DemoPlace place = demoPlace();
        long held = held(place.workGroup());
        long present = jdbc.queryForObject(
                "select count(*) from attendance_mark m join delivery_session s on s.id = m.session_id"
                        + " where m.participant_id = ? and m.mark = 'PRESENT' and s.session_date <= ?",
                Long.class,
                place.participant(),
                Date.valueOf(LocalDate.now(clock)));
        String path = "/applications/" + place.enrolment() + "/attendance";
        RequestPostProcessor contact = signedIn.asContactOf(place.urn());

        assertThat(html(get("/applications/" + place.enrolment()).with(contact)).select("a[href=" + path + "]"))
                .hasSize(1);
        Document sheet = html(get(path).with(contact));
        assertThat(held).as("the demo has sessions held").isPositive();
        assertThat(sheet.select("#attendance thead th").eachText()).contains("Ayesha Brook");
        assertThat(sheet.select("#attendance tbody tr")).hasSize((int) held);
        assertThat(sheet.select("#attendance-summary").text())
                .contains("Ayesha Brook: present at " + present + " of " + held + " session");

        mvc.perform(get(path).with(signedIn.asContactOf(place.urn() + 1))).andExpect(status().isNotFound());
        for (String who : List.of(SignedIn.HUB_LEAD, SignedIn.PARTICIPANT, SignedIn.WGL)) {
            mvc.perform(get(path).with(signedIn.as(who))).andExpect(status().isForbidden());
        }
    }
}
