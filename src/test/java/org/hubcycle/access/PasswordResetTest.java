package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.hubcycle.access.accounts.ApiTokens;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.Redirected;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * "Forgotten your password?" answers the same whether or not the address has an account; its link
 * works once, for an hour. A signed-in person changes their password (with the current one) and
 * their email address (confirmed from the new address; the old one is told). No page says whether
 * an address has an account.
 */
@IntegrationTest
class PasswordResetTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ApiTokens apiTokens;

    @Test
    void theSignInPageOffersAResetThatAnswersTheSameForAnyAddress() throws Exception {
        assertThat(html(get("/login")).select("a[href=/password/forgotten]").text())
                .isEqualTo("Forgotten your password?");
        String unknown = Unique.email("nobody");
        Document known = Redirected.to(
                mvc, "/password/sent", post("/password/forgotten").with(csrf()).param("email", SignedIn.LLME));
        Document notKnown = Redirected.to(
                mvc, "/password/sent", post("/password/forgotten").with(csrf()).param("email", unknown));
        assertThat(known.select("main").text().replace(SignedIn.LLME, "X"))
                .isEqualTo(notKnown.select("main").text().replace(unknown, "X"));
        Mailbox mail = new Mailbox(jdbc);
        assertThat(mail.latestSubject(SignedIn.LLME)).isEqualTo("Choose a new Hubcycle password");
        assertThat(mail.latestSubject(unknown)).isEqualTo("Your request to reset a Hubcycle password");
        assertThat(mail.latest(unknown))
                .contains("No Hubcycle account uses this address")
                .doesNotContain("token=");

        Document invalid = html(post("/password/forgotten").with(csrf()).param("email", "not an address"));
        assertThat(invalid.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#email");
    }

    @Test
    void theLinkSetsANewPasswordOnceAndThenStopsWorking() throws Exception {
        String email = account("reset");
        mvc.perform(post("/password/forgotten").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/password/sent"));
        String link = new Mailbox(jdbc).link(email, "/password/reset?token=");
        assertThat(link).startsWith("http://localhost:8080/password/reset?token=");

        Document form = html(get(Mailbox.pathOf(link)));
        assertThat(form.select("h1").text()).isEqualTo("Choose a new password");
        Document tooShort = html(post("/password/reset")
                .with(csrf())
                .param("token", Mailbox.token(link))
                .param("password", "short")
                .param("confirmPassword", "short"));
        assertThat(tooShort.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#password");

        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", Mailbox.token(link))
                        .param("password", "a brand new phrase")
                        .param("confirmPassword", "a brand new phrase"))
                .andExpect(redirectedUrl("/login"));
        assertThat(passwords.matches("a brand new phrase", hash(email))).isTrue();
        assertThat(new Mailbox(jdbc).latestSubject(email)).isEqualTo("Your Hubcycle password has been changed");

        assertThat(html(get(Mailbox.pathOf(link))).select("h1").text()).isEqualTo("This link does not work");
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", Mailbox.token(link))
                        .param("password", "an attacker's phrase")
                        .param("confirmPassword", "an attacker's phrase"))
                .andExpect(status().isOk());
        assertThat(passwords.matches("a brand new phrase", hash(email)))
                .as("a used link changes nothing")
                .isTrue();
    }

    @Test
    void aChangeLeavesTheApiTokensWorkingAndAResetRevokesThem() throws Exception {
        String email = account("tokens");
        long id = jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
        String secret = apiTokens
                .create(id, new ApiTokens.Request("Dashboard", 30, "a long enough phrase"))
                .secret();
        apiTokens.create(id, new ApiTokens.Request("Spreadsheet", 90, "a long enough phrase"));

        mvc.perform(changePassword(email, "a long enough phrase", "a brand new phrase"))
                .andExpect(redirectedUrl("/account"));
        assertThat(new Mailbox(jdbc).latest(email))
                .contains("Its 2 API tokens still work. If you did not make them, revoke them")
                .contains("/account/tokens");
        mvc.perform(api(secret)).andExpect(status().isOk());

        mvc.perform(post("/password/forgotten").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/password/sent"));
        String link = new Mailbox(jdbc).link(email, "/password/reset?token=");
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", Mailbox.token(link))
                        .param("password", "a third new phrase")
                        .param("confirmPassword", "a third new phrase"))
                .andExpect(redirectedUrl("/login"));
        assertThat(new Mailbox(jdbc).latest(email))
                .contains(
                        "Its 2 API tokens have been revoked too, as whoever needed the password reset may have made them");
        mvc.perform(api(secret)).andExpect(status().isUnauthorized());
        assertThat(apiTokens.of(id)).noneMatch(ApiTokens.TokenView::working);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where type = 'access.token-revoked' and subject = ?",
                        Integer.class,
                        email))
                .isEqualTo(2);

        // With no working token, the emails say nothing of tokens.
        mvc.perform(changePassword(email, "a third new phrase", "a fourth new phrase"))
                .andExpect(redirectedUrl("/account"));
        assertThat(new Mailbox(jdbc).latest(email)).doesNotContain("API token");
    }

    /** The signed-in person's form to change their password, the new one typed twice alike. */
    private RequestBuilder changePassword(String email, String current, String next) {
        return post("/account/password")
                .with(csrf())
                .with(signedIn.as(email))
                .param("currentPassword", current)
                .param("password", next)
                .param("confirmPassword", next);
    }

    private static RequestBuilder api(String secret) {
        return get("/api/v1/schools")
                .param("q", "Primary")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                .accept(MediaType.APPLICATION_JSON);
    }

    @Test
    void anExpiredLinkDoesNotWork() throws Exception {
        String email = account("expired");
        mvc.perform(post("/password/forgotten").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/password/sent"));
        String link = new Mailbox(jdbc).link(email, "/password/reset?token=");
        jdbc.update(
                "update account_token set expires_at = ? where user_id = (select id from app_user where email = ?)",
                Timestamp.from(Instant.now().minus(Duration.ofSeconds(1))),
                email);
        assertThat(html(get(Mailbox.pathOf(link))).select("h1").text()).isEqualTo("This link does not work");
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", Mailbox.token(link))
                        .param("password", "a brand new phrase")
                        .param("confirmPassword", "a brand new phrase"))
                .andExpect(status().isOk());
        assertThat(passwords.matches("a long enough phrase", hash(email))).isTrue();
    }

    @Test
    void anAddressIsEmailedAtMostThreeTimesAnHour() throws Exception {
        String email = Unique.email("flooded");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/password/forgotten").with(csrf()).param("email", email))
                    .andExpect(redirectedUrl("/password/sent"));
        }
        assertThat(new Mailbox(jdbc).count(email)).isEqualTo(3);
    }

    @Test
    void aSignedInPersonChangesTheirPasswordWithTheCurrentOne() throws Exception {
        String email = account("changer");
        Document wrong = html(changePassword(email, "not it at all", "a brand new phrase"));
        assertThat(wrong.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#currentPassword");
        mvc.perform(changePassword(email, "a long enough phrase", "a brand new phrase"))
                .andExpect(redirectedUrl("/account"));
        assertThat(passwords.matches("a brand new phrase", hash(email))).isTrue();
    }

    @Test
    void aSignedInPersonChangesTheirEmailAddressFromALinkSentToTheNewOne() throws Exception {
        String email = account("mover");
        String next = Unique.email("moved");
        Document taken = html(post("/account/email")
                .with(csrf())
                .with(signedIn.as(email))
                .param("newEmail", SignedIn.HUB_LEAD)
                .param("emailPassword", "a long enough phrase"));
        assertThat(taken.select(".govuk-error-summary").text()).contains("Another Hubcycle account uses that address");

        mvc.perform(post("/account/email")
                        .with(csrf())
                        .with(signedIn.as(email))
                        .param("newEmail", next)
                        .param("emailPassword", "a long enough phrase"))
                .andExpect(redirectedUrl("/account"));
        Mailbox mail = new Mailbox(jdbc);
        assertThat(mail.latestSubject(email)).isEqualTo("Your Hubcycle email address is being changed");
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, next))
                .as("not before the link")
                .isZero();

        mvc.perform(get(Mailbox.pathOf(mail.link(next, "/account/email/confirm?token="))))
                .andExpect(redirectedUrl("/login"));
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, next))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email))
                .isZero();
    }

    /** A fresh, confirmed account whose password is "a long enough phrase". */
    private String account(String who) {
        String email = Unique.email(who);
        jdbc.update(
                "insert into app_user (email, display_name, password_hash, hub_id, enabled, created_at) values (?, ?, ?, null, true, ?)",
                email,
                "Test " + who,
                passwords.encode("a long enough phrase"),
                Timestamp.from(Instant.now()));
        jdbc.update(
                "insert into app_user_role (user_id, role) select id, 'PARTICIPANT' from app_user where email = ?",
                email);
        return email;
    }

    private String hash(String email) {
        return jdbc.queryForObject("select password_hash from app_user where email = ?", String.class, email);
    }

    private Document html(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
