package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** No-shows, late cancellations and late withdrawals are charged at the work groups charge. */
class ChargesTest extends DeliveryFixtures {

    /** Marks Ashgate present at the first session again, as the demo has it, so the other delivery tests meet the demo unchanged. */
    @AfterEach
    void restoreTheFirstRegister() throws Exception {
        SessionView first = session("Development 1", 1);
        int ashgate =
                HubScope.asSystem(() -> seats.ofParticipant(PARTICIPANT)).get(0).schoolUrn();
        var register = post("/delivery/sessions/" + first.id() + "/register")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD));
        HubScope.asSystem(() -> seats.of(first.workGroupId())).stream()
                .filter(s -> s.schoolUrn() == ashgate)
                .forEach(s -> register.param("mark-" + s.participantId(), "PRESENT"));
        mvc.perform(register).andExpect(redirectedUrl("/delivery/sessions/" + first.id() + "/register"));
    }

    @Test
    void noShowsAndLateCancellationsAreChargedAtTheWorkGroupsCharge() throws Exception {
        SessionView first = session("Development 1", 1);
        WorkGroupBrief development = group("Development 1");
        Seat ayesha = HubScope.asSystem(() -> seats.ofParticipant(PARTICIPANT)).get(0);
        List<Seat> ashgate = HubScope.asSystem(() -> seats.of(first.workGroupId())).stream()
                .filter(s -> s.schoolUrn() == ayesha.schoolUrn())
                .toList();
        mvc.perform(post("/delivery/sessions/" + first.id() + "/register")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("mark-" + ayesha.participantId(), "ABSENT"))
                .andExpect(redirectedUrl("/delivery/sessions/" + first.id() + "/register"));
        assertThat(page("/delivery/charges/" + year().slug(), SignedIn.HUB_LEAD)
                        .select("#charges")
                        .text())
                .as("Development charges per school: a colleague from the school came")
                .doesNotContain("Ayesha Brook");

        var register = post("/delivery/sessions/" + first.id() + "/register")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD));
        ashgate.forEach(s -> register.param("mark-" + s.participantId(), "ABSENT"));
        mvc.perform(register).andExpect(redirectedUrl("/delivery/sessions/" + first.id() + "/register"));
        Document charges = page("/delivery/charges/" + year().slug(), SignedIn.HUB_LEAD);
        assertThat(charges.select("#charges tbody").text())
                .contains("Development 1, Session 1", "Nobody from the school came", "Ayesha Brook", "Absent", "£150");
        assertThat(charges.select("#charges tbody tr"))
                .filteredOn(tr -> tr.text().contains("Ayesha Brook"))
                .hasSize(1);
        assertThat(charges.select("#charges tbody").text()).doesNotContain("Sent apologies");
        assertThat(charges.select("#by-school").text()).contains(ayesha.schoolName(), "£150");
        String csv = mvc.perform(
                        get("/delivery/charges/" + year().slug() + ".csv").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .startsWith("\uFEFFDate,Work group,Session,URN,School,Who,Mark,Charged,Charge (£),Waived because")
                .contains("Absent,per school,150.00");
        assertThat(page("/delivery/charges/" + year().slug(), SignedIn.HUB_LEAD_2)
                        .text())
                .doesNotContain("Ayesha Brook");
        mvc.perform(get("/delivery/charges/" + year().slug()).with(signedIn.as(SignedIn.WGL)))
                .andExpect(status().isForbidden());

        String project = development.projectCode();
        jdbc.update("update project set no_show_basis = 'PER_PARTICIPANT' where code = ?", project);
        this.charges.forget();
        try {
            Document each = page("/delivery/charges/" + year().slug(), SignedIn.HUB_LEAD);
            assertThat(each.select("#charges tbody tr"))
                    .as("one charge for each participant who did not come")
                    .filteredOn(tr -> tr.text().contains("Development 1, Session 1"))
                    .hasSize(ashgate.size());
            assertThat(each.select("#by-school").text()).contains(ayesha.schoolName(), "£" + (150 * ashgate.size()));
        } finally {
            jdbc.update("update project set no_show_basis = 'PER_SCHOOL' where code = ?", project);
            this.charges.forget();
        }

        String waive = "/delivery/charges/" + year().slug() + "/waive";
        String field = "reason-" + first.id() + "-" + ayesha.schoolUrn() + "-0";
        mvc.perform(post(waive)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("session", String.valueOf(first.id()))
                        .param("urn", String.valueOf(ayesha.schoolUrn()))
                        .param("participant", "0")
                        .param("reason", "Not ours"))
                .andExpect(status().isNotFound());
        mvc.perform(post(waive)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.WGL))
                        .param("session", String.valueOf(first.id()))
                        .param("urn", String.valueOf(ayesha.schoolUrn()))
                        .param("participant", "0")
                        .param("reason", "Not mine"))
                .andExpect(status().isForbidden());
        Document noReason = html(post(waive)
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("session", String.valueOf(first.id()))
                .param("urn", String.valueOf(ayesha.schoolUrn()))
                .param("participant", "0")
                .param("reason", ""));
        assertThat(noReason.select(".govuk-error-summary a").attr("href")).isEqualTo("#" + field);
        mvc.perform(post(waive)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("session", String.valueOf(first.id()))
                        .param("urn", String.valueOf(ayesha.schoolUrn()))
                        .param("participant", "0")
                        .param("reason", "Snow closed the school"))
                .andExpect(redirectedUrl("/delivery/charges/" + year().slug()));
        Document waived = page("/delivery/charges/" + year().slug(), SignedIn.HUB_LEAD);
        assertThat(waived.select("#charges tbody").text()).contains("Waived: Snow closed the school");
        assertThat(waived.select("#by-school tbody tr"))
                .filteredOn(tr -> tr.text().contains(ayesha.schoolName()))
                .singleElement()
                .satisfies(tr -> assertThat(tr.text()).contains("£0"));
    }

    @Test
    void aWithdrawalWithinAWeekOfTheNextSessionIsLateAndCharged() throws Exception {
        List<SchoolSummary> fresh =
                HubScope.asSystem(() -> schools
                        .search(
                                new SchoolSearch(null, "Primary", "882", null, "Open", null, null),
                                PageRequest.of(0, 200))
                        .stream()
                        .filter(s -> applications.forSchool(s.urn()).isEmpty()
                                && schools.lineage(s.urn()).size() == 1)
                        .limit(2)
                        .toList());
        WorkGroupBrief soon = group("Readiness 2");
        WorkGroupBrief later = group("Mastering Number 1");
        plan(soon, SignedIn.HUB_LEAD, LocalDate.now(clock).plusDays(3));
        plan(later, SignedIn.HUB_LEAD, LocalDate.now(clock).plusDays(20));
        long lateOne = apply(soon, fresh.get(0).urn());
        long inTime = apply(later, fresh.get(1).urn());
        for (long id : List.of(lateOne, inTime)) {
            mvc.perform(post("/enrolment/applications/" + id + "/withdraw")
                            .with(csrf())
                            .with(signedIn.as(SignedIn.HUB_LEAD))
                            .param("withdrawReason", "Staff changes"))
                    .andExpect(redirectedUrl("/enrolment/applications/" + id));
        }
        assertThat(HubScope.asSystem(() -> applications.find(lateOne))
                        .orElseThrow()
                        .lateWithdrawal())
                .isTrue();
        assertThat(HubScope.asSystem(() -> applications.find(inTime))
                        .orElseThrow()
                        .lateWithdrawal())
                .isFalse();
        assertThat(page("/enrolment/applications/" + lateOne, SignedIn.HUB_LEAD)
                        .select("#withdrawn")
                        .text())
                .contains("by the hub: Staff changes", "Late: within 7 days of a session");
        assertThat(page("/enrolment/applications/" + inTime, SignedIn.HUB_LEAD)
                        .select("#withdrawn")
                        .text())
                .doesNotContain("Late");
    }
}
