package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.hubcycle.support.RunningServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * The running application (sending email to the test SMTP server) and one headless Chromium per
 * test class, with the steps every journey shares. Tagged, so that the run on PostgreSQL can leave the
 * browser out (ADR 0051).
 */
@Tag("browser")
abstract class BrowserTest extends RunningServerTest {

    static Browser browser;

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

    /** Signs in through the login form and waits for the home page. */
    void signIn(Page page, String email) {
        page.navigate(url("/login"));
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).hasURL(url("/"));
    }
}
