package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A work group lead records a visit on a phone, corrects its record, then deletes it. Axe checks each page. */
class VisitsBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void aLeadRecordsCorrectsAndDeletesAVisit() {
        Page page = browser.newPage(375, 812);
        signIn(page, "wgl@hubcycle.test");
        page.navigate(url("/leading"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Development 1").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sessions and registers"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Records of visits"))
                .click();
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        page.getByLabel("School visited").selectOption(new SelectOption().setIndex(1));
        page.getByLabel("Day").fill(String.valueOf(yesterday.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(yesterday.getMonthValue()));
        page.getByLabel("Year", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(yesterday.getYear()));
        page.getByLabel("Year 4", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Focus of the visit").fill("Fluency with times tables");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the visit"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Visit recorded.");
        Browser.assertAccessible(page);

        page.locator("tr", new Page.LocatorOptions().setHasText("Fluency with times tables"))
                .getByRole(AriaRole.LINK)
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Correct the record of a visit");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.getByLabel("Focus of the visit").fill("Fluency with times tables and division facts");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Visit record corrected.");

        page.locator("tr", new Page.LocatorOptions().setHasText("division facts"))
                .getByRole(AriaRole.LINK)
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete this record"))
                .click();
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, delete this record"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Visit record deleted.");
        assertThat(page.locator("body")).not().containsText("division facts");
        page.context().close();
    }
}
