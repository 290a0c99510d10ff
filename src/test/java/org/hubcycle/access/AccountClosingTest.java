package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hubcycle.access.accounts.ApiTokens;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.RunningServerTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.TestAccounts;
import org.hubcycle.support.Unique;
import org.hubcycle.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A person closes their own account (ADR 0039): with their password, it is gone at once, in every session and
 * for every token, and they are told; what the hub recorded of their work stays. A hub's only lead and the only
 * national admin are asked to hand over first.
 */
class AccountClosingTest extends RunningServerTest {

    static final String PASSWORD = "a long enough phrase";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ApiTokens tokens;

    @Test
    void aPersonClosesTheirAccountAndItStopsEverywhereAtOnce() throws Exception {
        String email = account("closer", "demo-maths-hub", "HUB_STAFF");
        long id = id(email);
        WebSession here = signedIn(email, PASSWORD);
        WebSession elsewhere = signedIn(email, PASSWORD);
        String secret = tokens.create(id, new ApiTokens.Request("Dashboard", 30, PASSWORD))
                .secret();
        assertThat(readApiWith(secret)).isEqualTo(200);

        WebSession hubLead = signedIn(SignedIn.HUB_LEAD, "demo");
        assertThat(team(hubLead)).contains(email);
        assertThat(page(here, "/account").select("#close-link").attr("href")).isEqualTo("/account/close");
        Document check = page(here, "/account/close");
        assertThat(check.select("#goes").text()).contains("You can no longer sign in as " + email, "Hub staff");
        assertThat(check.select("a[href='/privacy#how-long']")).hasSize(1);
        assertThat(check.select("input#password")).hasSize(1);

        Document blank = Jsoup.parse(here.post("/account/close", "/account/close", Map.of("password", ""))
                .body());
        assertThat(blank.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#password");
        Document wrong = Jsoup.parse(here.post("/account/close", "/account/close", Map.of("password", "not it"))
                .body());
        assertThat(wrong.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#password");
        assertThat(exists(email)).as("nothing closed on a refused form").isTrue();

        HttpResponse<String> closed = here.post("/account/close", "/account/close", Map.of("password", PASSWORD));
        assertThat(closed.headers().firstValue("Location")).hasValue(url("/account/closed"));
        assertThat(exists(email)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from api_token where user_id = ?", Long.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from app_user_role where user_id = ?", Long.class, id))
                .isZero();

        assertThat(page(here, "/account/closed").select("h1").text()).isEqualTo("Your account is closed");
        assertThat(here.get("/account").statusCode())
                .as("this session is signed out")
                .isEqualTo(302);
        assertThat(elsewhere.get("/account").statusCode())
                .as("so is every other")
                .isEqualTo(302);
        assertThat(readApiWith(secret)).as("the token is refused").isEqualTo(401);
        assertThat(new WebSession(PORT).signIn(email, PASSWORD).headers().firstValue("Location"))
                .hasValue(url("/login?error"));
        assertThat(new Mailbox(jdbc).latestSubject(email)).isEqualTo("You closed your Hubcycle account");
        assertThat(jdbc.queryForList(
                        "select actor from audit_event where type = 'access.account-closed' and subject = ?",
                        String.class,
                        email))
                .containsExactly(email);
        assertThat(team(hubLead)).as("the hub's team no longer lists them").doesNotContain(email);
    }

    @Test
    void aHubsOnlyLeadHandsOverFirst() throws Exception {
        String slug = Unique.email("hub").replaceAll("[^a-z0-9]", "-").toLowerCase();
        jdbc.update("insert into hub (slug, name) values (?, 'Closing Test Hub')", slug);
        String lead = account("onlylead", slug, "HUB_LEAD");
        try {
            WebSession session = signedIn(lead, PASSWORD);
            Document refused = page(session, "/account/close");
            assertThat(refused.select("#refusal").text()).contains("You are your hub's only hub lead");
            assertThat(refused.select("form[action='/account/close']")).isEmpty();
            Document posted = Jsoup.parse(session.post("/account", "/account/close", Map.of("password", PASSWORD))
                    .body());
            assertThat(posted.select(".govuk-error-summary").text()).contains("only hub lead");
            assertThat(exists(lead)).isTrue();

            String suspendedLead = account("suspendedlead", slug, "HUB_LEAD");
            jdbc.update(
                    "update app_user set suspended_at = ? where email = ?",
                    Timestamp.from(Instant.now()),
                    suspendedLead);
            assertThat(page(session, "/account/close").select("#refusal"))
                    .as("a suspended lead cannot run the hub")
                    .hasSize(1);
            account("secondlead", slug, "HUB_LEAD");
            assertThat(page(session, "/account/close").select("form[action='/account/close']"))
                    .hasSize(1);
            assertThat(session.post("/account/close", "/account/close", Map.of("password", PASSWORD))
                            .statusCode())
                    .isEqualTo(302);
            assertThat(exists(lead)).isFalse();
        } finally {
            jdbc.update("delete from app_user where hub_id = (select id from hub where slug = ?)", slug);
            jdbc.update("delete from audit_event where hub_id = (select id from hub where slug = ?)", slug);
            jdbc.update("delete from hub where slug = ?", slug);
        }
    }

    @Test
    void theOnlyNationalAdminHandsOverFirst() throws Exception {
        List<Long> others = jdbc.queryForList(
                "select u.id from app_user u join app_user_role r on r.user_id = u.id where r.role = 'NATIONAL_ADMIN'"
                        + " and u.email <> ? and u.suspended_at is null",
                Long.class,
                SignedIn.NATIONAL);
        others.forEach(other ->
                jdbc.update("update app_user set suspended_at = ? where id = ?", Timestamp.from(Instant.now()), other));
        try {
            WebSession national = signedIn(SignedIn.NATIONAL, "demo");
            assertThat(page(national, "/account/close").select("#refusal").text())
                    .contains("You are the only national admin");
            assertThat(national.post("/account", "/account/close", Map.of("password", "demo"))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(exists(SignedIn.NATIONAL)).isTrue();
        } finally {
            others.forEach(other -> jdbc.update("update app_user set suspended_at = null where id = ?", other));
        }
    }

    private String account(String who, String hubSlug, String role) {
        return TestAccounts.confirmed(jdbc, passwords, who, hubSlug, role, PASSWORD);
    }

    private long id(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
    }

    private boolean exists(String email) {
        return jdbc.queryForObject("select count(*) from app_user where email = ?", Long.class, email) == 1;
    }

    /** The hub's team, as its lead reads it on the hub's page (the first table; recent activity follows). */
    private static String team(WebSession hubLead) throws Exception {
        return page(hubLead, "/hubs/demo-maths-hub").select("table").first().text();
    }

    private static Document page(WebSession session, String path) throws Exception {
        return Jsoup.parse(session.get(path).body());
    }
}
