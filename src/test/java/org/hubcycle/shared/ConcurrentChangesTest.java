package org.hubcycle.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every audited change is heard by the modules that keep counts in memory, after it commits. Hearing it stores
 * nothing (ADR 0043): the event publication registry used to keep four rows of every audited change, each
 * completed in a transaction of its own on a second connection, so twenty people saving at once held the
 * pool's ten connections waiting for more.
 */
@IntegrationTest
class ConcurrentChangesTest {

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

    @Test
    void twentyPeopleSavingAtOnceAllSaveAndTheirAuditedChangesStoreNoPublications() throws Exception {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        List<People.PersonView> added = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String email = Unique.email("at-once");
            added.add(HubScope.asSystem(() -> people.add(hub, "Sam Often", email, null, null, null))
                    .person());
        }
        int audited = count("select count(*) from audit_event where type = 'directory.person-corrected'");
        int publications = count("select count(*) from event_publication");

        ExecutorService threads = Executors.newFixedThreadPool(added.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (People.PersonView person : added) {
            statuses.add(threads.submit(() -> {
                go.await();
                return mvc.perform(post("/people/" + person.id() + "/edit")
                                .with(csrf())
                                .with(signedIn.as(SignedIn.HUB_LEAD))
                                .param("fullName", "Sam Often")
                                .param("email", person.email())
                                .param("jobTitle", "Maths lead")
                                .param("version", "0"))
                        .andReturn()
                        .getResponse()
                        .getStatus();
            }));
        }
        go.countDown();
        for (Future<Integer> status : statuses) {
            assertThat(status.get(2, TimeUnit.MINUTES))
                    .as("saved, and sent back to the person's page")
                    .isEqualTo(302);
        }
        threads.shutdown();

        assertThat(count("select count(*) from audit_event where type = 'directory.person-corrected'"))
                .isEqualTo(audited + 20);
        assertThat(count("select count(*) from event_publication"))
                .as("an audited change is heard without being stored")
                .isEqualTo(publications);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
