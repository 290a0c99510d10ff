package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A lead takes a sessions register from the day it meets, corrects it with an audit event, and reaches only the groups they lead. */
class RegistersTest extends DeliveryFixtures {

    @Test
    void theLeadMarksEveryonePresentThenCorrectsOneWithAnAuditEvent() throws Exception {
        SessionView today = session("Development 1", 2);
        String register = "/delivery/sessions/" + today.id() + "/register";
        mvc.perform(post(register).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("all", "yes"))
                .andExpect(redirectedUrl(register));
        Document marked = page(register, SignedIn.WGL);
        assertThat(marked.select("form fieldset"))
                .as("everyone has a mark")
                .hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(participant ->
                        assertThat(participant.select("input[checked]")).hasSize(1));

        long ayesha =
                HubScope.asSystem(() -> seats.ofParticipant(PARTICIPANT)).get(0).participantId();
        mvc.perform(post(register).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("mark-" + ayesha, "PRESENT"))
                .andExpect(redirectedUrl(register));
        mvc.perform(post(register)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL))
                        .param("mark-" + ayesha, "LATE_CANCELLATION"))
                .andExpect(redirectedUrl(register));
        assertThat(page(register, SignedIn.WGL)
                        .select("#mark-" + ayesha + "-LATE_CANCELLATION")
                        .hasAttr("checked"))
                .isTrue();
        assertThat(page("/audit?type=delivery.register-corrected", SignedIn.HUB_LEAD)
                        .select("tbody")
                        .text())
                .contains("Ayesha Brook: Present to Late cancellation");

        mvc.perform(post(register).with(csrf()).with(signedIn.as(SignedIn.WGL)).param("all", "yes"))
                .andExpect(redirectedUrl(register));
        assertThat(page(register, SignedIn.WGL)
                        .select("#mark-" + ayesha + "-LATE_CANCELLATION")
                        .hasAttr("checked"))
                .as("marking everyone else present never overwrites a late cancellation")
                .isTrue();

        SessionView future = session("Development 1", 3);
        Document early = html(post("/delivery/sessions/" + future.id() + "/register")
                .with(csrf())
                .with(signedIn.as(SignedIn.WGL))
                .param("mark-" + ayesha, "PRESENT"));
        assertThat(early.select(".govuk-error-summary").text())
                .contains("The register opens on the day of the session");
    }

    @Test
    void anEmptyRegisterIsNotSaved() throws Exception {
        WorkGroupBrief group = group("Development 2");
        long today = plan(group, SignedIn.HUB_LEAD, LocalDate.now(clock));
        Document empty = html(
                post("/delivery/sessions/" + today + "/register").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(empty.select(".govuk-error-summary").text()).contains("Mark at least one participant");
        assertThat(page("/audit?type=delivery.register-taken", SignedIn.HUB_LEAD)
                        .text())
                .doesNotContain("0 marked");
    }

    @Test
    void aLeadCannotTakeRegistersForAnotherLeadsGroup() throws Exception {
        WorkGroupBrief other = group("Development 2");
        long planned = plan(other, SignedIn.HUB_LEAD, LocalDate.now(clock));
        mvc.perform(get("/delivery/work-groups/" + other.id()).with(signedIn.as(SignedIn.WGL)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/delivery/sessions/" + planned + "/register").with(signedIn.as(SignedIn.WGL)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/delivery/sessions/" + planned + "/register")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL))
                        .param("all", "yes"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/delivery/work-groups/" + other.id() + "/sessions/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL))
                        .param("day", "1")
                        .param("month", "1")
                        .param("year", "2030")
                        .param("length", "FULL_DAY")
                        .param("format", "IN_PERSON")
                        .param("venue", "Somewhere"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/delivery/sessions/" + planned + "/register").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/delivery/work-groups/" + group("Development 1").id()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/delivery/work-groups/" + other.id()).with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWorkGroupLeadSeesTodaysSessionsAndMissingRegistersOfTheirOwnGroupsOnly() throws Exception {
        SessionView today = session("Development 1", 2);
        long elsewhere = plan(group("Development 4"), SignedIn.HUB_LEAD, LocalDate.now(clock));
        String take = "/delivery/sessions/" + today.id() + "/register";

        assertThat(page("/", SignedIn.WGL).select("a[href=/delivery/registers]"))
                .hasSize(1);
        Document lead = page("/delivery/registers", SignedIn.WGL);
        assertThat(lead.title()).as("the page's title matches its heading").startsWith("Registers –");
        assertThat(lead.select("#today a").eachAttr("href"))
                .contains(take)
                .doesNotContain("/delivery/sessions/" + elsewhere + "/register");
        assertThat(lead.select("#today").text()).contains("Register of Development 1, session 2 at 1pm");
        assertThat(lead.text()).doesNotContain("Development 4");

        Document hub = page("/delivery/registers", SignedIn.HUB_LEAD);
        assertThat(hub.select("#today a").eachAttr("href"))
                .contains(take, "/delivery/sessions/" + elsewhere + "/register");
        assertThat(page("/delivery/registers", SignedIn.HUB_LEAD_2)
                        .select("#today a")
                        .eachAttr("href"))
                .doesNotContain(take, "/delivery/sessions/" + elsewhere + "/register");
        mvc.perform(get("/delivery/registers").with(signedIn.as(PARTICIPANT))).andExpect(status().isForbidden());
        mvc.perform(get("/delivery/registers").with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(status().isForbidden());
    }
}
