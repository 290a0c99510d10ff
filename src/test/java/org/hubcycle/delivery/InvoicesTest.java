package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hubcycle.delivery.internal.Invoices;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The hub lead invoices a school for its charges: numbered in the hub's sequence, its lines kept, the school
 * emailed; cancelled (the charges can then be invoiced again) or paid. The school reads its own invoices; hub
 * staff read them; another hub, or another school, finds nothing.
 */
class InvoicesTest extends DeliveryFixtures {

    @Autowired
    Invoices invoices;

    @Test
    void theHubInvoicesASchoolForItsChargesAndRecordsThePayment() throws Exception {
        SessionView first = session("Development 1", 1);
        int ashgate =
                HubScope.asSystem(() -> seats.ofParticipant(PARTICIPANT)).get(0).schoolUrn();
        Seats.Place place = HubScope.asSystem(() -> seats.places(first.workGroupId())).stream()
                .filter(p -> p.urn() != ashgate)
                .findFirst()
                .orElseThrow();
        List<Seat> absent = HubScope.asSystem(() -> seats.of(first.workGroupId())).stream()
                .filter(s -> s.schoolUrn() == place.urn())
                .toList();
        String project = group("Development 1").projectCode();
        String base = jdbc.queryForObject("select no_show_basis from project where code = ?", String.class, project);
        jdbc.update("update project set no_show_basis = 'PER_PARTICIPANT' where code = ?", project);
        charges.forget();
        mark(first, absent, "ABSENT");
        String school = "/delivery/charges/" + year().slug() + "/schools/" + place.urn();
        try {
            Document charges = page("/delivery/charges/" + year().slug(), SignedIn.HUB_LEAD);
            assertThat(charges.select("#by-school a").eachAttr("href")).contains(school);
            Document before = page(school, SignedIn.HUB_LEAD);
            String amount = "£" + (150 * absent.size());
            assertThat(before.select("#to-invoice").text()).contains(absent.size() + " charges", amount);
            assertThat(page(school, SignedIn.HUB_LEAD).select("form[action$=/invoice]"))
                    .hasSize(1);
            assertThat(html(get(school).with(signedIn.asStaffOf(hubs.getBySlug("demo-maths-hub"))))
                            .select("form[action$=/invoice]"))
                    .as("hub staff read, without the lead's button")
                    .isEmpty();
            mvc.perform(post(school + "/invoice")
                            .with(csrf())
                            .with(signedIn.asStaffOf(hubs.getBySlug("demo-maths-hub"))))
                    .andExpect(status().isForbidden());
            mvc.perform(post(school + "/invoice").with(csrf()).with(signedIn.as(SignedIn.WGL)))
                    .andExpect(status().isForbidden());
            mvc.perform(get(school).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());

            String cancelled = raise(school);
            Document raised = page(cancelled, SignedIn.HUB_LEAD);
            String number = raised.select("h1").text().replace("Invoice ", "");
            assertThat(number).matches("\\d{4}-\\d{4}");
            assertThat(raised.select("#lines tbody tr")).hasSize(absent.size());
            assertThat(raised.select("#invoice").text()).contains(place.schoolName(), amount);
            assertThat(jdbc.queryForObject(
                            "select body from outbound_email where kind = 'delivery.invoice-raised' and recipient = ?"
                                    + " and subject like ?",
                            String.class,
                            place.contact(),
                            "%" + number))
                    .as("the school's contact who applied is emailed")
                    .contains(amount, "/charges/invoices/");
            assertThat(html(post(school + "/invoice").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)))
                            .select(".govuk-error-summary")
                            .text())
                    .as("a charge is invoiced once")
                    .contains("already waived or on an invoice");

            Document onInvoice = page("/delivery/charges/" + year().slug(), SignedIn.HUB_LEAD);
            assertThat(onInvoice.select("#charges").text()).contains("On invoice " + number);
            Seat one = absent.get(0);
            Document waive = html(post("/delivery/charges/" + year().slug() + "/waive")
                    .with(csrf())
                    .with(signedIn.as(SignedIn.HUB_LEAD))
                    .param("session", String.valueOf(first.id()))
                    .param("urn", String.valueOf(place.urn()))
                    .param("participant", String.valueOf(one.participantId()))
                    .param("reason", "Ill"));
            assertThat(waive.select(".govuk-error-summary").text())
                    .contains("This charge is on invoice " + number + ": cancel the invoice before you waive it");

            String version =
                    raised.select("form[action$=/cancel] input[name=version]").val();
            assertThat(html(post(cancelled + "/cancel")
                                    .with(csrf())
                                    .with(signedIn.as(SignedIn.HUB_LEAD))
                                    .param("reason", "")
                                    .param("version", version))
                            .select(".govuk-error-summary a")
                            .attr("href"))
                    .isEqualTo("#reason");
            mvc.perform(post(cancelled + "/cancel")
                            .with(csrf())
                            .with(signedIn.as(SignedIn.HUB_LEAD))
                            .param("reason", "Raised before the register was corrected")
                            .param("version", version))
                    .andExpect(status().is3xxRedirection());
            assertThat(page(cancelled, SignedIn.HUB_LEAD).select("#status").text())
                    .isEqualTo("Cancelled");

            String invoice = raise(school);
            Document again = page(invoice, SignedIn.HUB_LEAD);
            String second = again.select("h1").text().replace("Invoice ", "");
            assertThat(second).as("numbers are never reused").isNotEqualTo(number);

            // The school reads it; another school does not.
            long id = Long.parseLong(invoice.substring(invoice.lastIndexOf('/') + 1));
            RequestPostProcessor contact = signedIn.asContactOf(place.urn());
            assertThat(html(get("/charges").with(contact)).select("#invoices").text())
                    .contains(second, "Demo Maths Hub");
            assertThat(html(get("/charges/invoices/" + id).with(contact)).select("#lines tbody tr"))
                    .hasSize(absent.size());
            byte[] pdf = mvc.perform(get("/charges/invoices/" + id + ".pdf").with(contact))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("application/pdf"))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document))
                        .contains("Invoice " + second, place.schoolName(), amount, "Please pay by");
            }
            mvc.perform(get("/charges/invoices/" + id).with(signedIn.asContactOf(ashgate)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(invoice).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
            mvc.perform(get(invoice + ".pdf").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(invoice).with(signedIn.as(SignedIn.SCHOOL))).andExpect(status().isForbidden());

            String unpaid = "/delivery/charges/" + year().slug() + "/invoices";
            assertThat(page("/", SignedIn.HUB_LEAD).select(".govuk-task-list a").eachAttr("href"))
                    .as("the home page asks for the invoice not paid yet")
                    .contains(unpaid);
            jdbc.update(
                    "update school_invoice set due_on = ? where id = ?",
                    LocalDate.now(clock).minusDays(1),
                    id);
            invoices.remindOverdue();
            invoices.remindOverdue();
            assertThat(jdbc.queryForList(
                            "select body from outbound_email where kind = 'delivery.invoice-overdue' and recipient = ?"
                                    + " and subject like ?",
                            String.class,
                            place.contact(),
                            "%" + second + "%"))
                    .as("the school is reminded once that the invoice is past its due date")
                    .singleElement()
                    .satisfies(body -> assertThat(body).contains(amount, "/charges/invoices/" + id));

            String secondVersion =
                    again.select("form[action$=/payment] input[name=version]").val();
            LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
            assertThat(html(payment(invoice, tomorrow, secondVersion))
                            .select(".govuk-error-summary")
                            .text())
                    .contains("The day it was paid must be today or in the past");
            mvc.perform(payment(invoice, LocalDate.now(clock), secondVersion).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                    .andExpect(status().isNotFound());
            mvc.perform(payment(invoice, LocalDate.now(clock), secondVersion)).andExpect(status().is3xxRedirection());
            assertThat(html(payment(invoice, LocalDate.now(clock), secondVersion))
                            .select(".govuk-error-summary")
                            .text())
                    .as("a payment sent from a page opened before the last change is refused")
                    .contains("Someone else changed this invoice");
            assertThat(page(invoice, SignedIn.HUB_LEAD).select("#status").text())
                    .isEqualTo("Paid");
            assertThat(page("/", SignedIn.HUB_LEAD).select(".govuk-task-list a").eachAttr("href"))
                    .as("and no longer once it is paid")
                    .doesNotContain(unpaid);

            Document list = page("/delivery/charges/" + year().slug() + "/invoices", SignedIn.HUB_LEAD);
            assertThat(list.select("#invoices").text()).contains(number, second, "Cancelled", "Paid");
            String csv = mvc.perform(get("/delivery/charges/" + year().slug() + "/invoices.csv")
                            .with(signedIn.as(SignedIn.HUB_LEAD)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(csv)
                    .startsWith("\uFEFFNumber,URN,School,Address,Amount (£),Raised on,Due on,Status")
                    .contains(second + "," + place.urn());
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_event where type like 'delivery.invoice-%' and detail_facts like ?",
                            Integer.class, "%" + second + "%"))
                    .as("raised and paid, audited")
                    .isEqualTo(2);
        } finally {
            jdbc.update(
                    "delete from school_invoice_line where invoice_id in"
                            + " (select id from school_invoice where school_urn = ?)",
                    place.urn());
            jdbc.update("delete from school_invoice where school_urn = ?", place.urn());
            mark(first, absent, "PRESENT");
            jdbc.update("update project set no_show_basis = ? where code = ?", base, project);
            charges.forget();
        }
    }

    private String raise(String school) throws Exception {
        return mvc.perform(post(school + "/invoice").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private MockHttpServletRequestBuilder payment(String invoice, LocalDate on, String version) {
        return post(invoice + "/payment")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("paidDay", String.valueOf(on.getDayOfMonth()))
                .param("paidMonth", String.valueOf(on.getMonthValue()))
                .param("paidYear", String.valueOf(on.getYear()))
                .param("reference", "BACS 4471")
                .param("version", version);
    }

    private void mark(SessionView session, List<Seat> who, String mark) throws Exception {
        MockHttpServletRequestBuilder register = post("/delivery/sessions/" + session.id() + "/register")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD));
        who.forEach(s -> register.param("mark-" + s.participantId(), mark));
        mvc.perform(register).andExpect(status().is3xxRedirection());
    }
}
