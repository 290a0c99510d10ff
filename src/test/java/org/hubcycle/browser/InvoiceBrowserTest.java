package org.hubcycle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hubcycle.delivery.internal.Charges;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hub lead opens a school's charges from the year's charges and raises an invoice, then reads it and the
 * year's invoices, on a phone. Axe checks each page. The demo's first register is put back afterwards.
 */
class InvoiceBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Charges charges;

    @Test
    void theHubLeadRaisesAnInvoiceForASchoolsNoShowsOnAPhone() {
        AcademicYear year = AcademicYear.containing(LocalDate.now(clock));
        long session = jdbc.queryForObject(
                "select s.id from delivery_session s join work_group g on g.id = s.work_group_id"
                        + " join hub h on h.id = g.hub_id where h.slug = 'demo-maths-hub'"
                        + " and g.name = 'Development 1' and g.academic_year = ? and s.sequence = 1",
                Long.class,
                year.startYear());
        // Nobody from one school (not the demo participant's) came to the first session: the school is charged.
        Map<String, Object> school = jdbc.queryForMap(
                "select e.school_urn as urn, min(e.id) as enrolment from attendance_mark m"
                        + " join participant p on p.id = m.participant_id join enrolment e on e.id = p.enrolment_id"
                        + " where m.session_id = ? and e.school_urn not in (select e2.school_urn from participant p2"
                        + " join enrolment e2 on e2.id = p2.enrolment_id where p2.email = ?)"
                        + " group by e.school_urn order by e.school_urn fetch first 1 rows only",
                session,
                SignedIn.PARTICIPANT);
        int urn = ((Number) school.get("urn")).intValue();
        List<Map<String, Object>> marks = jdbc.queryForList(
                "select m.id, m.mark from attendance_mark m join participant p on p.id = m.participant_id"
                        + " join enrolment e on e.id = p.enrolment_id where m.session_id = ? and e.school_urn = ?",
                session,
                urn);
        marks.forEach(m -> jdbc.update("update attendance_mark set mark = 'ABSENT' where id = ?", m.get("id")));
        charges.forget();
        try {
            Page page = browser.newPage(375, 812);
            signIn(page, SignedIn.HUB_LEAD);
            page.navigate(url("/delivery/charges/" + year.slug()));
            page.locator("#by-school a[href$='/schools/" + urn + "']").click();
            assertThat(page.locator("#to-invoice")).containsText("1 charge");
            Browser.assertAccessible(page);
            Browser.assertFitsWidth(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise an invoice for £150"))
                    .click();
            assertThat(page.locator(".govuk-notification-banner")).containsText("is raised");
            assertThat(page.locator("#status")).hasText("Raised");
            assertThat(page.locator("#lines tbody tr")).hasCount(1);
            Browser.assertAccessible(page);
            Browser.assertFitsWidth(page);

            page.getByText("Invoices to schools in " + year).click();
            assertThat(page.locator("#totals")).containsText("£150");
            Browser.assertAccessible(page);
            Browser.assertFitsWidth(page);
            page.context().close();
        } finally {
            jdbc.update(
                    "delete from school_invoice_line where invoice_id in"
                            + " (select id from school_invoice where school_urn = ?)",
                    urn);
            jdbc.update("delete from school_invoice where school_urn = ?", urn);
            marks.forEach(
                    m -> jdbc.update("update attendance_mark set mark = ? where id = ?", m.get("mark"), m.get("id")));
        }
    }
}
