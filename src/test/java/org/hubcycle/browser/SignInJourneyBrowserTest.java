package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A hub lead signs in, sees their home page and signs out, in a real browser, with axe checks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInJourneyBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    Page page;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

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
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL("http://localhost:" + port + "/login");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sign in to Hubcycle");
        Browser.assertAccessible(page);

        page.getByLabel("Email address").fill("hublead@hubcycle.test");
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page).hasURL("http://localhost:" + port + "/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Welcome, Tom Ashworth");
        assertThat(page.locator(".govuk-header")).containsText("Demo Maths Hub");
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your hub").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Demo Maths Hub");
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL("http://localhost:" + port + "/login?signed-out");
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out.");
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL("http://localhost:" + port + "/login");
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryLinkedToTheField() {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Email address").fill("nobody@hubcycle.test");
        page.getByLabel("Password").fill("not-it");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct email address and password");
        Browser.assertAccessible(page);
        page.locator(".govuk-error-summary a").click();
        assertThat(page.getByLabel("Email address")).isFocused();
    }

    @Test
    void signingInWorksWithJavaScriptOff() {
        page.context().close();
        page = browser.newPageWithoutJavaScript(1280, 900);
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Email address").fill("hublead@hubcycle.test");
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Welcome, Tom Ashworth");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL("http://localhost:" + port + "/login?signed-out");
    }
}
