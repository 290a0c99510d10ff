package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import org.hubcycle.shared.AcademicYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A teacher, not signed in, browses a hub's public catalogue and opens a work group; axe checks both pages. */
class PublicCatalogueBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void browsesTheCatalogueWithoutSigningIn() {
        Page page = browser.newPage(1280, 900);
        String year = AcademicYear.containing(LocalDate.now(clock)).slug();
        page.navigate(url("/catalogue/demo-maths-hub/" + year));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Work groups");
        Browser.assertAccessible(page);

        page.getByLabel("Phase").selectOption("POST_16");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show work groups"))
                .click();
        assertThat(page.locator("tbody tr")).hasCount(2);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("GCSE Resit"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("GCSE Resit");
        assertThat(page.locator(".govuk-summary-list"))
                .containsText("For schools that are secondary, all-through or 16 plus schools");
        Browser.assertAccessible(page);
        page.context().close();
    }
}
