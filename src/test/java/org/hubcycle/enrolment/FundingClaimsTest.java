package org.hubcycle.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hubcycle.directory.Hubs;
import org.hubcycle.enrolment.internal.FundingClaims;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.notifications.Outbox.View;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.EmailAddressChanged;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A school claims the funding its place entitles it to, up to each entitlement's ceiling; the hub returns,
 * approves and pays the claim, and the school is told each time; nobody else's to see or decide.
 */
@IntegrationTest
class FundingClaimsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    FundingClaims claims;

    @Autowired
    Hubs hubs;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void aSchoolClaimsWithinItsEntitlementAndTheHubReturnsApprovesAndPaysIt() throws Exception {
        RequestPostProcessor school = signedIn.as(SignedIn.SCHOOL);
        RequestPostProcessor lead = signedIn.as(SignedIn.HUB_LEAD);
        AcademicYear lastYear = AcademicYear.containing(LocalDate.now(clock)).previous();
        long place = ownPlace(lastYear);
        String application = "/applications/" + place;
        long auditedBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);

        Document page = html(get(application).with(school));
        assertThat(page.select("#entitlements tbody tr").eachText())
                .as("the demo's paid cover claim counts against its ceiling")
                .containsExactly(
                        "Supply cover: £3,000 £1,800 £1,800 £1,200",
                        "Matched textbook funding: up to £2,000 £0 £0 £2,000");
        assertThat(page.select("a[href=" + application + "/claims/new]")).hasSize(1);

        assertThat(html(post(application + "/claims/new").with(csrf()).with(school))
                        .select(".govuk-error-summary a")
                        .eachAttr("href"))
                .as("every missing part, in the form's order")
                .containsExactly("#entitlement", "#amount", "#details");
        assertThat(errors(claim(application, school, "Supply cover", "1,500")))
                .contains(
                        "You can claim at most £1,200 more for Supply cover (the place is entitled to £3,000 in all)");
        assertThat(errors(claim(application, school, "Supply cover", "-5"))).contains("Enter the amount in pounds");
        assertThat(errors(claim(application, school, "Free lunches", "5")))
                .contains("Choose what you are claiming for");

        mvc.perform(claim(application, school, "Supply cover", "£1,200"))
                .andExpect(redirectedUrl(application + "#funding"));
        String contact =
                hubs.contactEmail(hubs.getBySlug("demo-maths-hub").id()).orElseThrow();
        View received = lastEmailTo(contact);
        assertThat(received.subject()).isEqualTo("Alderfield Primary School has claimed funding for Supply cover");
        assertThat(received.body()).contains("£1,200", "/funding/claims/");
        page = html(get(application).with(school));
        assertThat(page.select("#entitlements tbody tr").get(0).text()).endsWith("£0");
        String claim = page.select("#claims tbody tr").last().select("a").attr("href");
        long id = Long.parseLong(claim.substring(claim.lastIndexOf('/') + 1));
        assertThat(html(get(claim).with(school)).select("#claim").text()).contains("Sent", "£1,200");

        // The hub: its list and totals, then a return, a change, an approval and a payment.
        Document list =
                html(get("/funding/" + lastYear.slug() + "?status=SUBMITTED").with(lead));
        assertThat(list.select("#claims tbody tr").text()).contains("Supply cover", "£1,200");
        String hubClaim = "/funding/claims/" + id;
        assertThat(html(get(hubClaim).with(lead)).select("#place").text()).contains("Completed", "£0 left");
        assertThat(errors(decide(hubClaim + "/approve", lead, 0).param("approved", "1000")))
                .contains("Say why you approve less than the school claimed");
        assertThat(errors(decide(hubClaim + "/approve", lead, 0).param("approved", "1300")))
                .contains("Approve more than £0 and no more than the £1,200 claimed");
        assertThat(errors(decide(hubClaim + "/return", lead, 0))).contains("Say what the school should change");
        mvc.perform(decide(hubClaim + "/return", lead, 0).param("returnNote", "Send the invoice numbers"))
                .andExpect(redirectedUrl(hubClaim));
        View returned = lastEmailTo(SignedIn.SCHOOL);
        assertThat(returned.subject()).isEqualTo("Your claim for Supply cover, Development 1");
        assertThat(returned.body()).contains("What to change: Send the invoice numbers", claim);
        assertThat(html(get(application).with(school))
                        .select("#entitlements tbody tr")
                        .get(0)
                        .text())
                .as("a returned claim takes nothing until it is sent again")
                .endsWith("£1,200");

        Document returnedPage = html(get(claim).with(school));
        assertThat(returnedPage.select("#note").text()).isEqualTo("Send the invoice numbers");
        String version = returnedPage.select("input[name=version]").first().val();
        mvc.perform(post(claim)
                        .with(csrf())
                        .with(school)
                        .param("version", version)
                        .param("amount", "1100")
                        .param("details", "Cover on six days, invoices SC-3001 to SC-3006"))
                .andExpect(redirectedUrl(application + "#funding"));
        assertThat(errors(post(claim)
                        .with(csrf())
                        .with(school)
                        .param("version", version)
                        .param("amount", "1100")
                        .param("details", "Again")))
                .as("a claim sent again cannot be changed until the hub returns it")
                .contains("Someone changed this claim");

        mvc.perform(decide(hubClaim + "/approve", lead, 2).param("approved", "1100"))
                .andExpect(redirectedUrl(hubClaim));
        assertThat(errors(decide(hubClaim + "/approve", lead, 2).param("approved", "1100")))
                .as("a decision made on a stale page")
                .contains("Someone changed this claim");
        assertThat(lastEmailTo(SignedIn.SCHOOL).body()).contains("£1,100 is approved");
        assertThat(errors(post(claim + "/withdraw").with(csrf()).with(school).param("version", "3")))
                .contains("The hub has approved this claim, so it can no longer be withdrawn");

        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        assertThat(errors(paid(hubClaim, lead, tomorrow))).contains("cannot be in the future");
        mvc.perform(paid(hubClaim, lead, LocalDate.now(clock)).param("reference", "=BACS-77"))
                .andExpect(redirectedUrl(hubClaim));
        assertThat(lastEmailTo(SignedIn.SCHOOL).body()).contains("The hub has paid your claim", "£1,100", "=BACS-77");
        assertThat(html(get(application).with(school))
                        .select("#entitlements tbody tr")
                        .get(0)
                        .text())
                .isEqualTo("Supply cover: £3,000 £2,900 £2,900 £100");

        String csv = mvc.perform(get("/funding/" + lastYear.slug() + ".csv").with(lead))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).contains("Supply cover,1100.00,", ",Paid,1100.00,", "'=BACS-77");
        assertThat(jdbc.queryForList(
                        "select type from audit_event where type like 'funding.%' and id > ? order by id",
                        String.class, auditedBefore))
                .containsExactly(
                        "funding.claimed",
                        "funding.returned",
                        "funding.resubmitted",
                        "funding.approved",
                        "funding.paid");
    }

    @Test
    void nobodyElseSeesOrDecidesAClaimAndTwoClaimsAtOnceKeepWithinTheCeiling() throws Exception {
        AcademicYear lastYear = AcademicYear.containing(LocalDate.now(clock)).previous();
        long place = ownPlace(lastYear);
        int urn = jdbc.queryForObject("select school_urn from enrolment where id = ?", Integer.class, place);

        // Two claims for the whole of the textbook funding, sent at the same moment: one is refused.
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Long>> sent = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sent.add(pool.submit(() -> {
                together.await();
                return claims.claim(urn, place, "Matched textbook funding", 200_000, "Textbooks", SignedIn.SCHOOL);
            }));
        }
        int made = 0;
        int refused = 0;
        for (Future<Long> f : sent) {
            try {
                f.get();
                made++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(Refused.class);
                refused++;
            }
        }
        pool.shutdown();
        assertThat(made).isEqualTo(1);
        assertThat(refused).isEqualTo(1);
        long id = jdbc.queryForObject(
                "select max(id) from funding_claim where enrolment_id = ? and entitlement = 'Matched textbook funding'",
                Long.class,
                place);

        // Another hub's lead, another school, and roles with no part in it.
        mvc.perform(get("/funding/claims/" + id).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(decide("/funding/claims/" + id + "/approve", signedIn.as(SignedIn.HUB_LEAD_2), 0)
                        .param("approved", "2000"))
                .andExpect(status().isNotFound());
        assertThat(html(get("/funding/" + lastYear.slug()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                        .select("#claims a[href=/funding/claims/" + id + "]"))
                .isEmpty();
        RequestPostProcessor otherSchool = signedIn.asContactOf(urn + 1);
        mvc.perform(get("/applications/" + place + "/claims/new").with(otherSchool))
                .andExpect(status().isNotFound());
        mvc.perform(get("/applications/" + place + "/claims/" + id).with(otherSchool))
                .andExpect(status().isNotFound());
        mvc.perform(post("/applications/" + place + "/claims/" + id + "/withdraw")
                        .with(csrf())
                        .with(otherSchool))
                .andExpect(status().isNotFound());
        for (String who : List.of(SignedIn.NATIONAL, SignedIn.LLME, SignedIn.WGL, SignedIn.PARTICIPANT)) {
            mvc.perform(get("/funding/claims/" + id).with(signedIn.as(who))).andExpect(status().isForbidden());
            mvc.perform(get("/applications/" + place + "/claims/new").with(signedIn.as(who)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/funding/" + lastYear.slug()).with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(status().isForbidden());

        // Hub staff see and decide claims as the hub lead does; the school withdraws what is not yet approved.
        RequestPostProcessor staff = signedIn.asStaffOf(hubs.getBySlug("demo-maths-hub"));
        assertThat(html(get("/funding/claims/" + id).with(staff)).select("form[action$=/approve]"))
                .hasSize(1);
        RequestPostProcessor school = signedIn.as(SignedIn.SCHOOL);
        mvc.perform(post("/applications/" + place + "/claims/" + id + "/withdraw")
                        .with(csrf())
                        .with(school))
                .andExpect(redirectedUrl("/applications/" + place + "#funding"));
        assertThat(jdbc.queryForObject("select count(*) from funding_claim where id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void theNationalCentreSeesEachHubsTotalsAndNoSchoolsClaim() throws Exception {
        AcademicYear lastYear = AcademicYear.containing(LocalDate.now(clock)).previous();
        Document page = html(get("/funding/hubs?year=" + lastYear.slug()).with(signedIn.as(SignedIn.NATIONAL)));
        long paid = jdbc.queryForObject(
                "select count(*) from funding_claim c join hub h on h.id = c.hub_id"
                        + " where h.slug = 'demo-maths-hub' and c.academic_year = ? and c.status = 'PAID'",
                Long.class,
                lastYear.startYear());
        assertThat(page.select("#claims-by-hub tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).startsWith("Demo Maths Hub").contains(paid + " claim"))
                .anySatisfy(row -> assertThat(row).startsWith("England"));
        assertThat(page.select("a[href^=/funding/claims/]"))
                .as("no claim of a school's")
                .isEmpty();
        for (String who : List.of(SignedIn.HUB_LEAD, SignedIn.SCHOOL, SignedIn.LLME)) {
            mvc.perform(get("/funding/hubs").with(signedIn.as(who))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aContactWhoChangesTheirEmailAddressKeepsTheirClaimsApplicationsPlacesAndPerson() {
        long place = ownPlace(AcademicYear.containing(LocalDate.now(clock)).previous());
        int urn = jdbc.queryForObject("select school_urn from enrolment where id = ?", Integer.class, place);
        long claim = claims.claim(urn, place, "Matched textbook funding", 10_000, "Atlases", "moving@school.test");
        String appliedBy = jdbc.queryForObject("select applied_by from enrolment where id = ?", String.class, place);
        long participant =
                jdbc.queryForObject("select min(id) from participant where enrolment_id = ?", Long.class, place);
        String participantEmail =
                jdbc.queryForObject("select email from participant where id = ?", String.class, participant);
        long person = jdbc.queryForObject("select min(id) from person", Long.class);
        String personEmail = jdbc.queryForObject("select email from person where id = ?", String.class, person);
        jdbc.update("update enrolment set applied_by = 'moving@school.test' where id = ?", place);
        jdbc.update("update participant set email = 'moving@school.test' where id = ?", participant);
        jdbc.update("update person set email = 'moving@school.test' where id = ?", person);
        try {
            transactions.executeWithoutResult(
                    status -> events.publishEvent(new EmailAddressChanged("moving@school.test", "moved@school.test")));
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(jdbc.queryForList(
                                    "select submitted_by from funding_claim where id = ?"
                                            + " union all select applied_by from enrolment where id = ?"
                                            + " union all select email from participant where id = ?"
                                            + " union all select email from person where id = ?",
                                    String.class,
                                    claim,
                                    place,
                                    participant,
                                    person))
                            .containsOnly("moved@school.test")
                            .hasSize(4));
        } finally {
            jdbc.update("delete from funding_claim where id = ?", claim);
            jdbc.update("update enrolment set applied_by = ? where id = ?", appliedBy, place);
            jdbc.update("update participant set email = ? where id = ?", participantEmail, participant);
            jdbc.update("update person set email = ? where id = ?", personEmail, person);
        }
    }

    /** The demo school contact's place in last year's Development group: it completed, and the project funds it. */
    private long ownPlace(AcademicYear year) {
        return jdbc.queryForObject(
                "select e.id from enrolment e join app_user u on u.school_urn = e.school_urn"
                        + " where u.email = ? and e.academic_year = ?",
                Long.class,
                SignedIn.SCHOOL,
                year.startYear());
    }

    private MockHttpServletRequestBuilder claim(
            String application, RequestPostProcessor who, String entitlement, String amount) {
        return post(application + "/claims/new")
                .with(csrf())
                .with(who)
                .param("entitlement", entitlement)
                .param("amount", amount)
                .param("details", "Supply cover on the session days, invoices SC-3001 to SC-3006");
    }

    private static MockHttpServletRequestBuilder decide(String action, RequestPostProcessor who, int version) {
        return post(action).with(csrf()).with(who).param("version", "" + version);
    }

    private static MockHttpServletRequestBuilder paid(String claim, RequestPostProcessor who, LocalDate on) {
        return decide(claim + "/paid", who, 3)
                .param("paidDay", "" + on.getDayOfMonth())
                .param("paidMonth", "" + on.getMonthValue())
                .param("paidYear", "" + on.getYear());
    }

    private String errors(MockHttpServletRequestBuilder request) throws Exception {
        return html(request).select(".govuk-error-summary").text();
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
