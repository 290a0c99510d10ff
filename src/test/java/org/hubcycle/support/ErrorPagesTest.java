package org.hubcycle.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Error pages as the servlet container serves them: in the service's style, never a stack trace. */
class ErrorPagesTest extends RunningServerTest {

    @LocalServerPort
    int port;

    WebSession hubLead;

    @BeforeEach
    void signIn() throws Exception {
        hubLead = new WebSession(port);
        assertThat(hubLead.signIn(SignedIn.HUB_LEAD, "demo").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
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
        assertThat(response.body())
                .doesNotContain(FailingController.SECRET)
                .doesNotContain("IllegalStateException")
                .doesNotContain("at org.");
    }

    @Test
    void anUnknownPageAsksAnonymousVisitorsToSignIn() throws Exception {
        HttpResponse<String> response = new WebSession(port).get("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void everyApiErrorIsAProblemDocument() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String accept : List.of("application/json", "text/html", "*/*")) {
            HttpResponse<String> unknown = client.send(
                    HttpRequest.newBuilder(URI.create(url("/api/v1/nothing")))
                            .header("Accept", accept)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(unknown.statusCode()).as(accept).isIn(401, 404);
            assertProblem(unknown);
        }
        HttpResponse<String> notAllowed = client.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/projects")))
                        .header("Accept", "application/json")
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notAllowed.statusCode()).isIn(403, 405);
        assertProblem(notAllowed);

        HttpResponse<String> badPage = client.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/projects?page=0")))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(assertProblem(badPage).get("detail").asString())
                .isEqualTo("page must be a whole number from 1 to 100000");
    }

    @Test
    void requestsTheContainerRefusesAreProblemDocumentsForTheApi() throws Exception {
        for (String request : List.of(
                "GET /api/v1/projects/%00 HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n",
                "GET /api/v1/projects?q=" + "x".repeat(100_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /api/v1/projects HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "y".repeat(9_000) + "\r\n\r\n")) {
            String response = raw(request);
            assertThat(response).as(request.substring(0, 40)).startsWith("HTTP/1.1 400");
            assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(response).contains("\"status\":400").doesNotContain("Apache Tomcat");
        }
        String page = raw("GET /schools/%00 HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n");
        assertThat(page)
                .startsWith("HTTP/1.1 400")
                .containsIgnoringCase("Content-Type: text/html")
                .contains("Sorry, we could not read that request")
                .doesNotContain("HTTP Status 400");
    }

    @Test
    void theApiSaysWhichValueIsWrong() throws Exception {
        HttpResponse<String> response = hubLead.get("/api/v1/schools?trust=abc", "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(assertProblem(response).get("detail").asString()).isEqualTo("'abc' is not a valid trust");
    }

    @Test
    void theApiSaysWhatWasNotFoundInWords() throws Exception {
        HttpResponse<String> response = hubLead.get("/api/v1/projects/NCP99-99", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode problem = assertProblem(response);
        assertThat(problem.get("title").asString()).isEqualTo("Not found");
        assertThat(problem.get("detail").asString()).isEqualTo("No project was found");
    }

    private static JsonNode assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception");
        return problem;
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", PORT)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
