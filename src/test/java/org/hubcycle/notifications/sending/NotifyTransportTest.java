package org.hubcycle.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GOV.UK Notify as the transport, against a stand-in for its API: an email goes to the one Hubcycle
 * template with its subject and body; a 400 (an address Notify refuses) is permanent, a 500 is not.
 */
class NotifyTransportTest {

    static final String KEY = "hubcycle_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";
    static final String TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    HttpServer notify;
    final List<String> requests = new ArrayList<>();
    final AtomicInteger status = new AtomicInteger(201);

    @BeforeEach
    void start() throws IOException {
        notify = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        notify.createContext("/v2/notifications/email", exchange -> {
            requests.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = (status.get() == 201
                            ? "{\"id\":\"740e5834-3a29-46b4-9a6f-16142fde533a\",\"reference\":\"hubcycle-1\",\"content\":{\"subject\":\"s\",\"body\":\"b\","
                                    + "\"from_email\":\"hubcycle@notifications.service.gov.uk\"},\"uri\":\"https://x/v2/notifications/1\","
                                    + "\"template\":{\"id\":\"" + TEMPLATE
                                    + "\",\"version\":1,\"uri\":\"https://x/t\"}}"
                            : "{\"errors\":[{\"error\":\"BadRequestError\",\"message\":\"email_address Not a valid email address\"}],\"status_code\":"
                                    + status.get() + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        notify.start();
    }

    @AfterEach
    void stop() {
        notify.stop(0);
    }

    @Test
    void anEmailGoesToTheHubcycleTemplateWithItsSubjectAndBody() throws Exception {
        transport()
                .send(
                        "head@school.test",
                        "Your application to Development 1",
                        "Dear colleague,\n\nThank you.",
                        "hubcycle-1");
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0))
                .startsWith("Bearer ")
                .contains(
                        "\"email_address\":\"head@school.test\"",
                        "\"template_id\":\"" + TEMPLATE + "\"",
                        "\"reference\":\"hubcycle-1\"",
                        "\"subject\":\"Your application to Development 1\"",
                        "Thank you.");
    }

    @Test
    void anAddressNotifyRefusesIsPermanentAndAnOutageIsNot() {
        status.set(400);
        assertThatThrownBy(() -> transport().send("not-an-address", "s", "b", "r"))
                .isInstanceOfSatisfying(
                        MailTransport.Failure.class,
                        f -> assertThat(f.permanent()).isTrue());
        status.set(500);
        assertThatThrownBy(() -> transport().send("head@school.test", "s", "b", "r"))
                .isInstanceOfSatisfying(
                        MailTransport.Failure.class,
                        f -> assertThat(f.permanent()).isFalse());
    }

    private NotifyTransport transport() {
        return new NotifyTransport(new MailSettings.Notify(
                KEY, TEMPLATE, "http://127.0.0.1:" + notify.getAddress().getPort()));
    }
}
