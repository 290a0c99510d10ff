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
 * The national admin finds an account and suspends it: its sessions end, it cannot sign in, its API tokens are
 * refused, and the person is told why; restored, it works again with what it had. Nobody else reaches these pages.
 */
class AccountAdministrationTest extends RunningServerTest {

    static final String PASSWORD = "a long enough phrase";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ApiTokens tokens;

    @Test
    void onlyTheNationalAdminReachesAccounts() throws Exception {
        for (String other :
                List.of(SignedIn.HUB_LEAD, SignedIn.WGL, SignedIn.LLME, SignedIn.SCHOOL, SignedIn.PARTICIPANT)) {
            WebSession session = signedIn(other, "demo");
            assertThat(session.get("/accounts").statusCode()).as(other).isEqualTo(403);
            long someone = id(SignedIn.HUB_LEAD_2);
            assertThat(session.get("/accounts/" + someone).statusCode())
                    .as(other)
                    .isEqualTo(403);
            assertThat(session.post("/", "/accounts/" + someone + "/suspend", Map.of("reason", "because"))
                            .statusCode())
                    .as(other)
                    .isEqualTo(403);
            assertThat(session.post("/", "/accounts/" + someone + "/close", Map.of("closeReason", "because"))
                            .statusCode())
                    .as(other)
                    .isEqualTo(403);
        }
        assertThat(new WebSession(PORT).get("/accounts").statusCode()).isEqualTo(302);
        assertThat(roles(SignedIn.HUB_LEAD_2)).isNotEmpty();
        assertThat(suspended(SignedIn.HUB_LEAD_2)).isFalse();
    }

    @Test
    void aSuspendedAccountStopsEverywhereAtOnceAndWorksAgainWhenRestored() throws Exception {
        String email = account("leaver");
        long id = id(email);
        WebSession theirs = signedIn(email, PASSWORD);
        assertThat(theirs.get("/account").statusCode()).isEqualTo(200);
        String secret = tokens.create(id, new ApiTokens.Request("Dashboard", 30, PASSWORD))
                .secret();
        assertThat(readApiWith(secret)).isEqualTo(200);

        WebSession national = signedIn(SignedIn.NATIONAL, "demo");
        Document found = page(national, "/accounts?q=" + email.substring(0, 8));
        assertThat(found.select("#accounts a").eachText()).contains(email);
        assertThat(page(national, "/accounts?q=%25").select("#no-accounts").text())
                .as("a % is a letter to find, not a wildcard")
                .isEqualTo("No account matches.");
        assertThat(page(national, "/accounts?q=zz%27+or+%271%27%3D%271").select("#no-accounts"))
                .as("what is typed is searched for, never run")
                .hasSize(1);
        Document byName = page(national, "/accounts?q=test+leav");
        assertThat(byName.select("#accounts a").eachText()).contains(email);

        Document account = page(national, "/accounts/" + id);
        assertThat(account.select("#details").text()).contains(email, "Hub staff", "Demo Maths Hub", "A password");
        assertThat(account.select(".govuk-summary-card").text()).contains("Dashboard", "Working");

        Document blank =
                Jsoup.parse(national.post("/accounts/" + id, "/accounts/" + id + "/suspend", Map.of("reason", " "))
                        .body());
        assertThat(blank.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#reason");
        assertThat(suspended(email)).isFalse();
        long me = id(SignedIn.NATIONAL);
        Document self =
                Jsoup.parse(national.post("/accounts/" + me, "/accounts/" + me + "/suspend", Map.of("reason", "test"))
                        .body());
        assertThat(self.select(".govuk-error-summary").text()).contains("You cannot suspend your own account");

        HttpResponse<String> done = national.post(
                "/accounts/" + id, "/accounts/" + id + "/suspend", Map.of("reason", "Left the hub on 30 November"));
        assertThat(done.headers().firstValue("Location")).hasValue(url("/accounts/" + id));
        assertThat(suspended(email)).isTrue();
        assertThat(theirs.get("/account").statusCode())
                .as("their session has ended")
                .isEqualTo(302);
        assertThat(readApiWith(secret)).as("their token is refused").isEqualTo(401);
        assertThat(new WebSession(PORT).signIn(email, PASSWORD).headers().firstValue("Location"))
                .hasValue(url("/login?suspended"));
        Document login = page(new WebSession(PORT), "/login?suspended");
        assertThat(login.select(".govuk-error-summary").text()).contains("This account is suspended");
        assertThat(new Mailbox(jdbc).latestSubject(email)).isEqualTo("Your Hubcycle account is suspended");
        assertThat(new Mailbox(jdbc).latest(email)).contains("Left the hub on 30 November");
        Document shown = page(national, "/accounts/" + id);
        assertThat(shown.select("#suspended").text())
                .contains("by " + SignedIn.NATIONAL, "Left the hub on 30 November");
        assertThat(page(national, "/accounts?q=" + email)
                        .select("#accounts .govuk-tag")
                        .text())
                .isEqualTo("Suspended");
        assertThat(roles(email)).as("its roles are kept").containsExactly("HUB_STAFF");

        national.post("/accounts/" + id, "/accounts/" + id + "/restore", Map.of());
        assertThat(suspended(email)).isFalse();
        assertThat(new WebSession(PORT).signIn(email, PASSWORD).headers().firstValue("Location"))
                .hasValue(url("/"));
        assertThat(readApiWith(secret)).as("a working token reads again").isEqualTo(200);
        assertThat(new Mailbox(jdbc).latestSubject(email)).isEqualTo("Your Hubcycle account is restored");

        long tokenId = jdbc.queryForObject("select id from api_token where user_id = ?", Long.class, id);
        national.post("/accounts/" + id, "/accounts/" + id + "/tokens/" + tokenId + "/revoke", Map.of());
        assertThat(readApiWith(secret)).isEqualTo(401);
        assertThat(jdbc.queryForObject("select revoked_by from api_token where id = ?", String.class, tokenId))
                .isEqualTo(SignedIn.NATIONAL);
        assertThat(jdbc.queryForList(
                        "select type from audit_event where subject = ? and type like 'access.%' order by id",
                        String.class, email))
                .containsSubsequence(
                        "access.token-created",
                        "access.account-suspended",
                        "access.account-restored",
                        "access.token-revoked");
    }

    @Test
    void theNationalCentreClosesAnAccountForSomeoneWhoAsks() throws Exception {
        String email = account("asked");
        long id = id(email);
        WebSession theirs = signedIn(email, PASSWORD);
        String secret = tokens.create(id, new ApiTokens.Request("Dashboard", 30, PASSWORD))
                .secret();
        WebSession national = signedIn(SignedIn.NATIONAL, "demo");

        Document account = page(national, "/accounts/" + id);
        assertThat(account.select("#erase-places").attr("href")).isEqualTo("/enrolment/erasure?email=" + email);
        assertThat(account.select("#last-signed-in").text())
                .as("they signed in a moment ago")
                .contains(String.valueOf(java.time.Year.now().getValue()))
                .isNotEqualTo("No sign-in recorded");
        Document blank =
                Jsoup.parse(national.post("/accounts/" + id, "/accounts/" + id + "/close", Map.of("closeReason", " "))
                        .body());
        assertThat(blank.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#closeReason");
        long me = id(SignedIn.NATIONAL);
        assertThat(page(national, "/accounts/" + me).select("form[action='/accounts/" + me + "/close']"))
                .as("nobody is offered to close their own here")
                .isEmpty();
        Document self = Jsoup.parse(
                national.post("/accounts/" + me, "/accounts/" + me + "/close", Map.of("closeReason", "test"))
                        .body());
        assertThat(self.select(".govuk-error-summary").text()).contains("You cannot close your own account here");
        assertThat(jdbc.queryForObject("select count(*) from app_user where id = ?", Long.class, id))
                .isOne();

        HttpResponse<String> closed = national.post(
                "/accounts/" + id, "/accounts/" + id + "/close", Map.of("closeReason", "Asked by phone on 4 December"));
        assertThat(closed.headers().firstValue("Location")).hasValue(url("/accounts"));
        assertThat(page(national, "/accounts")
                        .select(".govuk-notification-banner")
                        .text())
                .contains("The account " + email + " is closed.");
        assertThat(jdbc.queryForObject("select count(*) from app_user where id = ?", Long.class, id))
                .isZero();
        assertThat(theirs.get("/account").statusCode())
                .as("their session has ended")
                .isEqualTo(302);
        assertThat(readApiWith(secret)).as("their token is refused").isEqualTo(401);
        assertThat(new Mailbox(jdbc).latestSubject(email)).isEqualTo("Your Hubcycle account is closed");
        assertThat(new Mailbox(jdbc).latest(email)).contains("Asked by phone on 4 December");
        assertThat(jdbc.queryForList(
                        "select actor from audit_event where type = 'access.account-closed-by-centre' and subject = ?",
                        String.class,
                        email))
                .containsExactly(SignedIn.NATIONAL);
    }

    @Test
    void aBroadSearchCountsAThousandAndSaysThereAreMore() throws Exception {
        String prefix = Unique.email("crowd").replace("@", "-").substring(0, 12).toLowerCase();
        jdbc.batchUpdate(
                "insert into app_user (email, display_name, password_hash, hub_id, enabled, created_at)"
                        + " values (?, ?, '{none}', null, true, ?)",
                java.util.stream.IntStream.range(0, 1001)
                        .mapToObj(i -> new Object[] {
                            prefix + String.format("%04d", 1000 - i) + "@crowd.test",
                            "Crowd " + i,
                            Timestamp.from(Instant.now())
                        })
                        .toList());
        try {
            WebSession national = signedIn(SignedIn.NATIONAL, "demo");
            Document first = page(national, "/accounts?q=" + prefix);
            assertThat(first.select("#more").text())
                    .isEqualTo("More than 1,000 accounts match. Type more of the email address or name to find fewer.");
            assertThat(first.select("#accounts a").eachText())
                    .as("by email address, from the start")
                    .hasSize(25)
                    .startsWith(prefix + "0000@crowd.test", prefix + "0001@crowd.test");
            Document second = page(national, "/accounts?q=" + prefix + "&page=2");
            assertThat(second.select("#accounts a").eachText()).startsWith(prefix + "0025@crowd.test");
            Document few = page(national, "/accounts?q=" + prefix + "099");
            assertThat(few.select("#more")).isEmpty();
            assertThat(few.select("#accounts a").eachText()).hasSize(10).startsWith(prefix + "0990@crowd.test");
        } finally {
            jdbc.update("delete from app_user where email like ?", prefix + "%@crowd.test");
        }
    }

    private static Document page(WebSession session, String path) throws Exception {
        return Jsoup.parse(session.get(path).body());
    }

    /** A fresh, confirmed member of the demo hub's staff whose password is {@link #PASSWORD}. */
    private String account(String who) {
        return TestAccounts.confirmed(jdbc, passwords, who, "demo-maths-hub", "HUB_STAFF", PASSWORD);
    }

    private long id(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
    }

    private boolean suspended(String email) {
        return jdbc.queryForObject(
                "select suspended_at is not null from app_user where email = ?", Boolean.class, email);
    }

    private List<String> roles(String email) {
        return jdbc.queryForList(
                "select r.role from app_user_role r join app_user u on u.id = r.user_id where u.email = ?",
                String.class,
                email);
    }
}
