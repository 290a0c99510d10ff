package org.hubcycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.support.SignedIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every role's menu fits on one line of a laptop screen, and every page a phone user visits fits a
 * 375 px screen without scrolling sideways (wide tables scroll inside their own box). Axe checks them.
 */
@Tag("page-walk")
class LayoutBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRolesMenuFitsOneLineAt1280Pixels() {
        for (String user : List.of(
                SignedIn.HUB_LEAD,
                SignedIn.NATIONAL,
                SignedIn.WGL,
                SignedIn.SCHOOL,
                SignedIn.PARTICIPANT,
                SignedIn.LLME)) {
            Page page = browser.newPage(1280, 800);
            signIn(page, user);
            List<?> tops = (List<?>) page.locator(".govuk-service-navigation__item")
                    .evaluateAll("items => items.map(item => Math.round(item.getBoundingClientRect().top))");
            assertThat(tops).as("menu rows of " + user).isNotEmpty().allMatch(top -> top.equals(tops.get(0)));
            page.context().close();
        }
    }

    @Test
    void thePagesEachRoleVisitsFitAPhone() {
        String year = AcademicYear.containing(LocalDate.now(clock)).slug();
        String lastYear =
                AcademicYear.containing(LocalDate.now(clock)).previous().slug();
        String project = "/improvement/"
                + jdbc.queryForObject(
                        "select min(p.id) from improvement_project p join hub h on h.id = p.hub_id"
                                + " where h.slug = 'demo-maths-hub'",
                        Long.class);
        String ended = "/improvement/"
                + jdbc.queryForObject(
                        "select min(p.id) from improvement_project p join hub h on h.id = p.hub_id"
                                + " where h.slug = 'northfield-maths-hub'",
                        Long.class);
        String place = "/applications/"
                + jdbc.queryForObject(
                        "select e.id from enrolment e join app_user u on u.school_urn = e.school_urn"
                                + " where u.email = ? and e.academic_year = ?",
                        Long.class,
                        SignedIn.SCHOOL,
                        AcademicYear.containing(LocalDate.now(clock)).previous().startYear());
        String claim = "/funding/claims/"
                + jdbc.queryForObject("select min(id) from funding_claim where status = 'SUBMITTED'", Long.class);
        String materials = "/delivery/sessions/"
                + jdbc.queryForObject(
                        "select s.id from delivery_session s join work_group g on g.id = s.work_group_id"
                                + " join hub h on h.id = g.hub_id where h.slug = 'demo-maths-hub'"
                                + " and g.name = 'Development 1' and g.academic_year = ? and s.sequence = 1",
                        Long.class,
                        AcademicYear.containing(LocalDate.now(clock)).startYear())
                + "/materials";
        String leadPayment = jdbc.queryForObject(
                "select '/llmes/payments/work-groups/' || g.id || '/leads/' || g.lead_person_id from work_group g"
                        + " join hub h on h.id = g.hub_id where h.slug = 'demo-maths-hub'"
                        + " and g.name = 'Development 1' and g.academic_year = ?",
                String.class,
                AcademicYear.containing(LocalDate.now(clock)).startYear());
        long development1 = jdbc.queryForObject(
                "select g.id from work_group g join hub h on h.id = g.hub_id where h.slug = 'demo-maths-hub'"
                        + " and g.name = 'Development 1' and g.academic_year = ?",
                Long.class,
                AcademicYear.containing(LocalDate.now(clock)).startYear());
        String person =
                "/people/" + jdbc.queryForObject("select id from person where email = ?", Long.class, SignedIn.LLME);
        String nadia = "/llmes/"
                + jdbc.queryForObject(
                        "select l.id from llme l join person p on p.id = l.person_id where p.email = ?",
                        Long.class,
                        SignedIn.LLME);
        Map<String, List<String>> visits = Map.of(
                SignedIn.SCHOOL,
                        List.of(
                                "/",
                                "/applications",
                                place,
                                place + "/claims/new",
                                place + "/attendance",
                                "/charges",
                                "/school-contacts",
                                "/account",
                                "/catalogue/demo-maths-hub/" + year,
                                "/catalogue/demo-maths-hub/annual-reports",
                                "/certificates",
                                "/certificates?code=not-a-code",
                                "/privacy",
                                "/cookies",
                                "/account/close",
                                // The school did Development last year: the page offers the groups it may join.
                                "/apply/" + development1,
                                "/catalogue/demo-maths-hub/"
                                        + AcademicYear.containing(LocalDate.now(clock))
                                                .previous()
                                                .previous()
                                                .slug()
                                        + "/annual-report"),
                SignedIn.PARTICIPANT, List.of("/", "/my-sessions", "/my-stories"),
                SignedIn.WGL, List.of("/leading", "/interest", materials, "/evaluation/work-groups/" + development1),
                SignedIn.LLME, List.of("/improvement", project, project + "/visits/new"),
                SignedIn.NATIONAL,
                        List.of(
                                "/insights",
                                "/insights/hubs",
                                "/insights/reach",
                                "/impact",
                                "/impact/" + lastYear + "/northfield-maths-hub",
                                "/improvement",
                                ended + "/report",
                                "/hubs",
                                "/hubs/new",
                                "/hubs/northfield-maths-hub/edit",
                                "/hubs/northfield-maths-hub/area"),
                SignedIn.HUB_LEAD,
                        List.of(
                                "/enrolment/" + year,
                                "/enrolment/erasure?email=participant@hubcycle.test",
                                "/offer/" + year,
                                "/audit",
                                "/delivery/charges/" + year,
                                "/funding/" + lastYear,
                                claim,
                                "/people",
                                person,
                                person + "/edit",
                                person + "/remove",
                                person + "/erase",
                                "/hubs/demo-maths-hub/edit",
                                "/llmes",
                                nadia + "/remove",
                                nadia + "/leave",
                                "/llmes/rounds",
                                "/llmes/meetings",
                                "/llmes/payments/" + year,
                                leadPayment,
                                "/",
                                "/delivery/registers",
                                "/delivery/sessions",
                                "/impact",
                                "/impact/" + lastYear + "/demo-maths-hub/case-studies/new",
                                "/impact/" + lastYear + "/demo-maths-hub/stories",
                                "/impact/" + lastYear + "/demo-maths-hub/annual-report",
                                "/impact/" + lastYear + "/demo-maths-hub/annual-report/preview",
                                "/improvement/new",
                                project,
                                project + "/kpis/new",
                                project + "/risks/new",
                                project + "/report",
                                "/insights",
                                "/insights/schools?by=phase&group=Primary",
                                "/insights/years?by=region",
                                "/insights/pathway",
                                "/insights/pathway/schools?pathway=primary&key=stage-1",
                                "/insights/reach",
                                "/insights/reach/schools?what=COMPLETED",
                                "/insights/recruit?quiet=10"));
        visits.forEach((user, paths) -> {
            Page page = browser.newPage(375, 812);
            signIn(page, user);
            for (String path : paths) {
                page.navigate(url(path));
                assertThat(page.title())
                        .as(path)
                        .doesNotContain("Page not found")
                        .doesNotContain("problem");
                Browser.assertFitsWidth(page);
                Browser.assertAccessible(page);
            }
            page.context().close();
        });
    }

    @Test
    void aChangeToAHubsAreaIsCheckedBeforeItIsMadeOnAPhone() {
        Page page = browser.newPage(375, 812);
        signIn(page, SignedIn.NATIONAL);
        page.navigate(url("/hubs/northfield-maths-hub/area"));
        page.getByLabel("Fenbury (886)").uncheck();
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Check the change to the hub's area");
        assertThat(page.locator("main li").allTextContents())
                .anySatisfy(
                        item -> assertThat(item).startsWith("Fenbury (886):").endsWith("in no hub's area"));
        Browser.assertFitsWidth(page);
        Browser.assertAccessible(page);
        page.getByText("Start again").click();
        assertThat(page.getByLabel("Fenbury (886)").isChecked())
                .as("nothing changed until it is confirmed")
                .isTrue();
        page.context().close();
    }
}
