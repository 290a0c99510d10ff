package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.hubcycle.shared.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A termly progress report from its prefilled figures to the hub lead's acceptance, on a phone. Axe checks each page. */
class ReportBrowserTest extends BrowserTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aLeadSubmitsATermlyReportAndTheHubLeadAcceptsIt() {
        // Next term's report: the integration tests write this term's.
        String term = Term.values()[(Term.of(LocalDate.now()).ordinal() + 1) % 3].name();
        String word = term.charAt(0) + term.substring(1).toLowerCase(Locale.UK);

        Page lead = browser.newPage(375, 812);
        signIn(lead, "wgl@hubcycle.test");
        lead.navigate(url("/evaluation"));
        lead.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Development 1").setExact(true))
                .click();
        lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(word + " report"))
                .click();
        assertThat(lead.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(word + " progress report: Development 1");
        assertThat(lead.locator("dl").first()).containsText("planned");
        Browser.assertAccessible(lead);
        Browser.assertFitsWidth(lead);

        lead.getByLabel("Progress against the evaluation criteria").fill("Schools plan in small steps now.");
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the hub lead"))
                .click();
        assertThat(lead.locator(".govuk-error-summary")).containsText("Enter the next steps before you submit");
        Browser.assertAccessible(lead);
        lead.getByLabel("Next steps").fill("Visit the two schools that joined late.");
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the hub lead"))
                .click();
        assertThat(lead.locator(".govuk-notification-banner")).containsText("submitted to the hub lead");
        lead.context().close();

        Page hub = browser.newPage(1280, 900);
        signIn(hub, "hublead@hubcycle.test");
        hub.navigate(url("/evaluation/reports"));
        Browser.assertAccessible(hub);
        hub.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Submitted Development 1, " + word))
                .click();
        Browser.assertAccessible(hub);
        hub.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the report"))
                .click();
        assertThat(hub.locator(".govuk-notification-banner")).containsText("The report is accepted");
        assertThat(hub.locator("main .govuk-tag").first()).hasText("Accepted");
        Browser.assertAccessible(hub);
        hub.context().close();
    }
}
