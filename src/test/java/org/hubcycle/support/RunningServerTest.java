package org.hubcycle.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Hubcycle running on a real port, as people reach it: its links in emails point at it, it sends
 * email to the test SMTP server ({@link ExternalServices#mail()}) every fraction of a second, and it
 * offers sign-in with the test OpenID Connect provider; its SQL statements are counted
 * ({@link SqlStatements}). One context for every such test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(SqlStatements.Counting.class)
public abstract class RunningServerTest {

    /** The port this JVM's running Hubcycle listens on. */
    public static final int PORT = ExternalServices.freePort();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("hubcycle.base-url", () -> "http://localhost:" + PORT);
        registry.add("hubcycle.mail.transport", () -> "smtp");
        registry.add("hubcycle.mail.smtp.host", () -> "127.0.0.1");
        registry.add(
                "hubcycle.mail.smtp.port",
                () -> ExternalServices.mail().getSmtp().getPort());
        registry.add("hubcycle.mail.smtp.tls", () -> "none");
        registry.add("hubcycle.mail.send-every", () -> "PT0.2S");
        registry.add(
                "hubcycle.oidc.issuer-uri",
                () -> ExternalServices.oidc().issuerUrl(ExternalServices.ISSUER).toString());
        registry.add("hubcycle.oidc.client-id", () -> "hubcycle");
        registry.add("hubcycle.oidc.client-secret", () -> "test-secret");
    }

    protected String url(String path) {
        return "http://localhost:" + PORT + path;
    }

    /** A new browser session, signed in through the login form and sent on to the home page. */
    protected WebSession signedIn(String email, String password) throws Exception {
        WebSession session = new WebSession(PORT);
        assertThat(session.signIn(email, password).headers().firstValue("Location"))
                .hasValue(url("/"));
        return session;
    }

    /** The status of a read of the API with this token, as a program sending it would get. */
    protected int readApiWith(String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/schools?q=Primary")))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
