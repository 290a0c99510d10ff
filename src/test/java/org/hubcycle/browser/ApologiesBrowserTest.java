package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A participant sends apologies for a session from a phone, then withdraws them. Axe checks each page. */
class ApologiesBrowserTest extends BrowserTest {

    @Test
    void aParticipantSendsApologiesAndWithdrawsThem() {
        Page page = browser.newPage(375, 812);
        signIn(page, "participant@hubcycle.test");
        page.navigate(url("/my-sessions"));
        Browser.assertAccessible(page);
        Locator session = session(page);
        session.getByText("I cannot come to this session").click();
        session.getByLabel("A note for the leads (optional)").fill("My class is on a residential trip.");
        Browser.assertAccessible(page);
        session.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send apologies Session 3"))
                .click();

        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("Your apologies for session 3 are sent to your work group's leads.");
        assertThat(session(page)).containsText("Your note: My class is on a residential trip.");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);

        session(page)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw your apologies Session 3"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("are withdrawn");
        assertThat(session(page)).containsText("I cannot come to this session");
        page.context().close();
    }

    private static Locator session(Page page) {
        return page.locator(".govuk-summary-card")
                .filter(new Locator.FilterOptions().setHasText("Development 1: Session 3"));
    }
}
