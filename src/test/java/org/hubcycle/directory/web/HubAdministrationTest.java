package org.hubcycle.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The national centre adds hubs, names them and chooses their areas; a hub's lead changes its contact address
 * and lead school. The tests give their hubs local authorities of their own (codes 97x, with a school each),
 * so the demo hubs' areas, and every other test reading them, are untouched.
 */
@IntegrationTest
class HubAdministrationTest {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Hubs hubs;

    @Autowired
    Schools schools;

    @BeforeEach
    void localAuthoritiesOfTheirOwn() {
        for (String code : List.of("971", "972", "973")) {
            if (jdbc.queryForObject("select count(*) from local_authority where code = ?", Integer.class, code) == 0) {
                jdbc.update("insert into local_authority (code, name) values (?, ?)", code, "Testshire " + code);
                int urn = 970_000 + Integer.parseInt(code);
                jdbc.update(
                        "insert into school (urn, name, search_name, search_text, la_code, type_name, type_group,"
                                + " status, phase, region, content_hash)"
                                + " values (?, ?, ?, ?, ?, 'Academy converter', 'Academies', 'Open', 'Primary',"
                                + " 'North East', 'test')",
                        urn,
                        "Testshire Primary " + code,
                        "testshire primary " + code,
                        "testshire primary " + code,
                        code);
            }
        }
    }

    @Test
    void theNationalCentreAddsAHubGivesItAnAreaAndMovesALocalAuthorityToAnother() throws Exception {
        RequestPostProcessor national = signedIn.as(SignedIn.NATIONAL);
        Document bad = send(post("/hubs/new")
                .param("name", "")
                .param("slug", "Testmoor Hub")
                .param("contactEmail", "not an address")
                .param("leadSchoolUrn", "12"));
        assertThat(bad.select(".govuk-error-summary a").eachAttr("href"))
                .as("every error, in the order of the form")
                .containsExactly("#name", "#slug", "#contactEmail", "#leadSchoolUrn");
        assertThat(bad.select("#slug").val()).as("what was typed is kept").isEqualTo("Testmoor Hub");
        assertThat(send(hubForm("demo maths hub", "demo-maths-hub", "x@testmoor.test"))
                        .select(".govuk-error-summary")
                        .text())
                .contains("Another hub has the address name demo-maths-hub");
        assertThat(send(hubForm("demo maths hub", "testmoor-" + NUMBER.incrementAndGet(), "x@testmoor.test"))
                        .select(".govuk-error-summary")
                        .text())
                .contains("Demo Maths Hub already has this name");

        HubSummary first = add("Testmoor");
        HubSummary second = add("Testvale");

        Document area = page("/hubs/" + first.slug() + "/area", national);
        assertThat(area.select("#la-971-hint").text()).contains("in no hub's area");
        assertThat(area.select("#la-881-hint").text()).contains("now in the area of Demo Maths Hub");
        String version = area.select("input[name=version]").val();

        Document unknown = send(post("/hubs/" + first.slug() + "/area")
                .param("codes", "971", "ZZZ")
                .param("version", version));
        assertThat(unknown.select(".govuk-error-summary").text())
                .contains("There is no local authority with the code ZZZ");
        assertThat(send(post("/hubs/" + first.slug() + "/area").param("version", version))
                        .select(".govuk-error-summary")
                        .text())
                .contains("Nothing has changed");

        Document check = send(post("/hubs/" + first.slug() + "/area")
                .param("codes", "971", "972")
                .param("version", version));
        assertThat(check.select("h1").text()).isEqualTo("Check the change to the hub's area");
        assertThat(check.select("li").eachText())
                .contains(
                        "Testshire 971 (971): 1 open state-funded schools, in no hub's area until now",
                        "Testshire 972 (972): 1 open state-funded schools, in no hub's area until now");
        assertThat(jdbc.queryForObject("select count(*) from hub_area where hub_id = ?", Integer.class, first.id()))
                .as("nothing is changed until it is confirmed")
                .isZero();
        confirm(first, version, "971", "972");

        assertThat(page("/hubs/" + first.slug(), national)
                        .select(".govuk-summary-list")
                        .text())
                .contains("Testshire 971 (971)", "Testshire 972 (972)");
        assertThat(schools.hubOf(970_971)).contains(first.id());
        assertThat(email(first, "directory.hub-area-changed")).contains("It now also covers:\n- Testshire 971 (971)");

        Document stale = send(post("/hubs/" + first.slug() + "/area/confirm")
                .param("codes", "971")
                .param("version", version));
        assertThat(stale.select(".govuk-error-summary").text())
                .as("a confirmation sent from a page opened before the last change is refused")
                .contains("Someone else changed this hub while you were looking");
        assertThat(hubs.area(first.id())).containsExactly("971", "972");

        String secondVersion = page("/hubs/" + second.slug() + "/area", national)
                .select("input[name=version]")
                .val();
        Document move = send(post("/hubs/" + second.slug() + "/area")
                .param("codes", "971", "973")
                .param("version", secondVersion));
        assertThat(move.select("li").eachText())
                .contains("Testshire 971 (971): 1 open state-funded schools, which leave " + first.name());
        confirm(second, secondVersion, "971", "973");

        assertThat(hubs.area(first.id())).containsExactly("972");
        assertThat(hubs.area(second.id())).containsExactly("971", "973");
        assertThat(schools.hubOf(970_971)).contains(second.id());
        assertThat(emails(first, "directory.hub-area-changed"))
                .as("the hub that lost one is told too")
                .anySatisfy(body -> assertThat(body).contains("It no longer covers:\n- Testshire 971 (971)"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where type = 'directory.hub-area-changed' and hub_id = ?",
                        Integer.class,
                        first.id()))
                .as("audited in each hub it touched")
                .isEqualTo(2);

        confirm(
                first,
                page("/hubs/" + first.slug() + "/area", national)
                        .select("input[name=version]")
                        .val());
        assertThat(page("/hubs", national).select(".govuk-warning-text").text())
                .as("the national admin sees which local authorities belong to no hub")
                .contains("Testshire 972 (972)");
    }

    @Test
    void aNewHubsPagesOpenBeforeItHasSchoolsOrAnything() throws Exception {
        HubSummary hub = add("Emptydale");
        RequestPostProcessor national = signedIn.as(SignedIn.NATIONAL);
        String year = AcademicYear.containing(LocalDate.now()).previous().slug();
        for (String path : List.of(
                "/hubs",
                "/hubs/" + hub.slug(),
                "/insights?hub=" + hub.slug(),
                "/insights/hubs?year=" + year,
                "/insights/reach?hub=" + hub.slug(),
                "/insights/recruit?hub=" + hub.slug(),
                "/impact?year=" + year,
                "/impact/" + year + "/" + hub.slug(),
                "/funding/hubs",
                "/improvement?hub=" + hub.slug(),
                "/catalogue/" + hub.slug())) {
            int status = mvc.perform(get(path).with(national))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(path).isIn(200, 302);
        }
        RequestPostProcessor lead = signedIn.asLeadOf(hub);
        for (String path : List.of("/", "/offer", "/enrolment", "/llmes", "/insights", "/funding", "/evaluation")) {
            int status =
                    mvc.perform(get(path).with(lead)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(200, 302);
        }
    }

    @Test
    void theHubsLeadChangesItsContactAndLeadSchoolButNotItsNameOrArea() throws Exception {
        HubSummary hub = add("Leadford");
        RequestPostProcessor lead = signedIn.asLeadOf(hub);
        Document form = page("/hubs/" + hub.slug() + "/edit", lead);
        assertThat(form.select("#name"))
                .as("only the national centre renames a hub")
                .isEmpty();
        String version = form.select("input[name=version]").val();

        Document unknown = send(
                post("/hubs/" + hub.slug() + "/edit")
                        .param("contactEmail", "team@leadford.test")
                        .param("leadSchoolUrn", "999999")
                        .param("version", version),
                lead);
        assertThat(unknown.select(".govuk-error-summary").text()).contains("No school has the URN 999999");

        mvc.perform(post("/hubs/" + hub.slug() + "/edit")
                        .param("name", "Renamed by its lead")
                        .param("contactEmail", "team@leadford.test")
                        .param("leadSchoolUrn", "970971")
                        .param("version", version)
                        .with(csrf())
                        .with(lead))
                .andExpect(redirectedUrl("/hubs/" + hub.slug()));
        Document page = page("/hubs/" + hub.slug(), lead);
        assertThat(page.select("h1").text()).isEqualTo(hub.name());
        assertThat(page.select(".govuk-summary-list").text()).contains("team@leadford.test", "Testshire Primary 971");
        assertThat(jdbc.queryForObject(
                        "select body from outbound_email where kind = 'directory.hub-contact-changed' and recipient = ?",
                        String.class,
                        "hello@" + hub.slug() + ".test"))
                .as("the old address is told where the hub's email goes now")
                .contains("at team@leadford.test from now on");

        Document stale = send(
                post("/hubs/" + hub.slug() + "/edit")
                        .param("contactEmail", "other@leadford.test")
                        .param("version", version),
                lead);
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this hub");

        mvc.perform(get("/hubs/" + hub.slug() + "/area").with(lead)).andExpect(status().isForbidden());
        mvc.perform(post("/hubs/" + hub.slug() + "/area/confirm")
                        .param("codes", "881")
                        .with(csrf())
                        .with(lead))
                .andExpect(status().isForbidden());
        mvc.perform(get("/hubs/new").with(lead)).andExpect(status().isForbidden());
        mvc.perform(get("/hubs/" + hub.slug() + "/edit").with(signedIn.asStaffOf(hub)))
                .andExpect(status().isForbidden());
        // Another hub's lead finds nothing.
        mvc.perform(get("/hubs/demo-maths-hub/edit").with(lead)).andExpect(status().isNotFound());
        mvc.perform(post("/hubs/demo-maths-hub/edit")
                        .param("contactEmail", "taken@over.test")
                        .with(csrf())
                        .with(lead))
                .andExpect(status().isNotFound());
        assertThat(hubs.contactEmail(hubs.getBySlug("demo-maths-hub").id())).contains("hello@demo-maths-hub.test");
        for (String other : List.of(SignedIn.WGL, SignedIn.LLME, SignedIn.SCHOOL, SignedIn.PARTICIPANT)) {
            mvc.perform(get("/hubs/" + hub.slug() + "/edit").with(signedIn.as(other)))
                    .andExpect(status().isForbidden());
        }

        mvc.perform(post("/hubs/" + hub.slug() + "/edit")
                        .param("name", "Leadford and District Maths Hub")
                        .param("contactEmail", "team@leadford.test")
                        .param("leadSchoolUrn", "970971")
                        .param(
                                "version",
                                page("/hubs/" + hub.slug() + "/edit", lead)
                                        .select("input[name=version]")
                                        .val())
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(redirectedUrl("/hubs/" + hub.slug()));
        assertThat(hubs.getBySlug(hub.slug()).name()).isEqualTo("Leadford and District Maths Hub");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where type = 'directory.hub-changed' and hub_id = ?",
                        Integer.class,
                        hub.id()))
                .isEqualTo(2);
    }

    private HubSummary add(String town) throws Exception {
        String slug = town.toLowerCase() + "-maths-hub-" + NUMBER.incrementAndGet();
        String name = town + " Maths Hub " + NUMBER.get();
        mvc.perform(hubForm(name, slug, "hello@" + slug + ".test").with(csrf()).with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(redirectedUrl("/hubs/" + slug + "/area"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where type = 'directory.hub-added' and subject = ?",
                        Integer.class,
                        name))
                .isEqualTo(1);
        return hubs.getBySlug(slug);
    }

    private void confirm(HubSummary hub, String version, String... codes) throws Exception {
        mvc.perform(post("/hubs/" + hub.slug() + "/area/confirm")
                        .param("codes", codes)
                        .param("version", version)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(redirectedUrl("/hubs/" + hub.slug()));
    }

    private static MockHttpServletRequestBuilder hubForm(String name, String slug, String contact) {
        return post("/hubs/new").param("name", name).param("slug", slug).param("contactEmail", contact);
    }

    private String email(HubSummary hub, String kind) {
        return emails(hub, kind).get(0);
    }

    private List<String> emails(HubSummary hub, String kind) {
        return jdbc.queryForList(
                "select body from outbound_email where kind = ? and recipient = ? order by id",
                String.class,
                kind,
                "hello@" + hub.slug() + ".test");
    }

    private Document send(MockHttpServletRequestBuilder request) throws Exception {
        return send(request, signedIn.as(SignedIn.NATIONAL));
    }

    private Document send(MockHttpServletRequestBuilder request, RequestPostProcessor as) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(csrf()).with(as))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private Document page(String path, RequestPostProcessor as) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(as))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
