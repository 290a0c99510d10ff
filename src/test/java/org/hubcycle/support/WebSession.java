package org.hubcycle.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/** A user's browser session against the running server, without a browser: cookies, CSRF and all. */
public class WebSession {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "text/html");
    }

    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any address, this session's cookies included when it is Hubcycle's. */
    public HttpResponse<String> getUrl(String url) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token a form on {@code formPage} carries. */
    public String csrf(String formPage) throws IOException, InterruptedException {
        return Jsoup.parse(get(formPage).body()).select("input[name=_csrf]").val();
    }

    /** The session's cookies, as a {@code Cookie} request header, for requests made without this client. */
    public String cookieHeader() {
        return String.join(
                "; ",
                cookies.getCookieStore().getCookies().stream()
                        .map(Object::toString)
                        .toList());
    }

    /** Posts a form as a page of Hubcycle would, with the session's CSRF token (read from {@code formPage}). */
    public HttpResponse<String> post(String formPage, String path, java.util.Map<String, String> fields)
            throws IOException, InterruptedException {
        String csrf =
                Jsoup.parse(get(formPage).body()).select("input[name=_csrf]").val();
        StringBuilder form = new StringBuilder("_csrf=").append(encode(csrf));
        fields.forEach((k, v) -> form.append('&').append(encode(k)).append('=').append(encode(v)));
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form, as a person would. Returns the response to the form's POST. */
    public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        String csrf =
                Jsoup.parse(get("/login").body()).select("input[name=_csrf]").val();
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        return client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
