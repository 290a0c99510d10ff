package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.hubcycle.access.accounts.Invitations;
import org.hubcycle.access.internal.Role;
import org.hubcycle.directory.Hubs;
import org.hubcycle.support.Inbox;
import org.hubcycle.support.RunningServerTest;
import org.hubcycle.support.Unique;
import org.hubcycle.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sessions follow the account: a new role shows at once, without signing out and in again; a reset
 * password ends every session; a changed password ends every other one.
 */
class SignedInSessionsTest extends RunningServerTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Invitations invitations;

    @Autowired
    Hubs hubs;

    @Test
    void aNewRoleShowsWithoutSigningInAgain() throws Exception {
        String email = account("llme", "LLME", "demo-maths-hub");
        WebSession session = signedIn(email);
        assertThat(session.get("/leading").statusCode()).isEqualTo(403);

        invitations.give(
                hubs.getBySlug("demo-maths-hub").id(),
                email,
                "Test",
                Role.WORK_GROUP_LEAD,
                "test",
                "access.invitation.reason.lead",
                "Development 1");
        assertThat(session.get("/leading").statusCode()).isEqualTo(200);
    }

    @Test
    void resettingThePasswordEndsEverySessionOfTheAccount() throws Exception {
        String email = account("reset", "PARTICIPANT", null);
        WebSession elsewhere = signedIn(email);
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);

        WebSession here = new WebSession(PORT);
        here.post("/password/forgotten", "/password/forgotten", Map.of("email", email));
        String link = Inbox.awaitLink(email, "Choose a new Hubcycle password", "/password/reset?token=");
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(here.post(
                                "/password/reset?token=" + token,
                                "/password/reset",
                                Map.of(
                                        "token",
                                        token,
                                        "password",
                                        "a brand new phrase",
                                        "confirmPassword",
                                        "a brand new phrase"))
                        .statusCode())
                .isEqualTo(302);

        assertThat(elsewhere.get("/account").statusCode())
                .as("the other session has ended")
                .isEqualTo(302);
        assertThat(new WebSession(PORT)
                        .signIn(email, "a brand new phrase")
                        .headers()
                        .firstValue("Location"))
                .hasValue(url("/"));
    }

    @Test
    void changingThePasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        String email = account("change", "PARTICIPANT", null);
        WebSession elsewhere = signedIn(email);
        WebSession here = signedIn(email);
        assertThat(here.post(
                                "/account",
                                "/account/password",
                                Map.of(
                                        "currentPassword",
                                        "a long enough phrase",
                                        "password",
                                        "a brand new phrase",
                                        "confirmPassword",
                                        "a brand new phrase"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(here.get("/account").statusCode()).isEqualTo(200);
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(302);
    }

    private WebSession signedIn(String email) throws Exception {
        return signedIn(email, "a long enough phrase");
    }

    /** A fresh, confirmed account whose password is "a long enough phrase". */
    private String account(String who, String role, String hubSlug) {
        String email = Unique.email(who);
        Long hub = hubSlug == null ? null : hubs.getBySlug(hubSlug).id();
        jdbc.update(
                "insert into app_user (email, display_name, password_hash, hub_id, enabled, created_at) values (?, ?, ?, ?, true, ?)",
                email,
                "Test " + who,
                passwords.encode("a long enough phrase"),
                hub,
                Timestamp.from(Instant.now()));
        jdbc.update(
                "insert into app_user_role (user_id, role) select id, ? from app_user where email = ?", role, email);
        return email;
    }
}
