package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import org.hubcycle.shared.PublicationRetries;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.StoredEvents;
import org.hubcycle.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The national admin, on a phone, is told on their home page that a change is held back (ADR 0049), reads what is
 * still to do, and gives it up after doing it by hand. Axe checks each page, and each fits the screen.
 */
class HeldChangesBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theNationalAdminGivesUpAHeldChange() {
        Instant made = Instant.now().minus(Duration.ofHours(2));
        StoredEvents.store(
                jdbc,
                "org.hubcycle.access.accounts.RoleGrants.on(org.hubcycle.leadership.LeadCommissioned)",
                "org.hubcycle.leadership.LeadCommissioned",
                "{\"hubId\":987654321,\"workGroupId\":0,\"workGroupName\":\"Development 9\",\"personId\":0,"
                        + "\"fullName\":\"Hattie Held\",\"email\":\"" + Unique.email("held") + "\",\"coLead\":false}",
                "FAILED",
                PublicationRetries.ATTEMPTS,
                made,
                made.plus(Duration.ofMinutes(90)));

        Page page = browser.newPage(375, 812);
        signIn(page, SignedIn.NATIONAL);
        assertThat(page.locator(".govuk-notification-banner")).containsText("held back");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See what is still to do"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Changes held back");
        var card = page.locator(".govuk-summary-card")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Hattie Held"));
        assertThat(card).containsText("A hub commissioned a work group lead");
        assertThat(card).containsText("Give the lead the work group lead role, or invite them to sign in");
        Browser.assertFitsWidth(page);
        Browser.assertAccessible(page);

        card.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Give up"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Give up this change?");
        assertThat(page.locator("main")).containsText("Hattie Held");
        Browser.assertFitsWidth(page);
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, give it up"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Given up");
        assertThat(page.locator("main")).not().containsText("Hattie Held");
        Browser.assertAccessible(page);
        page.context().close();
    }
}
