package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Hub staff see their hub's pages as its lead does, without the lead's controls: the role checks the templates
 * make on the signed-in user ({@code signedIn.hasRole('HUB_LEAD')}), page by page. Each control's handler
 * refuses staff on its own ({@code @PreAuthorize}); this is what each of them is shown.
 */
@IntegrationTest
class HubStaffPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Hubs hubs;

    @Autowired
    Clock clock;

    @Test
    void theLlmeRegisterAndAnLlmesRecord() throws Exception {
        assertLeadOnly("/llmes", "a[href=/llmes/new]");
        String llme =
                lead("/llmes").select("tbody a[href~=^/llmes/[0-9]+$]").first().attr("href");
        assertLeadOnly(llme, "form[action$=/roles]");
    }

    @Test
    void cohortsMeetingsAndRounds() throws Exception {
        assertLeadOnly("/llmes/cohorts", "form[action=/llmes/cohorts]");
        assertLeadOnly("/llmes/meetings", "a[href=/llmes/meetings/new]");
        assertLeadOnly("/llmes/rounds", "a[href^=/llmes/rounds/new]");
    }

    @Test
    void theHubsOfferAndItsInnovation() throws Exception {
        String offer = "/offer/" + AcademicYear.containing(LocalDate.now(clock)).slug();
        assertLeadOnly(offer, "a[href^=/offer/work-groups/]");
        assertThat(staff(offer).select("tbody td span").eachText())
                .as("staff see each work group's name, not a link to edit it")
                .isNotEmpty();
        assertLeadOnly("/innovation", "a[href=/innovation/new]");
    }

    @Test
    void theHubsTeam() throws Exception {
        assertLeadOnly("/hubs/" + demoHub().slug(), "a[href$=/staff/new]");
    }

    @Test
    void aSchoolsPageShowsStaffItsEnrolmentsButNotTheChoiceOfHub() throws Exception {
        String school = page("/schools?q=a", signedIn.as(SignedIn.NATIONAL))
                .select("tbody a[href^=/schools/]")
                .first()
                .attr("href");
        Document national = page(school, signedIn.as(SignedIn.NATIONAL));
        Document staff = staff(school);

        assertThat(national.select("form[action$=/hub-choice]")).hasSize(1);
        assertThat(staff.select("form[action$=/hub-choice]")).isEmpty();
        assertThat(staff.select("a[href$=/enrolments]")).hasSize(1);
        assertThat(page(school, signedIn.as(SignedIn.SCHOOL)).select("a[href$=/enrolments]"))
                .isEmpty();
    }

    /** The lead sees at least one of these; staff see the same page (its heading) without any. */
    private void assertLeadOnly(String path, String control) throws Exception {
        Document lead = lead(path);
        Document staff = staff(path);
        assertThat(lead.select(control))
                .as("the lead's " + control + " on " + path)
                .isNotEmpty();
        assertThat(staff.select("h1").text()).isEqualTo(lead.select("h1").text());
        assertThat(staff.select(control))
                .as("staff's " + control + " on " + path)
                .isEmpty();
    }

    private Document lead(String path) throws Exception {
        return page(path, signedIn.as(SignedIn.HUB_LEAD));
    }

    private Document staff(String path) throws Exception {
        return page(path, signedIn.asStaffOf(demoHub()));
    }

    private Document page(String path, RequestPostProcessor as) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(as))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private HubSummary demoHub() {
        return hubs.getBySlug("demo-maths-hub");
    }
}
