package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.hubcycle.shared.AcademicYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A participant answers the demo baseline survey through their personal link on a phone with JavaScript
 * off, without signing in; a hub lead reads last year's results. Axe checks every page.
 */
class SurveyBrowserTest extends BrowserTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aParticipantAnswersTheirSurveyOnAPhoneWithoutJavaScript() {
        Page page = browser.newPageWithoutJavaScript(375, 812);
        page.navigate(url("/survey/demo-baseline-survey"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Baseline survey: Development 1");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue"))
                .click();
        page.waitForLoadState(LoadState.LOAD);
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).containsText("There is a problem");
        assertThat(summary.locator("a").first()).containsText("Answer: ");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);

        for (int section = 1; !page.url().endsWith("/check"); section++) {
            org.assertj.core.api.Assertions.assertThat(section)
                    .as(
                            "sections before checking answers, now at %s: %s",
                            page.url(), page.locator("main").innerText())
                    .isLessThan(10);
            Locator agree = page.locator("input[type=radio][value='4']");
            for (int i = 0; i < agree.count(); i++) {
                agree.nth(i).check();
            }
            Locator number = page.locator("input.govuk-input");
            if (number.count() > 0) {
                number.first().fill("7");
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue"))
                    .click();
            page.waitForLoadState(LoadState.LOAD);
        }
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Check your answers");
        assertThat(page.locator(".govuk-summary-list__value").first()).hasText("Agree");
        Browser.assertFitsWidth(page);
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit your answers"))
                .click();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator(".govuk-panel__title")).hasText("Thank you");
        Browser.assertAccessible(page);

        page.navigate(url("/survey/demo-baseline-survey"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("You have already answered this survey");
        Browser.assertAccessible(page);
        page.context().close();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aHubLeadReadsLastYearsResults() {
        Page page = browser.newPage(1280, 900);
        signIn(page, "hublead@hubcycle.test");
        AcademicYear last = AcademicYear.containing(LocalDate.now()).previous();
        page.navigate(url("/evaluation?year=" + last.slug()));
        Browser.assertAccessible(page);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Development 1").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Evaluation of Development 1");
        assertThat(page.locator("#areas ~ .hubcycle-scroll table").first()).containsText("Practice development");
        Browser.assertAccessible(page);
        page.context().close();
    }
}
