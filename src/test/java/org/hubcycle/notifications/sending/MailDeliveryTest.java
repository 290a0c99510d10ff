package org.hubcycle.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.notifications.domain.OutboundEmailRepository;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.ExternalServices;
import org.hubcycle.support.Inbox;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox is drained through SMTP: an email is sent once, even with two nodes sending; a server
 * that refuses the address fails the email at once; a server that is down is tried again later, each
 * time waiting longer, until the attempts are used up. The national admin sees what happened and can
 * send an email again.
 */
@IntegrationTest
class MailDeliveryTest {

    static final MailSettings.Smtp NO_TLS =
            new MailSettings.Smtp("127.0.0.1", 0, null, null, "none", Duration.ofSeconds(5));

    @Autowired
    Outbox outbox;

    @Autowired
    OutboundEmailRepository emails;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    MailSettings settings = new MailSettings(
            null,
            "Hubcycle <no-reply@hubcycle.test>",
            Duration.ofSeconds(1),
            3,
            Duration.ofMinutes(1),
            NO_TLS,
            new MailSettings.Notify(null, null, null));

    @BeforeEach
    void sendWhatOtherTestsQueued() {
        sender(smtp(ExternalServices.mail().getSmtp().getPort())).sendDue();
    }

    @Test
    void anEmailIsSentFromItsTemplateAndMarkedSent() throws Exception {
        String to = unique("sent");
        queue(to);
        assertThat(sender(smtp(ExternalServices.mail().getSmtp().getPort())).sendDue())
                .isEqualTo(1);

        Map<String, Object> row = row(to);
        assertThat(row.get("status")).isEqualTo("SENT");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("sent_at")).isNotNull();
        String body = Inbox.await(to, "Invitation: Network meeting");
        assertThat(body)
                .contains("Dear Rowan Pell", "You are invited to Network meeting", "Hubcycle, for the national centre");
        List<MimeMessage> received = Inbox.of(to);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getFrom()[0].toString()).contains("no-reply@hubcycle.test");
    }

    @Test
    void twoNodesSendingAtOnceSendEachEmailOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String to = unique("race" + i);
            recipients.add(to);
            queue(to);
        }
        OutboxSender node1 = sender(smtp(ExternalServices.mail().getSmtp().getPort()));
        OutboxSender node2 = sender(smtp(ExternalServices.mail().getSmtp().getPort()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.<Callable<Integer>>of(node1::sendDue, node2::sendDue));
            assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(20);
        } finally {
            pool.shutdown();
        }
        for (String to : recipients) {
            assertThat(Inbox.of(to)).as("emails to %s", to).hasSize(1);
            assertThat(row(to).get("status")).isEqualTo("SENT");
        }
    }

    @Test
    void aServerThatRefusesTheAddressFailsTheEmailAtOnce() throws Exception {
        String to = unique("refused");
        queue(to);
        try (RefusingSmtpServer refusing = new RefusingSmtpServer()) {
            sender(smtp(refusing.port())).sendDue();
        }
        Map<String, Object> row = row(to);
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).contains("550");
    }

    @Test
    void aServerThatIsDownIsTriedAgainLaterUntilTheAttemptsAreUsedUp() {
        String to = unique("down");
        queue(to);
        OutboxSender down = sender(smtp(ExternalServices.freePort()));
        down.sendDue();
        Map<String, Object> first = row(to);
        assertThat(first.get("status")).isEqualTo("QUEUED");
        assertThat(first.get("attempts")).isEqualTo(1);
        assertThat((String) first.get("last_error")).isNotBlank();
        assertThat(down.sendDue()).as("not due again until its wait is over").isZero();
        assertThat(row(to).get("attempts")).isEqualTo(1);

        for (int attempt = 2; attempt <= settings.maxAttempts(); attempt++) {
            jdbc.update(
                    "update outbound_email set next_attempt_at = ? where recipient = ?",
                    java.sql.Timestamp.from(clock.instant()),
                    to);
            down.sendDue();
        }
        Map<String, Object> last = row(to);
        assertThat(last.get("status")).isEqualTo("FAILED");
        assertThat(last.get("attempts")).isEqualTo(settings.maxAttempts());
    }

    @Test
    void eachWaitIsLongerThanTheLast() {
        assertThat(settings.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.waitAfter(2)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.waitAfter(3)).isEqualTo(Duration.ofMinutes(16));
        assertThat(settings.waitAfter(10)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void theNationalAdminSeesWhatHappenedAndSendsAFailedEmailAgain() throws Exception {
        String to = unique("again");
        queue(to);
        try (RefusingSmtpServer refusing = new RefusingSmtpServer()) {
            sender(smtp(refusing.port())).sendDue();
        }
        Document page = Jsoup.parse(mvc.perform(get("/outbox").param("to", to).with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("tbody tr").text()).contains("Failed", "1 attempt", "550");
        String resend = page.select("form[action$=/resend]").attr("action");

        mvc.perform(post(resend).with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isForbidden());
        mvc.perform(post(resend).with(csrf()).with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().is3xxRedirection());
        assertThat(row(to).get("status")).isEqualTo("QUEUED");
        sender(smtp(ExternalServices.mail().getSmtp().getPort())).sendDue();
        assertThat(row(to).get("status")).isEqualTo("SENT");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where type = 'notifications.resent' and subject = ?",
                        Integer.class,
                        to))
                .isEqualTo(1);
    }

    private void queue(String to) {
        HubScope.asSystem(
                () -> transactions.executeWithoutResult(s -> outbox.queue(Email.of("leadership.meeting-invitation")
                        .to(to)
                        .subject("Network meeting")
                        .with("name", "Rowan Pell")
                        .with("title", "Network meeting")
                        .with("date", "3 March 2027"))));
    }

    private Map<String, Object> row(String to) {
        return jdbc.queryForMap(
                "select status, attempts, sent_at, last_error from outbound_email where recipient = ?", to);
    }

    private OutboxSender sender(MailTransport transport) {
        return new OutboxSender(emails, transport, settings, transactions, clock);
    }

    private SmtpTransport smtp(int port) {
        return new SmtpTransport(
                new MailSettings.Smtp("127.0.0.1", port, null, null, "none", Duration.ofSeconds(5)), settings.from());
    }

    private static String unique(String who) {
        return Unique.email(who);
    }
}
