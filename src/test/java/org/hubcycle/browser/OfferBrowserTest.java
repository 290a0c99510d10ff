package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/** A hub lead adds a work group to the offer, correcting a mistake on the way; axe checks each page. */
class OfferBrowserTest extends BrowserTest {

    @Test
    void aHubLeadAddsAWorkGroup() {
        Page page = browser.newPage(1280, 900);
        signIn(page, "hublead@hubcycle.test");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Offer").setExact(true))
                .click();
        assertThat(page.locator("tbody tr").first()).isVisible();
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a work group"))
                .click();
        page.getByLabel("Project").selectOption(new SelectOption().setIndex(2));
        page.getByLabel("Schools in the group").fill("lots");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save work group"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the work group");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the number of schools, from 1 to 9999");
        Browser.assertAccessible(page);

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Browser Embedding Group");
        page.getByLabel("Schools in the group").fill("8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save work group"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Browser Embedding Group has been added.");
        assertThat(page.locator("tbody")).containsText("Browser Embedding Group");
        page.context().close();
    }
}
