package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A hub lead signs in, sees their home page and signs out, in a real browser, with axe checks. */
class SignInJourneyBrowserTest extends BrowserTest {

    Page page;

    @BeforeEach
    void open() {
        page = browser.newPage(1280, 900);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void aHubLeadSignsInSeesTheirHomePageAndSignsOut() {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Sign in to Hubcycle");
        Browser.assertAccessible(page);

        page.getByLabel("Email address").fill("hublead@hubcycle.test");
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();

        assertThat(page).hasURL(url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Tom Ashworth");
        assertThat(page.locator(".govuk-header")).containsText("Demo Maths Hub");
        Browser.assertAccessible(page);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Your hub").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Demo Maths Hub");
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page).hasURL(url("/login?signed-out"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out.");
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryLinkedToTheField() {
        page.navigate(url("/login"));
        page.getByLabel("Email address").fill("nobody@hubcycle.test");
        page.getByLabel("Password").fill("not-it");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();

        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct email address and password");
        Browser.assertAccessible(page);
        page.locator(".govuk-error-summary a").click();
        assertThat(page.getByLabel("Email address")).isFocused();
    }

    @Test
    void signingInWorksWithJavaScriptOff() {
        page.context().close();
        page = browser.newPageWithoutJavaScript(1280, 900);
        page.navigate(url("/login"));
        page.getByLabel("Email address").fill("hublead@hubcycle.test");
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Tom Ashworth");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page).hasURL(url("/login?signed-out"));
    }
}
