package org.hubcycle.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages as the servlet container serves them: in the service's style, never a stack trace. */
class ErrorPagesTest extends RunningServerTest {

    @LocalServerPort
    int port;

    WebSession hubLead;

    @BeforeEach
    void signIn() throws Exception {
        hubLead = new WebSession(port);
        assertThat(hubLead.signIn(SignedIn.HUB_LEAD, "demo").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    @Test
    void notFound() throws Exception {
        HttpResponse<String> response = hubLead.get("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select(".govuk-header").text()).contains("Hubcycle", "Demo Maths Hub");
    }

    @Test
    void anotherHubsPageIsNotFound() throws Exception {
        HttpResponse<String> response = hubLead.get("/hubs/northfield-maths-hub");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Page not found");
        assertThat(response.body()).doesNotContain("Grace Whitfield");
    }

    @Test
    void forbidden() throws Exception {
        HttpResponse<String> response = hubLead.get("/hubs");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("You cannot see this page");
    }

    @Test
    void aFailureShowsNoStackTraceOrInternals() throws Exception {
        HttpResponse<String> response = hubLead.get("/test/fail");
        assertThat(response.statusCode()).isEqualTo(500);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(response.body()).doesNotContain(FailingController.SECRET).doesNotContain("IllegalStateException").doesNotContain("at org.");
    }

    @Test
    void anUnknownPageAsksAnonymousVisitorsToSignIn() throws Exception {
        HttpResponse<String> response = new WebSession(port).get("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
