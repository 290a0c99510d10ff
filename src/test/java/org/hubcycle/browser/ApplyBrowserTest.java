package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.Inbox;
import org.hubcycle.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The whole apply journey: a school's contact creates an account, confirms it from the email,
 * signs in, is approved by the school's hub lead (emailed to ask), applies from the public work group page (correcting a mistake on the way), checks their
 * answers with the school's eligibility, and sees their place. Axe checks each page.
 */
class ApplyBrowserTest extends BrowserTest {

    @Autowired
    Schools schools;

    @Autowired
    HubOffers offers;

    @Autowired
    Hubs hubs;

    @Test
    void aSchoolCreatesAnAccountAndAppliesForAPlace() {
        SchoolSummary school = HubScope.asSystem(() -> schools.search(
                        new SchoolSearch(null, "Primary", "883", null, "Open", null, null), PageRequest.of(0, 10))
                .getContent()
                .get(5));
        String email = TestKeys.next("head") + "@school.test";
        Page page = browser.newPage(1280, 900);

        page.navigate(url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an account for your school"))
                .click();
        page.getByLabel("School name, URN or postcode").fill(String.valueOf(school.urn()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find your school"))
                .click();
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(school.name()))
                .click();
        page.getByLabel("Your full name").fill("Imogen Tarrant");
        page.getByLabel("Your email address").fill(email);
        page.getByLabel("Choose a password").fill("correct horse battery");
        page.getByLabel("Type the password again").fill("correct horse battery");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Check your email");
        Browser.assertAccessible(page);

        page.navigate(Inbox.awaitLink(email, "Confirm your Hubcycle account", "/account/confirm"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your email address is confirmed");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill("correct horse battery");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("waiting for approval");

        // The school's hub lead is emailed, and approves the new contact; the contact's session sees it at once.
        String hubLead = "hublead@hubcycle.test";
        Page lead = browser.newPage(1280, 900);
        signIn(lead, hubLead);
        lead.navigate(Inbox.awaitLink(hubLead, "Someone has asked to act for " + school.name(), "/school-contacts"));
        Browser.assertAccessible(lead);
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve Imogen Tarrant"))
                .click();
        assertThat(lead.locator(".govuk-notification-banner")).containsText("Approved");
        lead.context().close();
        Inbox.await(email, "You can now act for " + school.name());

        AcademicYear year = AcademicYear.containing(LocalDate.now());
        long demo = hubs.getBySlug("demo-maths-hub").id();
        long development = HubScope.asSystem(() -> offers.briefs(demo, year)).stream()
                .filter(g -> g.name().equals("Development 2"))
                .findFirst()
                .orElseThrow()
                .id();
        page.navigate(url("/catalogue/demo-maths-hub/" + year.slug() + "/work-groups/" + development));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply for a place"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Apply to Development 2");
        Browser.assertAccessible(page);

        page.locator("#name-1").fill("Harriet Moss");
        page.locator("#email-1").fill("h.moss@school.test");
        page.locator("#jobTitle-1").fill("Year 3 teacher");
        page.locator("#role-1").selectOption("Teacher");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Development 2 needs 1 Maths lead and 1 Teacher from each school");
        Browser.assertAccessible(page);

        page.locator("#name-2").fill("Dev Chaudhry");
        page.locator("#email-2").fill("d.chaudhry@school.test");
        page.locator("#jobTitle-2").fill("Maths lead");
        page.locator("#role-2").selectOption("Maths lead");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Check your answers before applying");
        assertThat(page.locator("#decision")).containsText("Eligible: the school is a Primary school");
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit application"))
                .click();
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("Your application to Development 2 is submitted");
        assertThat(page.locator("#status")).hasText("Accepted");
        Browser.assertAccessible(page);

        // Harriet leaves the school: someone else takes her place
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Harriet Moss"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Change a participant");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.getByLabel("Full name").fill("Imogen Vale");
        page.getByLabel("Email address").fill("i.vale@school.test");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("Imogen Vale now takes part in place of Harriet Moss.");
        assertThat(page.locator("body")).not().containsText("Harriet Moss,");
        page.context().close();
    }
}
