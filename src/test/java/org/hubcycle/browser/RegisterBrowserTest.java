package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A work group lead takes today's register on a phone: everyone present, then one sent apologies. Axe checks each page. */
class RegisterBrowserTest extends BrowserTest {

    @Test
    void aLeadTakesARegisterOnAPhone() {
        Page page = browser.newPage(375, 812);
        signIn(page, "wgl@hubcycle.test");
        page.navigate(url("/leading"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Development 1").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sessions and registers"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Sessions of Development 1");
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register Session 2"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Register: session 2");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Ayesha Brook"))
                .getByLabel("Absent")
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark everyone else present"))
                .click();
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("everyone not marked before is marked present");

        Locator ayesha = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Ayesha Brook"));
        assertThat(ayesha.getByLabel("Absent")).isChecked();
        assertThat(page.locator("input[value=PRESENT]:checked")).not().hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark everyone else present"))
                .click();
        // a saved absence is never overwritten
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Ayesha Brook"))
                        .getByLabel("Absent"))
                .isChecked();
        ayesha = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Ayesha Brook"));
        ayesha.getByLabel("Sent apologies").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save register"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Register saved.");
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Ayesha Brook"))
                        .getByLabel("Sent apologies"))
                .isChecked();
        Browser.assertAccessible(page);
        page.context().close();
    }
}
