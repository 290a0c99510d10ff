package org.hubcycle.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.impact.domain.CaseStudy.Words;
import org.hubcycle.impact.domain.Setting;
import org.hubcycle.impact.domain.Statement;
import org.hubcycle.impact.domain.Theme;
import org.hubcycle.impact.internal.CaseStudies;
import org.hubcycle.impact.internal.ImpactReviews;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.HubTasks;
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
 * A hub's annual report: its team writes a foreword and chooses stories it may share, its lead publishes it
 * once the national centre has accepted the year's impact review, and then anyone reads it (and its PDF) with
 * only what may be shared; taken down, it is gone. Another hub and other roles find nothing.
 */
@IntegrationTest
class AnnualReportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Hubs hubs;

    @Autowired
    ImpactReviews reviews;

    @Autowired
    CaseStudies caseStudies;

    @Autowired
    HubOffers offers;

    @Autowired
    Seats seats;

    @Autowired
    Schools schools;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    List<HubTasks> tasks;

    @Test
    void theHubPublishesItsReportOnceTheReviewIsAcceptedAndThePublicReadsOnlyWhatMayBeShared() throws Exception {
        // A year the demo data and the other impact tests leave alone (they use the last four).
        AcademicYear thisYear = AcademicYear.containing(LocalDate.now(clock));
        AcademicYear year = new AcademicYear(thisYear.startYear() - 6);
        HubSummary demo = hubs.getBySlug("demo-maths-hub");
        String form = "/impact/" + year.slug() + "/demo-maths-hub/annual-report";
        String report = "/catalogue/demo-maths-hub/" + year.slug() + "/annual-report";
        RequestPostProcessor lead = signedIn.as(SignedIn.HUB_LEAD);

        List<Integer> urns = HubScope.asSystem(() -> schools.search(
                        new SchoolSearch(null, "Primary", "881", null, "Open", null, null), PageRequest.of(0, 2))
                .map(SchoolSummary::urn)
                .getContent());
        HubScope.asSystem(() -> {
            caseStudies.add(demo, year, study("A cluster that shares", urns, true), SignedIn.HUB_LEAD);
            caseStudies.add(demo, year, study("A school that asked us not to", urns, false), SignedIn.HUB_LEAD);
            reviews.submit(
                    demo,
                    year,
                    -1,
                    Map.of(
                            Setting.PRIMARY,
                            new Statement(null, "Lessons moved in small steps.", "Visit notes.", "It lasts.")),
                    List.of(new Theme("Heads who came kept going.", "Invite heads.")),
                    SignedIn.HUB_LEAD);
        });
        List<Seat> held = HubScope.asSystem(() -> offers.briefs(demo.id(), thisYear).stream()
                .filter(g -> g.name().equals("Development 1"))
                .findFirst()
                .map(g -> seats.of(g.id()))
                .orElseThrow()
                .stream()
                // Not the demo participant, whose own story of the group another test tells.
                .filter(s -> !s.email().equals(SignedIn.PARTICIPANT))
                .toList());
        long named = story(demo, year, held.get(0), "Named story: my class talks about the maths.", "NAMED");
        long anonymous = story(demo, year, held.get(1), "Anonymous story: planning together.", "ANONYMOUS");
        long kept = story(demo, year, held.get(2), "Kept story: not for sharing.", "HUB_ONLY");

        Document draft = html(get(form).with(lead));
        assertThat(draft.select("main .govuk-tag").text()).isEqualTo("Not published");
        assertThat(draft.select(".govuk-inset-text").text()).contains("has not accepted the impact review of " + year);
        assertThat(draft.select("input[name=stories]").eachAttr("value"))
                .as("only the stories their writers let the hub share, newest first")
                .containsExactly(String.valueOf(anonymous), String.valueOf(named));
        assertThat(draft.select("label[for=stories-2]").text())
                .isEqualTo(held.get(0).fullName() + ", " + held.get(0).schoolName() + ", Development 1");

        Document tooLong = html(save(form, lead, "x".repeat(4001), named));
        assertThat(tooLong.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#foreword");
        assertThat(tooLong.select("input[name=stories][checked]").eachAttr("value"))
                .containsExactly(String.valueOf(named));
        assertThat(html(save(form, lead, "Our year.", kept))
                        .select(".govuk-error-summary")
                        .text())
                .contains("can no longer be shared");

        mvc.perform(save(form, lead, "Our year with the schools.", named, anonymous))
                .andExpect(redirectedUrl(form));
        assertThat(html(publish(form, lead)).select(".govuk-error-summary").text())
                .contains("once the national centre has accepted the impact review of " + year);
        mvc.perform(get(report)).andExpect(status().isNotFound());

        assertThat(annualReportTask(demo, year))
                .as("not before the review is accepted")
                .isZero();
        HubScope.asSystem(
                () -> reviews.accept(demo, year, reviews.view(demo, year).version(), SignedIn.NATIONAL));
        mvc.perform(post(form + "/publish").with(csrf()).with(signedIn.asStaffOf(demo)))
                .andExpect(status().isForbidden());
        assertThat(html(post(form + "/publish").with(csrf()).with(lead).param("version", "99"))
                        .select(".govuk-error-summary")
                        .text())
                .contains("changed while you were looking at it");
        assertThat(annualReportTask(demo, year))
                .as("once the review is accepted, the home page asks for the report")
                .isEqualTo(1);
        mvc.perform(publish(form, lead)).andExpect(redirectedUrl(form));
        assertThat(annualReportTask(demo, year)).isZero();
        assertThat(audits("impact.annual-report-published", year)).isEqualTo(1);

        Document published = html(get(report).with(anonymous()));
        assertThat(published.select("h1").text()).isEqualTo("Annual report " + year);
        assertThat(published.select("main").text())
                .contains(
                        "Our year with the schools.",
                        "Lessons moved in small steps.",
                        "Heads who came kept going.",
                        "A cluster that shares",
                        "Named story: my class talks about the maths.",
                        held.get(0).fullName() + ", " + held.get(0).schoolName(),
                        "Anonymous story: planning together.",
                        "A participant of Development 1")
                .doesNotContain(
                        "A school that asked us not to",
                        "Kept story",
                        held.get(1).fullName(),
                        held.get(2).fullName());
        assertThat(published.select("main a[href^=/insights], main a[href^=/schools]"))
                .as("no links into signed-in pages")
                .isEmpty();
        assertThat(pdfText(report + ".pdf")).contains("Annual report " + year, "Our year with the schools.");
        assertThat(html(get("/catalogue/demo-maths-hub/annual-reports"))
                        .select("main a")
                        .eachAttr("href"))
                .contains(report);
        assertThat(html(get("/catalogue/demo-maths-hub/" + thisYear.slug()))
                        .select("main a")
                        .eachAttr("href"))
                .contains("/catalogue/demo-maths-hub/annual-reports");
        assertThat(html(get("/impact?year=" + year.slug()).with(signedIn.as(SignedIn.NATIONAL)))
                        .select("tr:contains(Demo Maths Hub) a[href=" + report + "]")
                        .text())
                .isEqualTo("Published");

        // The named writer stops the hub sharing their story: it leaves the published report at once.
        jdbc.update("update impact_story set consent = 'HUB_ONLY' where id = ?", named);
        assertThat(html(get(report)).select("main").text())
                .doesNotContain("Named story")
                .doesNotContain(held.get(0).fullName());

        // Nobody else changes or reads the hub's draft; the national admin reads it.
        assertThat(html(get(form).with(signedIn.as(SignedIn.NATIONAL))).select("main form"))
                .isEmpty();
        mvc.perform(save(form, signedIn.as(SignedIn.NATIONAL), "Not ours.")).andExpect(status().isForbidden());
        RequestPostProcessor other = signedIn.as(SignedIn.HUB_LEAD_2);
        mvc.perform(get(form).with(other)).andExpect(status().isNotFound());
        mvc.perform(get(form + "/preview").with(other)).andExpect(status().isNotFound());
        mvc.perform(save(form, other, "Not ours.")).andExpect(status().isNotFound());
        mvc.perform(post(form + "/withdraw").with(csrf()).with(other)).andExpect(status().isNotFound());
        for (String role : List.of(SignedIn.WGL, SignedIn.LLME, SignedIn.SCHOOL, SignedIn.PARTICIPANT)) {
            mvc.perform(get(form).with(signedIn.as(role))).andExpect(status().isForbidden());
        }

        mvc.perform(post(form + "/withdraw")
                        .with(csrf())
                        .with(lead)
                        .param(
                                "version",
                                html(get(form).with(lead))
                                        .select("form[action$=/withdraw] input[name=version]")
                                        .val()))
                .andExpect(redirectedUrl(form));
        mvc.perform(get(report)).andExpect(status().isNotFound());
        mvc.perform(get(report + ".pdf")).andExpect(status().isNotFound());
        assertThat(html(get(form + "/preview").with(signedIn.asStaffOf(demo)))
                        .select(".govuk-warning-text")
                        .text())
                .contains("this report is not published");
        assertThat(audits("impact.annual-report-withdrawn", year)).isEqualTo(1);
    }

    /** The home page's count for the year's annual report, on a day of the year after it. */
    private long annualReportTask(HubSummary hub, AcademicYear year) {
        return tasks.stream()
                .flatMap(t ->
                        HubScope.asSystem(() -> t.tasks(hub.id(), year.next().firstDay())).stream())
                .filter(t -> t.message().equals("home.task.annualReport"))
                .mapToLong(HubTasks.Task::count)
                .sum();
    }

    private static Words study(String title, List<Integer> urns, boolean agreed) {
        return new Words(Setting.PRIMARY, title, urns, "Alone.", "Planned with them.", "Together.", "Notes.", agreed);
    }

    private long story(HubSummary hub, AcademicYear year, Seat seat, String text, String consent) {
        jdbc.update(
                "insert into impact_story (hub_id, academic_year, work_group_id, participant_id, story, consent,"
                        + " updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
                hub.id(),
                year.startYear(),
                seat.workGroupId(),
                seat.participantId(),
                text,
                consent,
                Timestamp.from(Instant.now(clock)));
        return jdbc.queryForObject("select id from impact_story where story = ?", Long.class, text);
    }

    private MockHttpServletRequestBuilder save(
            String form, RequestPostProcessor who, String foreword, long... stories) {
        MockHttpServletRequestBuilder request = post(form)
                .with(csrf())
                .with(who)
                .param("foreword", foreword)
                .param("lookingAhead", "Two more clusters next year.");
        for (long story : stories) {
            request.param("stories", String.valueOf(story));
        }
        return request;
    }

    private MockHttpServletRequestBuilder publish(String form, RequestPostProcessor who) {
        String version = html(get(form).with(who))
                .select("form[action$=/publish] input[name=version]")
                .val();
        return post(form + "/publish").with(csrf()).with(who).param("version", version);
    }

    private int audits(String type, AcademicYear year) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where type = ? and subject = ?",
                Integer.class,
                type,
                year.toString());
    }

    private String pdfText(String path) throws Exception {
        byte[] pdf = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private Document html(MockHttpServletRequestBuilder request) {
        try {
            return Jsoup.parse(mvc.perform(request)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
