package org.hubcycle.support;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts a test makes straight in the database, to sign in as through the real form. */
public final class TestAccounts {

    private TestAccounts() {}

    /** A new confirmed account, named "Test {who}", of this hub with this role and password; returns its address. */
    public static String confirmed(
            JdbcTemplate jdbc, PasswordEncoder passwords, String who, String hubSlug, String role, String password) {
        String email = Unique.email(who);
        jdbc.update(
                "insert into app_user (email, display_name, password_hash, hub_id, enabled, created_at)"
                        + " values (?, ?, ?, (select id from hub where slug = ?), true, ?)",
                email,
                "Test " + who,
                passwords.encode(password),
                hubSlug,
                Timestamp.from(Instant.now()));
        jdbc.update(
                "insert into app_user_role (user_id, role) select id, ? from app_user where email = ?", role, email);
        return email;
    }
}
