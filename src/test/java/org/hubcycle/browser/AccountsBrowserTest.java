package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.hubcycle.support.Inbox;
import org.hubcycle.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Getting into Hubcycle without a demo password: a hub lead adds someone to the team, who accepts the
 * emailed invitation and lands signed in on the hub's page; someone who forgot their password resets
 * it from the sign-in page. Both read the email from the test mail server. Axe checks each page.
 */
class AccountsBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aNewMemberOfStaffAcceptsTheirInvitation() {
        String email = Unique.email("new-staff");
        Page lead = browser.newPage(1280, 900);
        signIn(lead, "hublead@hubcycle.test");
        lead.navigate(url("/hubs/demo-maths-hub"));
        lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add someone to the team"))
                .click();
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add and invite"))
                .click();
        assertThat(lead.locator(".govuk-error-summary")).containsText("Enter their full name");
        Browser.assertAccessible(lead);
        lead.getByLabel("Full name").fill("Wren Adebayo");
        lead.getByLabel("Email address").fill(email);
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add and invite"))
                .click();
        assertThat(lead.locator(".govuk-notification-banner"))
                .containsText("Wren Adebayo is added to the team and has been emailed");
        lead.context().close();

        Page staff = browser.newPage(375, 812);
        staff.navigate(Inbox.awaitLink(email, "Demo Maths Hub has invited you to Hubcycle", "/invitation?token="));
        assertThat(staff.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome to Hubcycle, Wren Adebayo");
        Browser.assertAccessible(staff);
        staff.getByLabel("Choose a password").fill("short");
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue"))
                .click();
        assertThat(staff.locator(".govuk-error-summary")).containsText("Enter a password of at least 12 characters");
        Browser.assertAccessible(staff);
        staff.getByLabel("Choose a password").fill("a good long passphrase");
        staff.getByLabel("Type the password again").fill("a good long passphrase");
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue"))
                .click();
        assertThat(staff).hasURL(url("/hubs/demo-maths-hub"));
        assertThat(staff.locator(".govuk-header")).containsText("Wren Adebayo");

        // Wren leaves the hub: the lead takes them off the team on a phone while Wren is still signed in.
        long wren = jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
        Page again = browser.newPage(375, 812);
        signIn(again, "hublead@hubcycle.test");
        again.navigate(url("/hubs/demo-maths-hub/team/" + wren + "/remove"));
        assertThat(again.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Take Wren Adebayo off the team?");
        Browser.assertAccessible(again);
        Browser.assertFitsWidth(again);
        again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take them off the team"))
                .click();
        assertThat(again.locator(".govuk-notification-banner")).containsText("Wren Adebayo is no longer on the team");
        Browser.assertAccessible(again);
        again.context().close();
        org.assertj.core.api.Assertions.assertThat(
                        staff.navigate(url("/hubs/demo-maths-hub")).status())
                .as("Wren's own session no longer opens the hub")
                .isEqualTo(403);
        staff.context().close();
    }

    @Test
    void theNationalAdminSuspendsAnAccountAndRestoresItOnAPhone() {
        String email = Unique.email("suspended");
        jdbc.update(
                "insert into app_user (email, display_name, password_hash, hub_id, enabled, created_at) values (?, ?, ?, null, true, ?)",
                email,
                "Ivo Marsh",
                passwords.encode("a forgotten phrase"),
                java.sql.Timestamp.from(java.time.Instant.now()));
        jdbc.update(
                "insert into app_user_role (user_id, role) select id, 'PARTICIPANT' from app_user where email = ?",
                email);
        Page page = browser.newPage(375, 812);
        signIn(page, "national@hubcycle.test");
        page.getByText("Find an account, suspend or restore it").click();
        page.getByLabel("Email address or name").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                .click();
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(email))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Ivo Marsh");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suspend the account"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why the account is suspended");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.getByLabel("Why it is suspended").fill("Asked us to close it while on leave");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suspend the account"))
                .click();
        assertThat(page.locator("#suspended")).containsText("Asked us to close it while on leave");
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore the account"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The account is restored");
        page.context().close();
    }

    @Test
    void aParticipantClosesTheirAccountOnAPhone() {
        String email = Unique.email("closing");
        jdbc.update(
                "insert into app_user (email, display_name, password_hash, hub_id, enabled, created_at) values (?, ?, ?, null, true, ?)",
                email,
                "Rhian Okafor",
                passwords.encode("demo"),
                java.sql.Timestamp.from(java.time.Instant.now()));
        jdbc.update(
                "insert into app_user_role (user_id, role) select id, 'PARTICIPANT' from app_user where email = ?",
                email);
        Page page = browser.newPage(375, 812);
        signIn(page, email);
        page.navigate(url("/account"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close your account"))
                .click();
        assertThat(page.locator("#goes")).containsText("You can no longer sign in as " + email);
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close my account"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your current password");
        Browser.assertAccessible(page);
        page.getByLabel("Your password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close my account"))
                .click();
        assertThat(page).hasURL(url("/account/closed"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Your account is closed");
        assertThat(page.locator(".govuk-header")).not().containsText("Rhian Okafor");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.context().close();
    }

    @Test
    void someoneWhoForgotTheirPasswordResetsItFromTheSignInPage() {
        String email = Unique.email("forgetful");
        jdbc.update(
                "insert into app_user (email, display_name, password_hash, hub_id, enabled, created_at) values (?, ?, ?, null, true, ?)",
                email,
                "Fern Oduya",
                passwords.encode("a forgotten phrase"),
                java.sql.Timestamp.from(java.time.Instant.now()));
        jdbc.update(
                "insert into app_user_role (user_id, role) select id, 'PARTICIPANT' from app_user where email = ?",
                email);
        Page page = browser.newPage(375, 812);
        page.navigate(url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgotten your password?"))
                .click();
        Browser.assertAccessible(page);
        page.getByLabel("Email address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Check your email");
        Browser.assertAccessible(page);

        page.navigate(Inbox.awaitLink(email, "Choose a new Hubcycle password", "/password/reset?token="));
        Browser.assertAccessible(page);
        page.getByLabel("New password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new password"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("at least 12 characters");
        page.getByLabel("New password").fill("participant's new phrase");
        page.getByLabel("Type the password again").fill("participant's new phrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new password"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your password has been changed");
        Browser.assertAccessible(page);

        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill("participant's new phrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).hasURL(url("/"));
        page.context().close();
    }
}
