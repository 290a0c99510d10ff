package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.hubcycle.access.accounts.Invitations;
import org.hubcycle.access.internal.Role;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.leadership.internal.LlmeDepartures;
import org.hubcycle.leadership.internal.LlmeRegister;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.Inbox;
import org.hubcycle.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A hub lead, on a phone, corrects the address of someone the hub invited to a mistyped address; the invitation
 * then reaches the person, whose link works. The lead also removes a person added twice, and takes an LLME added by
 * mistake off the register before removing the person, records that another has left, then brings them back, and
 * erases the contact details of one who left. Axe checks each page, the forms with their errors too.
 */
class PeopleBrowserTest extends BrowserTest {

    @Autowired
    People people;

    @Autowired
    LlmeRegister register;

    @Autowired
    LlmeDepartures departures;

    @Autowired
    Hubs hubs;

    @Autowired
    Invitations invitations;

    @Test
    void aLeadCorrectsAMistypedAddressAndTheInvitationArrives() {
        String typo = Unique.email("mistyped");
        String right = Unique.email("orla.quinn");
        long hub = hubs.getBySlug("demo-maths-hub").id();
        long id = HubScope.asSystem(() -> people.add(hub, "Orla Quinn", typo, null, null, "Maths lead"))
                .person()
                .id();
        invitations.give(hub, typo, "Orla Quinn", Role.LLME, "hublead@hubcycle.test", "access.invitation.reason.llme");

        Page page = browser.newPage(375, 812);
        signIn(page, "hublead@hubcycle.test");
        page.navigate(url("/people/" + id));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change email address"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Change a person's details");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.getByLabel("Email address").fill("orla.quinn");
        page.getByLabel("Full name").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the person's full name");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter an email address in the correct format");
        Browser.assertAccessible(page);
        page.getByLabel("Full name").fill("Orla Quinn");
        page.getByLabel("Email address").fill(right);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Orla Quinn's details have been saved.");
        assertThat(page.locator(".govuk-notification-banner")).containsText("will go to the new one instead");
        assertThat(page.locator(".govuk-summary-list")).containsText(right);
        Browser.assertAccessible(page);
        page.context().close();

        Page orla = browser.newPage(375, 812);
        orla.navigate(Inbox.awaitLink(right, "Demo Maths Hub has invited you to Hubcycle", "/invitation?token="));
        assertThat(orla.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome to Hubcycle, Orla Quinn");
        orla.context().close();
    }

    @Test
    void aLeadRemovesAPersonAddedByMistake() {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        long id = HubScope.asSystem(() -> people.add(hub, "Pip Twice", Unique.email("pip"), null, null, null))
                .person()
                .id();

        Page page = browser.newPage(375, 812);
        signIn(page, "hublead@hubcycle.test");
        page.navigate(url("/people/" + id));
        assertThat(page.locator("main")).containsText("Nothing else in Hubcycle names them.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove this person"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Remove Pip Twice?");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, remove this person"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Pip Twice has been removed.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("People");
        Browser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void aLeadTakesAnLlmeAddedByMistakeOffTheRegisterThenRemovesThePerson() {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        String email = Unique.email("pat.wrong");
        long person = HubScope.asSystem(() -> people.add(hub, "Pat Wrong", email, null, null, null))
                .person()
                .id();
        long llme = onTheRegister(hub, email, RoleType.OTHER);

        Page page = browser.newPage(375, 812);
        signIn(page, "hublead@hubcycle.test");
        page.navigate(url("/llmes/" + llme));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remove Pat Wrong from the register"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Remove Pat Wrong from the register?");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, remove them from the register"))
                .click();
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("Pat Wrong has been removed from the register.");
        Browser.assertAccessible(page);

        page.navigate(url("/people/" + person));
        assertThat(page.locator("main")).containsText("Nothing else in Hubcycle names them.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove this person"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, remove this person"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Pat Wrong has been removed.");
        page.context().close();
    }

    @Test
    void aLeadRecordsThatAnLlmeLeftThenBringsThemBack() {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        String email = Unique.email("robin.moving");
        HubScope.asSystem(() -> people.add(hub, "Robin Moving", email, null, null, null));
        long llme = onTheRegister(hub, email, RoleType.SLE);

        Page page = browser.newPage(375, 812);
        signIn(page, "hublead@hubcycle.test");
        page.navigate(url("/llmes/" + llme));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Record that Robin Moving has left the register"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Has Robin Moving left the register?");
        assertThat(page.locator("main")).containsText("Specialist Leader of Education (SLE) ends with");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, they have left"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Robin Moving has left the register.");
        assertThat(page.locator("main .govuk-tag")).hasText("Left the register");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Put Robin Moving back on the register"))
                .click();
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("Robin Moving is back on the register. Add the role they take up.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Add a role")))
                .isVisible();
        page.context().close();
    }

    @Test
    void aLeadErasesTheContactDetailsOfSomeoneWhoLeftAtTheirRequest() {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        String email = Unique.email("sam.forgotten");
        long person = HubScope.asSystem(() -> people.add(hub, "Sam Forgotten", email, null, null, "Maths lead"))
                .person()
                .id();
        long llme = onTheRegister(hub, email, RoleType.SLE);
        HubScope.asSystem(() -> departures.leave(llme, "hublead@hubcycle.test"));

        Page page = browser.newPage(375, 812);
        signIn(page, "hublead@hubcycle.test");
        page.navigate(url("/people/" + person));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Erase their contact details"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Erase Sam Forgotten's contact details?");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, erase their contact details"))
                .click();
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("Sam Forgotten's contact details have been erased.");
        assertThat(page.locator("#erased")).containsText("Their name stays on the records of their work.");
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.context().close();
    }

    /** Adds one of the hub's people to its register with a role from this year, as its lead does. */
    private long onTheRegister(long hub, String email, RoleType role) {
        return HubScope.asSystem(() -> register.add(
                hub,
                email,
                new LlmeRegister.RoleInput(
                        role, AcademicYear.containing(LocalDate.now()), null, null, null, null, null)));
    }
}
