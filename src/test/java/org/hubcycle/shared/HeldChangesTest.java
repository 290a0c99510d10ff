package org.hubcycle.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import org.hubcycle.directory.Hubs;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.StoredEvents;
import org.hubcycle.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.ClassUtils;

/**
 * An event whose listener fails every time is tried {@link PublicationRetries#ATTEMPTS} times, then held for the
 * national admin, who tries it again or gives it up (ADR 0049); a retry cut off by a stopped node is tried again.
 */
@IntegrationTest
class HeldChangesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Hubs hubs;

    @Autowired
    PublicationRetries retries;

    @Test
    void aListenerThatFailsEveryTimeIsHeldForTheNationalAdminWhoTriesItAgainOrGivesItUp() throws Exception {
        // No hub has this id, so the invitation cannot be saved: the listener fails every time.
        UUID id = publication(
                987_654_321L, "Wendy Failing", Unique.email("failing"), "FAILED", PublicationRetries.ATTEMPTS - 1);

        retries.resubmit();
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(statusOf(id)));
        assertThat(attemptsOf(id)).as("its last attempt").isEqualTo(PublicationRetries.ATTEMPTS);

        retries.resubmit();
        Thread.sleep(300);
        assertThat(attemptsOf(id)).as("held: not tried again by the job").isEqualTo(PublicationRetries.ATTEMPTS);
        assertThat(statusOf(id)).isEqualTo("FAILED");

        RequestPostProcessor national = signedIn.as(SignedIn.NATIONAL);
        assertThat(page("/", national)).contains("held back", "/held-changes");
        assertThat(page("/", signedIn.as(SignedIn.HUB_LEAD))).doesNotContain("/held-changes");
        String list = page("/held-changes", national);
        assertThat(list)
                .contains("A hub added someone to its LLME register, or brought them back")
                .contains("Wendy Failing")
                .contains("Give them the LLME role, or invite them to sign in")
                .contains(PublicationRetries.ATTEMPTS + " attempts")
                .contains("/held-changes/" + id + "/retry")
                .doesNotContain("@failing");

        MvcResult retried = mvc.perform(
                        post("/held-changes/" + id + "/retry").with(csrf()).with(national))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(retried.getFlashMap().get("confirmation")).asString().startsWith("Tried again");
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(statusOf(id)));
        assertThat(attemptsOf(id)).as("tried once more, and held again").isEqualTo(PublicationRetries.ATTEMPTS + 1);
        assertThat(audited("event.retried")).contains("Give them the LLME role, or invite them to sign in");

        assertThat(page("/held-changes/" + id + "/give-up", national))
                .contains("Give up this change?", "Wendy Failing", "Yes, give it up");
        mvc.perform(post("/held-changes/" + id + "/give-up").with(csrf()).with(national))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).as("forgotten").isNull();
        assertThat(audited("event.given-up")).contains("Give them the LLME role, or invite them to sign in");

        MvcResult again = mvc.perform(
                        post("/held-changes/" + id + "/give-up").with(csrf()).with(national))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(again.getFlashMap().get("problem")).asString().contains("no longer held");
        mvc.perform(get("/held-changes/" + id + "/give-up").with(national)).andExpect(status().isNotFound());
        assertThat(page("/held-changes", national)).doesNotContain("Wendy Failing");
    }

    @Test
    void aChangeBeingTriedCannotBeGivenUpAndOnlyTheNationalAdminSeesHeldChanges() throws Exception {
        UUID id = publication(
                987_654_321L, "Vera Busy", Unique.email("busy"), "RESUBMITTED", PublicationRetries.ATTEMPTS);
        RequestPostProcessor national = signedIn.as(SignedIn.NATIONAL);
        assertThat(page("/held-changes", national)).contains("Vera Busy", "Being tried now");
        MvcResult refused = mvc.perform(
                        post("/held-changes/" + id + "/give-up").with(csrf()).with(national))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(refused.getFlashMap().get("problem")).asString().contains("being tried now");
        assertThat(statusOf(id)).isEqualTo("RESUBMITTED");

        for (Map.Entry<String, RequestPostProcessor> someone :
                signedIn.everyone(hubs.getBySlug("demo-maths-hub")).entrySet()) {
            if (someone.getKey().equals(SignedIn.NATIONAL)) {
                continue;
            }
            int expected = someone.getKey().equals("a visitor") ? 302 : 403;
            mvc.perform(get("/held-changes").with(someone.getValue())).andExpect(status().is(expected));
            mvc.perform(post("/held-changes/" + id + "/retry").with(csrf()).with(someone.getValue()))
                    .andExpect(status().is(expected));
            mvc.perform(post("/held-changes/" + id + "/give-up").with(csrf()).with(someone.getValue()))
                    .andExpect(status().is(expected));
        }
        mvc.perform(post("/held-changes/" + id + "/give-up").with(national)).andExpect(status().isForbidden());
        assertThat(statusOf(id)).as("nobody else changed it").isEqualTo("RESUBMITTED");
        jdbc.update("delete from event_publication where id = ?", id);
    }

    @Test
    void aRetryCutOffByAStoppedNodeIsTriedAgain() {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        String email = Unique.email("cut-off");
        UUID id = publication(hub, "Cora Cut", email, "RESUBMITTED", 3);
        jdbc.update(
                "update event_publication set last_resubmission_date = ? where id = ?",
                Timestamp.from(Instant.now().minus(PublicationRetries.CUT_OFF).minusSeconds(60)),
                id);

        retries.resubmit();

        await().atMost(Duration.ofSeconds(10)).until(() -> new Mailbox(jdbc).count(email) > 0);
        assertThat(new Mailbox(jdbc).latest(email)).contains("Dear Cora Cut");
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(id) == null);
    }

    @Test
    void everyListenerThatCanBeHeldHasWordsForTheNationalAdmin() throws Exception {
        ResourceBundle messages = ResourceBundle.getBundle("messages");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<String> missing = new ArrayList<>();
        int listeners = 0;
        for (var candidate : scanner.findCandidateComponents("org.hubcycle")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), null);
            for (var method : type.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(TransactionalEventListener.class)) {
                    continue;
                }
                listeners++;
                String event = method.getParameterTypes()[0].getSimpleName();
                for (String code : List.of("held.change." + event, "held.work." + type.getSimpleName() + "." + event)) {
                    if (!messages.containsKey(code)) {
                        missing.add(code);
                    }
                }
            }
        }
        assertThat(listeners).as("the listeners the registry stores events for").isGreaterThanOrEqualTo(8);
        assertThat(missing).isEmpty();
    }

    private UUID publication(long hubId, String name, String email, String status, int attempts) {
        Instant made = Instant.now().minus(Duration.ofMinutes(20));
        return StoredEvents.store(
                jdbc,
                StoredEvents.LLME_ADDED,
                "org.hubcycle.leadership.LlmeAdded",
                StoredEvents.llmeAdded(hubId, name, email),
                status,
                attempts,
                made,
                made.plusSeconds(60));
    }

    private String statusOf(UUID id) {
        return jdbc
                .query("select status from event_publication where id = ?", (row, n) -> row.getString(1), id)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private int attemptsOf(UUID id) {
        return jdbc.queryForObject("select completion_attempts from event_publication where id = ?", Integer.class, id);
    }

    private String audited(String type) {
        return String.join(
                " | ",
                jdbc.queryForList(
                        "select subject from audit_event where type = ? order by id desc", String.class, type));
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
