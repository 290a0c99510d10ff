package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.catalogue.CatalogueTerms.SessionFormat;
import org.hubcycle.catalogue.CatalogueTerms.SessionLength;
import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.RequiredRoles;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.Nominees;
import org.hubcycle.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The public offer tells the truth about places: once a work group's places are taken it says it is
 * full, offers the waiting list and points to the project's next group with places, on the list, on
 * the group's page and on a phone. Only a school contact is offered "Apply". Axe checks each page.
 */
class PublicOfferBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Autowired
    HubOffers offers;

    @Autowired
    Hubs hubs;

    @Autowired
    Schools schools;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Applications applications;

    @Autowired
    WorkGroupTerms terms;

    @Test
    void aFullWorkGroupSaysSoAndPointsToTheNextWithPlaces() {
        AcademicYear year = AcademicYear.containing(LocalDate.now(clock));
        WorkGroupTerms.Terms readiness = HubScope.asSystem(
                        () -> terms.of(group("Readiness 1", year).id()))
                .orElseThrow();
        long demo = hubs.getBySlug("demo-maths-hub").id();
        String name = "Readiness small group";
        HubScope.asSystem(() -> offers.create(
                demo,
                year,
                new HubOffers.WorkGroupInput(
                        readiness.projectId(),
                        name,
                        null,
                        null,
                        null,
                        2,
                        2,
                        null,
                        3,
                        SessionLength.HALF_DAY,
                        SessionFormat.IN_PERSON,
                        "Aldermoor Teaching School",
                        readiness.startMonth(),
                        readiness.applicationDeadline(),
                        0,
                        0,
                        WorkGroupStatus.OPEN)));
        fill(group(name, year));
        String offer = url("/catalogue/demo-maths-hub/" + year.slug());

        Page phone = browser.newPage(375, 812);
        phone.navigate(offer);
        assertThat(phone.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(name)))
                .containsText("Full: apply to join the waiting list");
        assertThat(phone.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Readiness 1")))
                .containsText("places left");
        Browser.assertFitsWidth(phone);
        Browser.assertAccessible(phone);

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
        assertThat(phone.locator("main")).containsText("Full: apply to join the waiting list");
        assertThat(phone.locator("#availability")).containsText("Places are left in Readiness");
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply for a place")))
                .hasCount(0);
        assertThat(phone.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Sign in as your school's contact to apply")))
                .isVisible();
        Browser.assertFitsWidth(phone);
        Browser.assertAccessible(phone);
        phone.locator("#alternative").click();
        assertThat(phone.locator("#availability")).containsText("places left");
        phone.context().close();

        Page lead = browser.newPage(1280, 900);
        signIn(lead, SignedIn.HUB_LEAD);
        lead.navigate(url("/catalogue/demo-maths-hub/" + year.slug() + "/work-groups/"
                + group("Readiness 1", year).id()));
        assertThat(lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply for a place")))
                .hasCount(0);
        assertThat(lead.locator("main")).containsText("Schools apply");
        lead.context().close();

        Page school = browser.newPage(1280, 900);
        signIn(school, SignedIn.SCHOOL);
        school.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("See the work groups your school's Maths Hub offers this year, and apply"))
                .click();
        school.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Readiness 1").setExact(true))
                .click();
        assertThat(school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply for a place")))
                .isVisible();
        Browser.assertAccessible(school);
        school.context().close();
    }

    private WorkGroupBrief group(String name, AcademicYear year) {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        return HubScope.asSystem(() -> offers.briefs(demo, year)).stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Applies for the group with open primary schools that have applied for nothing, until no place is left. */
    private void fill(WorkGroupBrief group) {
        HubScope.asSystem(() -> {
            WorkGroupTerms.Terms groupTerms = terms.of(group.id()).orElseThrow();
            List<SchoolSummary> fresh = schools
                    .search(new SchoolSearch(null, "Primary", "881", null, "Open", null, null), PageRequest.of(0, 200))
                    .stream()
                    .filter(s -> applications.forSchool(s.urn()).isEmpty())
                    .skip(5)
                    .limit(groupTerms.capacitySchools())
                    .toList();
            for (SchoolSummary school : fresh) {
                enrolments.apply(new Enrolments.Application(
                        group.id(),
                        school.urn(),
                        participants(groupTerms.requiredRoles(), school.urn()),
                        "head@" + school.urn() + ".test"));
            }
        });
    }

    private static List<Enrolments.ParticipantInput> participants(RequiredRoles required, int urn) {
        return Nominees.forRoles(required, urn);
    }
}
