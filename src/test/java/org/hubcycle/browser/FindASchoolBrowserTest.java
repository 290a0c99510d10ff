package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A hub lead finds a school, opens its page and its trust's, and adds a person; axe checks each page. */
class FindASchoolBrowserTest extends BrowserTest {

    @Test
    void findsASchoolAndItsTrustAndAddsAPerson() {
        Page page = browser.newPage(1280, 900);
        signIn(page, "hublead@hubcycle.test");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Schools").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Find a school");
        page.getByLabel("Type").selectOption("Academies");
        page.getByLabel("Local authority").selectOption("Aldermoor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                .click();
        assertThat(page.locator("tbody tr").first()).isVisible();
        Browser.assertAccessible(page);

        page.locator("tbody a").first().click();
        assertThat(page.locator(".govuk-summary-list")).containsText("Aldermoor");
        Browser.assertAccessible(page);
        String urn = page.locator(".govuk-caption-l").textContent().replaceAll("\\D", "");

        page.locator(".govuk-summary-list a[href^='/trusts/']").click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Schools").setExact(true)))
                .isVisible();
        Browser.assertAccessible(page);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("People").setExact(true))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a person"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the person's full name");
        Browser.assertAccessible(page);

        page.getByLabel("Full name").fill("Rowan Tessier");
        page.getByLabel("Email address").fill("rowan.tessier." + System.nanoTime() + "@school.test");
        page.getByLabel("School URN (optional)").fill(urn);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Rowan Tessier has been added.");
        Browser.assertAccessible(page);
        page.context().close();
    }
}
