package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hubcycle.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A work group lead makes an API token on a phone, copies it from the page, reads the API with it from a program,
 * then revokes it. Axe checks each page; the secret wraps rather than widening the page.
 */
class ApiTokensBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTokens() {
        jdbc.update("delete from api_token where user_id in (select id from app_user where email = ?)", SignedIn.WGL);
    }

    @Test
    void aLeadMakesATokenUsesItAndRevokesItOnAPhone() throws Exception {
        Page page = browser.newPage(375, 812);
        signIn(page, SignedIn.WGL);
        page.navigate(url("/account"));
        page.getByText("Your API tokens").click();
        assertThat(page.locator("#no-tokens")).isVisible();
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a token"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the token"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the token");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);

        page.getByLabel("Name").fill("Sessions spreadsheet");
        page.getByLabel("1 year").check();
        page.getByLabel("Your current password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the token"))
                .click();
        assertThat(page.locator("#created")).containsText("Your token Sessions spreadsheet");
        String secret = page.locator("#secret").innerText().strip();
        assertThat(secret).startsWith("hcy_");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);

        assertThat(read("/api/v1/schools?q=Primary", secret)).isEqualTo(200);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revoke Sessions spreadsheet"))
                .click();
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke the token"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("has been revoked");
        assertThat(page.locator(".govuk-summary-card")).containsText("Revoked");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        assertThat(read("/api/v1/schools?q=Primary", secret)).isEqualTo(401);
        page.context().close();
    }

    private int read(String path, String secret) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", "Bearer " + secret)
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
