package org.hubcycle.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hubcycle.directory.Hubs;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.notifications.Outbox.View;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A hub's school improvement project, from its plan through its KPIs, risks and its SLE's Records of Visits to
 * its final monitoring report, which the national centre returns and then accepts; nobody else's to see.
 */
@IntegrationTest
class ImprovementProjectTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Hubs hubs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    Clock clock;

    @Test
    void theHubPlansAProjectItsLeaderRecordsVisitsAndTheNationalCentreDecidesItsReport() throws Exception {
        RequestPostProcessor lead = signedIn.as(SignedIn.HUB_LEAD);
        RequestPostProcessor sle = signedIn.as(SignedIn.LLME);
        RequestPostProcessor national = signedIn.as(SignedIn.NATIONAL);
        List<Integer> urns = jdbc.queryForList(
                "select urn from school where la_code = '881' and phase = 'Primary' and status = 'Open'"
                        + " order by urn desc fetch first 2 rows only",
                Integer.class);
        long nadia = jdbc.queryForObject("select id from person where email = ?", Long.class, SignedIn.LLME);
        LocalDate today = LocalDate.now(clock);

        assertThat(html(get("/improvement/new").with(lead)).select("h1").text())
                .isEqualTo("Start a school improvement project");
        assertThat(html(post("/improvement/new").with(csrf()).with(lead))
                        .select(".govuk-error-summary a")
                        .eachAttr("href"))
                .as("every missing part, in the form's order")
                .containsExactly("#title", "#aims", "#startDay", "#endDay", "#schools");
        assertThat(errors(plan(post("/improvement/new"), lead, today, today.minusDays(1), "999999", nadia)))
                .contains("The project must end on or after the day it starts");
        assertThat(errors(plan(
                        post("/improvement/new"), lead, today.minusDays(100), today.plusDays(300), "999999", nadia)))
                .contains("No school has the URN 999999");
        assertThat(errors(plan(
                        post("/improvement/new"),
                        lead,
                        today.minusDays(100),
                        today.plusDays(300),
                        urns.get(0) + "",
                        1L)))
                .contains("Choose SLEs and NLEs from your hub's LLME register");

        String project = mvc.perform(plan(
                        post("/improvement/new"),
                        lead,
                        today.minusDays(100),
                        today.plusDays(300),
                        urns.get(0) + ", " + urns.get(1),
                        nadia))
                .andExpect(redirectedUrlPattern("/improvement/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        View named = lastEmailTo(SignedIn.LLME);
        assertThat(named.subject())
                .isEqualTo("You are named on the school improvement project Raise attainment in KS2 maths");
        assertThat(named.body()).contains("Dear Nadia Okafor", project);
        Document page = html(get(project).with(lead));
        assertThat(page.select("h1").text()).isEqualTo("Raise attainment in KS2 maths");
        assertThat(page.select("#coverage + p + div tbody tr")).hasSize(2);
        assertThat(page.select("main").text()).contains("Nadia Okafor");

        // KPIs and risks, by the hub's team.
        assertThat(html(post(project + "/kpis/new").with(csrf()).with(lead).param("rating", "ON_TRACK"))
                        .select(".govuk-error-summary a")
                        .eachAttr("href"))
                .containsExactly("#measure", "#baseline", "#target");
        mvc.perform(kpi(post(project + "/kpis/new"), lead, "ON_TRACK", null))
                .andExpect(redirectedUrl(project + "#kpis"));
        String kpi = html(get(project).with(lead)).select("#kpis ~ div a").attr("href");
        String kpiVersion =
                html(get(kpi).with(lead)).select("input[name=version]").val();
        mvc.perform(kpi(post(kpi), lead, "AT_RISK", kpiVersion)).andExpect(redirectedUrl(project + "#kpis"));
        assertThat(errors(kpi(post(kpi), lead, "MET", kpiVersion)))
                .contains("Someone else saved changes to this record");
        assertThat(errors(post(project + "/risks/new")
                        .with(csrf())
                        .with(lead)
                        .param("description", "Teachers leave")
                        .param("mitigation", "Train the new ones")))
                .contains("Choose how likely the risk is", "Choose how much the risk would harm the project");
        mvc.perform(post(project + "/risks/new")
                        .with(csrf())
                        .with(lead)
                        .param("description", "Teachers leave")
                        .param("likelihood", "HIGH")
                        .param("impact", "MEDIUM")
                        .param("mitigation", "Train the new ones"))
                .andExpect(redirectedUrl(project + "#risks"));
        assertThat(html(get(project).with(lead)).select("#risks ~ div table").text())
                .contains("6 (High, Medium)");

        // The SLE named on it records her visits; she keeps nothing else.
        assertThat(html(get("/improvement").with(sle)).select("main table").text())
                .contains("Raise attainment in KS2 maths");
        assertThat(html(get(project + "/visits/new").with(sle))
                        .select("input[name=yearGroups]")
                        .eachAttr("value"))
                .as("the year groups its primary schools teach")
                .startsWith("Reception")
                .endsWith("Year 6");
        assertThat(errors(visit(post(project + "/visits/new"), sle, "1", today.plusDays(1), "GOVERNORS")))
                .contains("Choose the school you visited", "The date of the visit must be today or in the past");
        assertThat(errors(
                        visit(post(project + "/visits/new"), sle, urns.get(0) + "", today.minusDays(101), "GOVERNORS")))
                .contains("The visit must be within the project");
        mvc.perform(visit(post(project + "/visits/new"), sle, urns.get(0) + "", today.minusDays(10), "GOVERNORS"))
                .andExpect(redirectedUrl(project + "#visits"));
        Document visited = html(get(project).with(sle));
        assertThat(visited.select("#coverage + p + div tbody tr:contains("
                        + (today.minusDays(10).getYear()) + ")"))
                .as("the school visited shows its governors met")
                .hasSize(1);
        assertThat(visited.select("a[href$=/kpis/new], a[href$=/plan]"))
                .as("a leader keeps no plan")
                .isEmpty();
        mvc.perform(kpi(post(project + "/kpis/new"), sle, "MET", null)).andExpect(status().isForbidden());
        // A leader of the hub not on the project finds nothing.
        mvc.perform(get(project).with(signedIn.as(SignedIn.WGL))).andExpect(status().isNotFound());
        assertThat(errors(plan(
                        post(project + "/plan"),
                        lead,
                        today.minusDays(100),
                        today.plusDays(300),
                        urns.get(1) + "",
                        nadia)))
                .contains("Visits have been recorded to " + urns.get(0) + ", so the school stays on the project");
        assertThat(errors(plan(
                        post(project + "/plan"),
                        lead,
                        today.minusDays(5),
                        today.plusDays(300),
                        urns.get(0) + ", " + urns.get(1),
                        nadia)))
                .as("a visit stays within its project's days")
                .contains("Visits have been recorded from");

        // Another hub finds nothing; other roles are refused.
        RequestPostProcessor other = signedIn.as(SignedIn.HUB_LEAD_2);
        mvc.perform(get(project).with(other)).andExpect(status().isNotFound());
        mvc.perform(get(project + "/report").with(other)).andExpect(status().isNotFound());
        mvc.perform(kpi(post(project + "/kpis/new"), other, "MET", null)).andExpect(status().isNotFound());
        mvc.perform(visit(post(project + "/visits/new"), other, urns.get(0) + "", today, "GOVERNORS"))
                .andExpect(status().isNotFound());
        assertThat(html(get("/improvement").with(other)).select("main").text()).doesNotContain("Raise attainment");
        mvc.perform(get(project).with(signedIn.as(SignedIn.SCHOOL))).andExpect(status().isForbidden());
        mvc.perform(get(project).with(signedIn.as(SignedIn.PARTICIPANT))).andExpect(status().isForbidden());
        mvc.perform(get("/improvement/new").with(national)).andExpect(status().isForbidden());

        // The final report: hub staff draft it, only the hub lead submits it.
        String report = project + "/report";
        RequestPostProcessor staff = signedIn.asStaffOf(hubs.getBySlug("demo-maths-hub"));
        mvc.perform(post(report)
                        .with(csrf())
                        .with(staff)
                        .param("goodPractice", "Front-load the CPD.")
                        .param("action", "save"))
                .andExpect(redirectedUrl(report));
        mvc.perform(post(report)
                        .with(csrf())
                        .with(staff)
                        .param("goodPractice", "Front-load the CPD.")
                        .param("action", "submit"))
                .andExpect(status().isForbidden());
        assertThat(html(post(report)
                                .with(csrf())
                                .with(lead)
                                .param("goodPractice", "Front-load the CPD.")
                                .param("action", "submit"))
                        .select(".govuk-error-summary a")
                        .eachAttr("href"))
                .containsExactly("#differently", "#sustainability");
        mvc.perform(fullReport(report, lead)).andExpect(redirectedUrl(report));
        View received = lastEmailTo(SignedIn.NATIONAL);
        assertThat(received.subject())
                .isEqualTo("Demo Maths Hub has submitted the final monitoring report of Raise attainment in KS2 maths");
        assertThat(received.body()).contains(report);
        assertThat(html(get(project).with(lead)).select("a[href$=/kpis/new], a[href$=/visits/new]"))
                .as("its records stand once the report is submitted")
                .isEmpty();
        mvc.perform(get(project + "/kpis/new").with(lead)).andExpect(redirectedUrl(project));
        assertThat(errors(visit(post(project + "/visits/new"), sle, urns.get(0) + "", today, "CLASS_TEACHERS")))
                .contains("no longer change");

        // The national centre returns it, then accepts it; the hub lead is emailed each decision.
        assertThat(html(get("/improvement").with(national)).select("main table").text())
                .contains("Raise attainment in KS2 maths", "Demo Maths Hub");
        assertThat(html(get("/improvement?hub=northfield-maths-hub").with(national))
                        .select("main")
                        .text())
                .as("one hub's projects, from the hub's page")
                .contains("Northfield Maths Hub")
                .doesNotContain("Raise attainment in KS2 maths");
        mvc.perform(get("/improvement?hub=no-such-hub").with(national)).andExpect(status().isNotFound());
        Document list = html(get("/improvement").with(national));
        assertThat(list.select("a[href='/improvement?waiting=']").text())
                .as("Northfield's demo report and this one")
                .matches("\\d+ final reports wait for your decision");
        assertThat(html(get("/improvement?waiting=").with(national)).select("main table tbody tr"))
                .extracting(row -> row.select("td").get(3).text())
                .isNotEmpty()
                .containsOnly("Submitted");
        Document submitted = html(get(report).with(national));
        String version =
                submitted.select("form[action$=/accept] input[name=version]").val();
        mvc.perform(post(report + "/return")
                        .with(csrf())
                        .with(national)
                        .param("version", version)
                        .param("comment", "Say what the governors' questionnaire showed."))
                .andExpect(redirectedUrl(report));
        View returned = lastEmailTo(SignedIn.HUB_LEAD);
        assertThat(returned.subject())
                .isEqualTo("Your final monitoring report of Raise attainment in KS2 maths: returned to change");
        assertThat(returned.body()).contains("Say what the governors' questionnaire showed.", report);
        assertThat(errors(post(report + "/accept").with(csrf()).with(national).param("version", version)))
                .as("a decision on a stale page")
                .contains("Someone else saved changes to this project");
        mvc.perform(fullReport(report, lead)).andExpect(redirectedUrl(report));
        mvc.perform(post(report + "/accept")
                        .with(csrf())
                        .with(national)
                        .param(
                                "version",
                                html(get(report).with(national))
                                        .select("form[action$=/accept] input[name=version]")
                                        .val()))
                .andExpect(redirectedUrl(report));
        assertThat(lastEmailTo(SignedIn.HUB_LEAD).subject())
                .isEqualTo("Your final monitoring report of Raise attainment in KS2 maths: accepted");
        mvc.perform(post(report + "/accept").with(csrf()).with(lead).param("version", "0"))
                .andExpect(status().isForbidden());

        byte[] pdf = mvc.perform(get(report + ".pdf").with(national))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains(
                            "Final monitoring report: Raise attainment in KS2 maths",
                            "Front-load the CPD.",
                            "Pupils at the expected standard",
                            "Teachers leave");
        }
        mvc.perform(get(report + ".pdf").with(other)).andExpect(status().isNotFound());

        assertThat(jdbc.queryForList(
                        "select type from audit_event where type like 'improvement.%' and subject = ? order by id",
                        String.class, "Raise attainment in KS2 maths"))
                .containsExactly(
                        "improvement.project-started",
                        "improvement.kpi-added",
                        "improvement.kpi-changed",
                        "improvement.risk-added",
                        "improvement.visit-recorded",
                        "improvement.report-submitted",
                        "improvement.report-returned",
                        "improvement.report-submitted",
                        "improvement.report-accepted");
    }

    @Test
    void aProjectThatHasEndedAsksTheHubForItsFinalReport() throws Exception {
        RequestPostProcessor lead = signedIn.as(SignedIn.HUB_LEAD_2);
        LocalDate today = LocalDate.now(clock);
        Integer urn = jdbc.queryForObject(
                "select min(urn) from school where phase = 'Secondary' and status = 'Open'", Integer.class);
        String task = "Final monitoring reports of school improvement projects that have ended, to write and submit";
        assertThat(home(lead)
                        .select(".govuk-task-list__item:contains(" + task + ")")
                        .text())
                .as("Northfield's ended project has its report submitted")
                .contains("Nothing waiting");

        String project = mvc.perform(
                        plan(post("/improvement/new"), lead, today.minusDays(700), today.minusDays(40), urn + "", null))
                .andExpect(redirectedUrlPattern("/improvement/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document home = home(lead);
        assertThat(home.select(".govuk-task-list__item:contains(" + task + ") a")
                        .attr("href"))
                .isEqualTo("/improvement");
        assertThat(home.select(".govuk-task-list__item:contains(" + task + ") .govuk-tag")
                        .text())
                .as("a month after its end, the report is late")
                .isEqualTo("1, some late");

        mvc.perform(fullReport(project + "/report", lead)).andExpect(redirectedUrl(project + "/report"));
        assertThat(home(lead)
                        .select(".govuk-task-list__item:contains(" + task + ")")
                        .text())
                .contains("Nothing waiting");
    }

    @Test
    void aProjectsVisitsAreListedTheLatestFirstTwentyFiveAPageBesideTheCoverageOfAll() throws Exception {
        RequestPostProcessor lead = signedIn.as(SignedIn.HUB_LEAD_2);
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> school = jdbc.queryForMap(
                "select urn, name from school where phase = 'Primary' and status = 'Open' order by urn desc limit 1");
        String project = mvc.perform(plan(
                        post("/improvement/new"),
                        lead,
                        today.minusDays(100),
                        today.plusDays(100),
                        school.get("urn") + "",
                        null))
                .andExpect(redirectedUrlPattern("/improvement/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(project.substring(project.lastIndexOf('/') + 1));
        for (int day = 1; day <= 27; day++) {
            jdbc.update(
                    "insert into improvement_visit (hub_id, project_id, school_urn, visitor_person_id, visitor_name,"
                            + " visit_date, audiences, year_groups, focus, version)"
                            + " select p.hub_id, p.id, ?, (select min(id) from person where hub_id = p.hub_id),"
                            + " 'A visitor', ?, 'CLASS_TEACHERS', 'Y3', ?, 0 from improvement_project p where p.id = ?",
                    school.get("urn"),
                    today.minusDays(day),
                    "Visit " + day,
                    id);
        }

        Document first = html(get(project).with(lead));
        assertThat(first.select("#visits ~ div tbody tr")).hasSize(25);
        assertThat(first.select("#visits ~ div tbody tr").first().text())
                .as("the latest first, its school named")
                .contains("Visit 1 ")
                .contains((String) school.get("name"));
        assertThat(first.select("#coverage ~ div tbody tr td.govuk-table__cell--numeric")
                        .text())
                .as("the coverage counts every visit, not the page's")
                .isEqualTo("27");
        Document second = html(get(project + "?page=2").with(lead));
        assertThat(second.select("#visits ~ div tbody tr"))
                .extracting(Element::text)
                .satisfiesExactly(
                        row -> assertThat(row).contains("Visit 26 "),
                        row -> assertThat(row).contains("Visit 27 "));
        assertThat(html(get(project + "?page=3").with(lead)).select("#visits ~ div tbody tr"))
                .isEmpty();
    }

    private Document home(RequestPostProcessor who) throws Exception {
        return html(get("/").with(who));
    }

    private static MockHttpServletRequestBuilder plan(
            MockHttpServletRequestBuilder request,
            RequestPostProcessor who,
            LocalDate start,
            LocalDate end,
            String schools,
            Long leader) {
        MockHttpServletRequestBuilder built = request.with(csrf())
                .with(who)
                .param("title", "Raise attainment in KS2 maths")
                .param("aims", "Pupils make too little progress in maths.")
                .param("startDay", "" + start.getDayOfMonth())
                .param("startMonth", "" + start.getMonthValue())
                .param("startYear", "" + start.getYear())
                .param("endDay", "" + end.getDayOfMonth())
                .param("endMonth", "" + end.getMonthValue())
                .param("endYear", "" + end.getYear())
                .param("schools", schools);
        return leader == null ? built : built.param("leaders", "" + leader);
    }

    private static MockHttpServletRequestBuilder kpi(
            MockHttpServletRequestBuilder request, RequestPostProcessor who, String rating, String version) {
        MockHttpServletRequestBuilder built = request.with(csrf())
                .with(who)
                .param("measure", "Pupils at the expected standard")
                .param("baseline", "41%")
                .param("target", "55%")
                .param("rating", rating)
                .param("progress", "Spring assessment: 47%.");
        return version == null ? built : built.param("version", version);
    }

    private static MockHttpServletRequestBuilder visit(
            MockHttpServletRequestBuilder request, RequestPostProcessor who, String urn, LocalDate on, String with) {
        return request.with(csrf())
                .with(who)
                .param("schoolUrn", urn)
                .param("day", "" + on.getDayOfMonth())
                .param("month", "" + on.getMonthValue())
                .param("year", "" + on.getYear())
                .param("audiences", with)
                .param("yearGroups", "Year 5")
                .param("focus", "Reported to governors");
    }

    private static MockHttpServletRequestBuilder fullReport(String report, RequestPostProcessor who) {
        return post(report)
                .with(csrf())
                .with(who)
                .param("goodPractice", "Front-load the CPD.")
                .param("differently", "Meet governors every term.")
                .param("sustainability", "Maths leaders train new teachers.")
                .param("action", "submit");
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
