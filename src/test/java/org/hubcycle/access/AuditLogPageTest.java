package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.TestKeys;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log words each event's detail when it is read, from the facts the action recorded. */
@IntegrationTest
class AuditLogPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Hubs hubs;

    @Test
    void anEventIsWordedFromItsFactsOnlyForItsOwnHub() throws Exception {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        String name = TestKeys.next("Siobhan O'Neill");
        HubScope.asSystem(() -> events.publishEvent(
                Audited.of("leadership.role-ended", demo, name, "Work Group Lead", "2025-26\u001f")));

        assertThat(rows("/audit?type=leadership.role-ended", SignedIn.HUB_LEAD))
                .contains(name + " Work Group Lead last held in 2025-26");
        assertThat(rows("/audit?type=leadership.role-ended", SignedIn.HUB_LEAD_2))
                .doesNotContain(name);
    }

    @Test
    void aDetailThatCountsIsWordedWithItsNumbers() throws Exception {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        String name = TestKeys.next("Lowri Left");
        HubScope.asSystem(() -> {
            events.publishEvent(Audited.of("leadership.llme-left", demo, name, "31 August 2026", 1, 3));
            events.publishEvent(Audited.of("enrolment.participants-erased", null, "2017/18", 1234, 6));
        });

        assertThat(rows("/audit?type=leadership.llme-left", SignedIn.HUB_LEAD))
                .contains(name + " Roles end with 31 August 2026; one expression of interest withdrawn;"
                        + " 3 invitations to meetings taken back");
        assertThat(rows("/audit?type=enrolment.participants-erased", SignedIn.NATIONAL))
                .contains(
                        "2017/18 1,234 participants of work groups in that year or before",
                        "6 years after their year ended");
    }

    @Test
    void anEventWrittenBeforeDetailsWereWordedShowsItsDetailAsWritten() throws Exception {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        String subject = TestKeys.next("Old work group");
        jdbc.update(
                "insert into audit_event (occurred_at, type, actor, hub_id, subject, detail) values (?, ?, ?, ?, ?, ?)",
                Timestamp.from(Instant.parse("2099-01-05T09:00:00Z")),
                "catalogue.work-group-updated",
                SignedIn.HUB_LEAD,
                demo,
                subject,
                "Draft to Published");

        assertThat(rows("/audit?type=catalogue.work-group-updated", SignedIn.HUB_LEAD))
                .contains(subject + " Draft to Published");
    }

    private String rows(String path, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(signedIn.as(user)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select("tbody tr")
                .text();
    }
}
