package org.hubcycle.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.directory.People.PersonView;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.notifications.Outbox.View;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Paying a work group's lead: the hub lead records the terms agreed and then the payment, the lead is
 * emailed both and sees them on their own page, the year's page totals them and downloads them; nobody
 * pays more than was agreed, and another hub and other roles find nothing.
 */
@IntegrationTest
class LeadPaymentsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Hubs hubs;

    @Autowired
    HubOffers offers;

    @Autowired
    People people;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void theHubLeadAgreesTermsPaysTheLeadAndTheLeadIsTold() throws Exception {
        AcademicYear year = AcademicYear.containing(LocalDate.now(clock));
        HubSummary demo = hubs.getBySlug("demo-maths-hub");
        WorkGroupBrief group = HubScope.asSystem(() -> offers.briefs(demo.id(), year)).stream()
                .filter(g -> g.name().equals("Development 1"))
                .findFirst()
                .orElseThrow();
        PersonView lead = HubScope.asSystem(() -> people.views(List.of(group.leadPersonId())))
                .get(group.leadPersonId());
        String yearPage = "/llmes/payments/" + year.slug();
        String page = "/llmes/payments/work-groups/" + group.id() + "/leads/" + lead.id();
        RequestPostProcessor hubLead = signedIn.as(SignedIn.HUB_LEAD);

        Document before = html(get(yearPage).with(hubLead));
        assertThat(before.select("tr:contains(Development 1) a[href=" + page + "]")
                        .text())
                .isEqualTo(lead.fullName());
        assertThat(before.select("tr:has(a[href=" + page + "])").text()).contains("No terms agreed yet");
        assertThat(html(get("/llmes").with(hubLead)).select("nav a[href=/llmes/payments]"))
                .hasSize(1);

        Document empty = html(terms(page, hubLead, "", "", "", null));
        assertThat(empty.select(".govuk-error-summary a").eachAttr("href"))
                .as("each missing term, in the form's order")
                .containsExactly("#days", "#rate", "#payee");
        assertThat(html(terms(page, hubLead, "6.25", "0", "Ashgate Primary School", null))
                        .select(".govuk-error-summary a")
                        .eachText())
                .containsExactly(
                        "Enter the days as a whole or half number from 0.5 to 60, like 6 or 6.5",
                        "Enter the day rate in pounds, more than £0 and at most £2,000, like 300 or 312.50");

        mvc.perform(terms(page, hubLead, "6.5", "300", "Ashgate Primary School", null))
                .andExpect(redirectedUrl(page));
        assertThat(lastEmailTo(lead.email()).body())
                .contains(
                        "6.5 days at £300 a day, £1,950 in all, paid to Ashgate Primary School",
                        "/leading/" + group.id());
        Document agreed = html(get(yearPage).with(hubLead));
        assertThat(agreed.select("tr:has(a[href=" + page + "])").text())
                .contains("6.5 days at £300 a day: £1,950", "To pay");
        assertThat(agreed.select("#payment-totals").text()).contains("Agreed £1,950", "Agreed and not yet paid £1,950");

        String version = html(get(page).with(hubLead))
                .select("form[action$=/payment] input[name=version]")
                .val();
        assertThat(html(pay(page, hubLead, "2000", LocalDate.now(clock), version))
                        .select(".govuk-error-summary")
                        .text())
                .contains("cannot be more than was agreed");
        assertThat(html(pay(page, hubLead, "1950", LocalDate.now(clock).plusDays(1), version))
                        .select(".govuk-error-summary a")
                        .eachAttr("href"))
                .containsExactly("#paidDay");
        mvc.perform(pay(page, hubLead, "1,950", LocalDate.now(clock), version)).andExpect(redirectedUrl(page));
        assertThat(lastEmailTo(lead.email()).body()).contains("The hub has paid £1,950", "PO-1950");
        assertThat(html(get(yearPage).with(hubLead))
                        .select("tr:has(a[href=" + page + "]) .govuk-tag")
                        .text())
                .isEqualTo("Paid £1,950");
        assertThat(html(pay(page, hubLead, "1950", LocalDate.now(clock), version))
                        .select(".govuk-error-summary")
                        .text())
                .as("a payment recorded on a page that has since changed")
                .contains("changed this lead's terms or payment while you were looking");
        String now = html(get(page).with(hubLead))
                .select("form[action$=/terms] input[name=version]")
                .val();
        assertThat(html(terms(page, hubLead, "1", "300", "Ashgate Primary School", now))
                        .select(".govuk-error-summary")
                        .text())
                .contains("cannot come to less than has already been paid");

        String csv = mvc.perform(get(yearPage + ".csv").with(hubLead))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).contains("Development 1," + lead.fullName() + "," + lead.email() + ",Lead,6.5,300.00,1950.00");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where type like 'leadership.lead-%' and subject = ?",
                        Integer.class, lead.fullName()))
                .isEqualTo(2);

        // The lead reads their own terms and payment.
        assertThat(html(get("/leading/" + group.id()).with(signedIn.as(SignedIn.WGL)))
                        .select("#terms")
                        .text())
                .contains("6.5 days at £300 a day: £1,950", "Paid £1,950");

        // Someone who led the group earlier in the year keeps their terms and payment in sight.
        long former = jdbc.queryForObject(
                "select min(id) from person where hub_id = ? and id <> ?", Long.class, demo.id(), lead.id());
        jdbc.update(
                "insert into lead_agreement (hub_id, academic_year, work_group_id, person_id, half_days, day_rate_pence,"
                        + " payee, agreed_at, agreed_by, paid_pence, paid_on, version)"
                        + " values (?, ?, ?, ?, 4, 30000, 'Their school', current_timestamp, ?, 60000, ?, 0)",
                demo.id(),
                year.startYear(),
                group.id(),
                former,
                SignedIn.HUB_LEAD,
                java.sql.Date.valueOf(LocalDate.now(clock)));
        String formerPage = "/llmes/payments/work-groups/" + group.id() + "/leads/" + former;
        Document withFormer = html(get(yearPage).with(hubLead));
        assertThat(withFormer.select("tr:has(a[href=" + formerPage + "])").text())
                .contains("(no longer leads it)", "2 days at £300 a day: £600", "Paid £600");
        assertThat(withFormer.select("#payment-totals").text()).contains("Paid £2,550");
        assertThat(html(get(formerPage).with(hubLead)).select("main dl").text()).contains("No longer leads it");
        jdbc.update("delete from lead_agreement where person_id = ?", former);

        // Hub staff read; only the hub lead records. Another hub, and other roles, find nothing.
        RequestPostProcessor staff = signedIn.asStaffOf(demo);
        assertThat(html(get(page).with(staff)).select("main form")).isEmpty();
        mvc.perform(terms(page, staff, "7", "300", "Ashgate", now)).andExpect(status().isForbidden());
        RequestPostProcessor other = signedIn.as(SignedIn.HUB_LEAD_2);
        mvc.perform(get(page).with(other)).andExpect(status().isNotFound());
        mvc.perform(terms(page, other, "7", "300", "Ashgate", now)).andExpect(status().isNotFound());
        assertThat(html(get(yearPage).with(other)).select("main").text()).doesNotContain(lead.fullName());
        mvc.perform(get("/llmes/payments/work-groups/" + group.id() + "/leads/" + (lead.id() + 100_000))
                        .with(hubLead))
                .andExpect(status().isNotFound());
        for (String role : List.of(SignedIn.NATIONAL, SignedIn.WGL, SignedIn.LLME, SignedIn.SCHOOL)) {
            mvc.perform(get(yearPage).with(signedIn.as(role))).andExpect(status().isForbidden());
        }
    }

    private static MockHttpServletRequestBuilder terms(
            String page, RequestPostProcessor who, String days, String rate, String payee, String version) {
        MockHttpServletRequestBuilder request = post(page + "/terms")
                .with(csrf())
                .with(who)
                .param("days", days)
                .param("rate", rate)
                .param("payee", payee);
        return version == null ? request : request.param("version", version);
    }

    private static MockHttpServletRequestBuilder pay(
            String page, RequestPostProcessor who, String amount, LocalDate on, String version) {
        return post(page + "/payment")
                .with(csrf())
                .with(who)
                .param("amount", amount)
                .param("paidDay", String.valueOf(on.getDayOfMonth()))
                .param("paidMonth", String.valueOf(on.getMonthValue()))
                .param("paidYear", String.valueOf(on.getYear()))
                .param("reference", "PO-1950")
                .param("version", version);
    }

    private View lastEmailTo(String email) {
        return HubScope.asSystem(() -> outbox.list(email, PageRequest.of(0, 1)))
                .getContent()
                .get(0);
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
