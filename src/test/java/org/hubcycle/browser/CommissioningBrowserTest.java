package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * An LLME offers to lead a work group, correcting a mistake on the way; the hub lead compares the
 * expressions of interest and commissions them; the LLME sees the outcome. Axe checks each page.
 */
class CommissioningBrowserTest extends BrowserTest {

    @Test
    void anLlmeExpressesInterestAndTheHubLeadCommissionsThem() {
        Page llme = browser.newPage(1280, 900);
        signIn(llme, "wgl@hubcycle.test");
        llme.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lead a work group"))
                .click();
        assertThat(llme.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Lead or take part in work groups");
        Browser.assertAccessible(llme);

        llme.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Core Maths").setExact(true))
                .click();
        llme.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send expression of interest"))
                .click();
        assertThat(llme.locator(".govuk-error-summary")).containsText("Choose one of the options");
        assertThat(llme.locator(".govuk-error-summary")).containsText("Tell your hub about your relevant experience");
        Browser.assertAccessible(llme);

        llme.getByLabel("Lead it", new Page.GetByLabelOptions().setExact(true)).check();
        llme.getByLabel("Your relevant experience")
                .fill("I have led a Development work group for two years and teach Core Maths.");
        llme.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send expression of interest"))
                .click();
        assertThat(llme.locator(".govuk-notification-banner"))
                .containsText("Your expression of interest in Core Maths is saved.");
        assertThat(llme.locator("table").last()).containsText("Submitted");

        Page hub = browser.newPage(1280, 900);
        signIn(hub, "hublead@hubcycle.test");
        hub.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("LLMEs"))
                .click();
        assertThat(hub.locator("#active-count")).containsText("hold a role in");
        Browser.assertAccessible(hub);
        hub.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Expressions of interest")
                                .setExact(true))
                .click();
        hub.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Leading work groups in")
                                .setExact(false))
                .first()
                .click();
        Browser.assertAccessible(hub);
        hub.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Core Maths").setExact(true))
                .click();
        assertThat(hub.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Who leads Core Maths");
        Locator card =
                hub.locator(".govuk-summary-card").filter(new Locator.FilterOptions().setHasText("Samir Haddad"));
        assertThat(card).containsText("Primary Mastery Specialist");
        assertThat(card).containsText("Development 1");
        Browser.assertAccessible(hub);

        card.getByLabel("Commission to lead this work group").check();
        card.getByLabel("Message to them").fill("Thank you: the first session is in the spring term.");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save decision for Samir Haddad"))
                .click();
        assertThat(hub.locator(".govuk-notification-banner"))
                .containsText("Samir Haddad is commissioned and has been emailed.");
        assertThat(hub.locator("#current-leads")).containsText("Samir Haddad");
        Browser.assertAccessible(hub);

        llme.navigate(url("/interest"));
        assertThat(llme.locator("table").last()).containsText("Commissioned");
        assertThat(llme.locator("table").last()).containsText("the first session is in the spring term");
        hub.context().close();
        llme.context().close();
    }
}
