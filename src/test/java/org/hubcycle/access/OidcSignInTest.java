package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.hubcycle.support.ExternalServices;
import org.hubcycle.support.RunningServerTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.Unique;
import org.hubcycle.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in with DfE Sign-in (a mock OpenID Connect provider here): the button is on the sign-in page;
 * a person is matched to their account by a verified email address and linked the first time
 * (audited); an unverified address, an unknown one, a token for another client and an expired token
 * are each refused.
 */
class OidcSignInTest extends RunningServerTest {

    static final String CLIENT = "hubcycle";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSignInPageOffersDfeSignIn() throws Exception {
        var page = Jsoup.parse(new WebSession(PORT).get("/login").body());
        assertThat(page.select("a[href=/oauth2/authorization/dfe]").text()).isEqualTo("Sign in with DfE Sign-in");
    }

    @Test
    void aVerifiedAddressSignsInToItsAccountAndLinksIt() throws Exception {
        WebSession session = new WebSession(PORT);
        HttpResponse<String> end = signIn(session, token("dfe-subject-1", List.of(CLIENT), SignedIn.LLME, true, 3600));
        assertThat(end.headers().firstValue("Location")).hasValue(url("/"));
        assertThat(session.get("/interest").statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(session.get("/").body()).select(".govuk-header").text())
                .contains("Nadia Okafor");
        assertThat(jdbc.queryForObject(
                        "select oidc_subject from app_user where email = ?", String.class, SignedIn.LLME))
                .endsWith("|dfe-subject-1");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where type = 'access.oidc-linked' and subject = ?",
                        Integer.class,
                        SignedIn.LLME))
                .isEqualTo(1);

        WebSession again = new WebSession(PORT);
        assertThat(signIn(again, token("dfe-subject-1", List.of(CLIENT), SignedIn.LLME, true, 3600))
                        .headers()
                        .firstValue("Location"))
                .hasValue(url("/"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where type = 'access.oidc-linked' and subject = ?",
                        Integer.class,
                        SignedIn.LLME))
                .as("linked once")
                .isEqualTo(1);
    }

    @Test
    void anUnverifiedAddressIsRefused() throws Exception {
        WebSession session = new WebSession(PORT);
        HttpResponse<String> end = signIn(session, token("dfe-subject-2", List.of(CLIENT), SignedIn.WGL, false, 3600));
        assertThat(end.headers().firstValue("Location")).hasValue(url("/login?oidc=unverified-email"));
        assertThat(Jsoup.parse(session.get("/login?oidc=unverified-email").body())
                        .select(".govuk-error-summary")
                        .text())
                .contains("DfE Sign-in has not verified your email address");
        assertThat(session.get("/leading").statusCode()).isEqualTo(302);
    }

    @Test
    void aSuspendedAccountIsRefused() throws Exception {
        String email = Unique.email("suspended-dfe");
        jdbc.update(
                "insert into app_user (email, display_name, password_hash, hub_id, enabled, created_at, suspended_at,"
                        + " suspended_by, suspended_reason) values (?, 'Suspended Someone', '{none}', null, true, ?, ?,"
                        + " 'national@hubcycle.test', 'test')",
                email,
                java.sql.Timestamp.from(java.time.Instant.now()),
                java.sql.Timestamp.from(java.time.Instant.now()));
        jdbc.update(
                "insert into app_user_role (user_id, role) select id, 'PARTICIPANT' from app_user where email = ?",
                email);
        WebSession session = new WebSession(PORT);
        HttpResponse<String> end = signIn(session, token("dfe-subject-5", List.of(CLIENT), email, true, 3600));
        assertThat(end.headers().firstValue("Location")).hasValue(url("/login?oidc=suspended"));
        assertThat(Jsoup.parse(session.get("/login?oidc=suspended").body())
                        .select(".govuk-error-summary")
                        .text())
                .contains("This account is suspended");
        assertThat(session.get("/my-sessions").statusCode()).isEqualTo(302);
    }

    @Test
    void anAddressWithoutAnAccountIsRefused() throws Exception {
        HttpResponse<String> end = signIn(
                new WebSession(PORT), token("dfe-subject-3", List.of(CLIENT), "stranger@nowhere.test", true, 3600));
        assertThat(end.headers().firstValue("Location")).hasValue(url("/login?oidc=no-account"));
    }

    @Test
    void aTokenForAnotherClientIsRefused() throws Exception {
        DefaultOAuth2TokenCallback foreign = new DefaultOAuth2TokenCallback(
                ExternalServices.ISSUER,
                "dfe-subject-4",
                "JWT",
                List.of("another-service"),
                Map.of("aud", List.of("another-service"), "email", SignedIn.WGL, "email_verified", true),
                3600);
        HttpResponse<String> end = signIn(new WebSession(PORT), foreign);
        assertThat(end.headers().firstValue("Location")).hasValue(url("/login?oidc=failed"));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        long anHourAgo = java.time.Instant.now().minusSeconds(3600).getEpochSecond();
        DefaultOAuth2TokenCallback expired = new DefaultOAuth2TokenCallback(
                ExternalServices.ISSUER,
                "dfe-subject-5",
                "JWT",
                List.of(CLIENT),
                Map.of("iat", anHourAgo, "nbf", anHourAgo, "email", SignedIn.WGL, "email_verified", true),
                -600);
        HttpResponse<String> end = signIn(new WebSession(PORT), expired);
        assertThat(end.headers().firstValue("Location")).hasValue(url("/login?oidc=failed"));
    }

    private static DefaultOAuth2TokenCallback token(
            String subject, List<String> audience, String email, boolean verified, long expiresIn) {
        return new DefaultOAuth2TokenCallback(
                ExternalServices.ISSUER,
                subject,
                "JWT",
                audience,
                Map.of("email", email, "email_verified", verified, "name", "Someone"),
                expiresIn);
    }

    /** Goes through the provider as a browser would; returns Hubcycle's answer to the provider's redirect. */
    private HttpResponse<String> signIn(WebSession session, DefaultOAuth2TokenCallback token) throws Exception {
        ExternalServices.oidc().enqueueCallback(token);
        HttpResponse<String> toProvider = session.get("/oauth2/authorization/dfe");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        HttpResponse<String> back =
                session.getUrl(toProvider.headers().firstValue("Location").orElseThrow());
        assertThat(back.statusCode()).isEqualTo(302);
        String callback = back.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(url("/login/oauth2/code/dfe"));
        return session.getUrl(callback);
    }
}
