package org.hubcycle.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.StoredEvents;
import org.hubcycle.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Events one module hears after another's change commits, on another thread (ADR 0043): each is kept only until
 * its listener has heard it, as some name people; one whose listener failed is handed to it again.
 */
@IntegrationTest
class EventPublicationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    People people;

    @Autowired
    Hubs hubs;

    @Autowired
    PublicationRetries retries;

    @Test
    void anEventIsForgottenOnceItsListenerHasHeardIt() throws Exception {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        String email = Unique.email("heard");
        People.PersonView person = HubScope.asSystem(() -> people.add(hub, "Ira Heard", email, null, null, null))
                .person();
        mvc.perform(post("/people/" + person.id() + "/edit")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("fullName", "Ira Heard")
                        .param("email", Unique.email("heard-again"))
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "select count(*) from event_publication where serialized_event like ?",
                                Integer.class,
                                "%" + email + "%"))
                        .as("the address it named is not kept once access has heard it")
                        .isZero());
    }

    @Test
    void anEventWhoseListenerFailedIsHandedToItAgain() {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        String email = Unique.email("retried");
        StoredEvents.store(
                jdbc,
                StoredEvents.LLME_ADDED,
                "org.hubcycle.leadership.LlmeAdded",
                StoredEvents.llmeAdded(hub, "Rhea Tried", email),
                "PUBLISHED",
                1,
                Instant.now().minus(Duration.ofMinutes(10)),
                null);

        retries.resubmit();

        await().atMost(Duration.ofSeconds(10)).until(() -> new Mailbox(jdbc).count(email) > 0);
        assertThat(new Mailbox(jdbc).latest(email)).contains("Dear Rhea Tried");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "select count(*) from event_publication where serialized_event like ?",
                                Integer.class,
                                "%" + email + "%"))
                        .isZero());
    }
}
