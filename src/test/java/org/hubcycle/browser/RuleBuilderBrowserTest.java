package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.hubcycle.support.SignedIn;
import org.junit.jupiter.api.Test;

/**
 * The national admin builds a project's eligibility rule from form controls (no JSON anywhere),
 * reads it in plain English before saving, and sees it on the project's page. Axe checks each page.
 */
class RuleBuilderBrowserTest extends BrowserTest {

    @Test
    void theNationalAdminBuildsARuleAndReadsItBeforeSaving() {
        Page page = browser.newPage(1280, 900);
        signIn(page, SignedIn.NATIONAL);
        page.navigate(url("/projects/new"));
        assertThat(page.locator("textarea[name=eligibility], input[name=eligibility]"))
                .hasCount(0);
        assertThat(page.locator("main")).not().containsText("{\"type\"");

        page.getByLabel("Code").fill("NCP19-97");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Fractions in Key Stage 2");
        page.locator("#phases").check();
        page.getByLabel("Strategic goal").fill("Primary");
        page.getByLabel("Why is this project needed, what does it involve?").fill("Pupils find fractions hard.");
        page.getByLabel("Who are the intended participants and what is the expected commitment?")
                .fill("Two teachers from each school.");

        page.locator(".govuk-details__summary")
                .filter(new Locator.FilterOptions().setHasText("Its phase is one of"))
                .click();
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Its phase is one of"))
                .getByLabel("Primary", new Locator.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("It is in the hub's area").check();
        page.getByLabel("It has never taken part in a project of the family").selectOption("Mastering Number");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the rule in plain English"))
                .click();

        assertThat(page.locator("#rule-preview"))
                .containsText(
                        "For schools that are primary schools and are in the hub's area and have never taken part in a Mastering Number project");
        assertThat(page.locator(".govuk-error-summary")).hasCount(0);
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save project"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("NCP19-97: Fractions in Key Stage 2");
        assertThat(page.locator(".govuk-summary-list"))
                .containsText("have never taken part in a Mastering Number project");
        Browser.assertAccessible(page);
        page.context().close();
    }
}
