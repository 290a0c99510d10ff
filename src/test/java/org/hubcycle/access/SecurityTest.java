package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SignedIn signedIn;

    @Test
    void requestsAreTimedButSecuritysOwnStepsAreNotObserved() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isOk());
        MeterRegistry meters = context.getBean(MeterRegistry.class);
        assertThat(meters.find("http.server.requests").timers()).isNotEmpty();
        assertThat(meters.getMeters())
                .extracting(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("spring.security"));
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/hubs/demo-maths-hub")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/anything"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(content()
                        .json("{\"status\":401,\"title\":\"Unauthorized\",\"instance\":\"/api/v1/anything\"}"));
    }

    @Test
    void theFilesEveryBrowserAndCrawlerAsksForAreServedToAnyone() throws Exception {
        mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/x-icon"));
        mvc.perform(get("/robots.txt"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Allow: /catalogue/")))
                .andExpect(content().string(containsString("Disallow: /")));
    }

    @Test
    void yearsAtOrBeyondTheEdgesOfTheCalendarAreNotFoundRatherThanAFailure() throws Exception {
        for (String year : java.util.List.of("1990-91", "2999-00", "1989-90", "3000-01", "2026-28")) {
            for (String page : java.util.List.of("/projects?year=" + year, "/offer/" + year, "/enrolment/" + year)) {
                mvc.perform(get(page).with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isNotFound());
            }
        }
        mvc.perform(get("/offer/1991-92").with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isOk());
        mvc.perform(get("/projects?year=2998-99").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk());
    }

    @Test
    void signsInWithTheDemoPasswordAndSignsOut() throws Exception {
        mvc.perform(formLogin("/login").user("username", SignedIn.HUB_LEAD).password("password", "demo"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/logout").with(signedIn.as(SignedIn.HUB_LEAD)).with(csrf()))
                .andExpect(redirectedUrl("/login?signed-out"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", SignedIn.HUB_LEAD).param("password", "demo"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isForbidden());
    }

    @Test
    void aHubLeadCannotSeeAnotherHubsPage() throws Exception {
        mvc.perform(get("/hubs/demo-maths-hub").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Tom Ashworth"))));
        mvc.perform(get("/hubs/northfield-maths-hub").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grace Whitfield")));
    }

    @Test
    void theHubPageIsForThatHubsStaffAndTheNationalCentre() throws Exception {
        mvc.perform(get("/hubs/demo-maths-hub").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Samir Haddad")))
                .andExpect(content().string(containsString("Aldermoor (881)")))
                .andExpect(content().string(not(containsString("Grace Whitfield"))));
        mvc.perform(get("/hubs/demo-maths-hub").with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isOk());
        mvc.perform(get("/hubs/demo-maths-hub").with(signedIn.as(SignedIn.WGL))).andExpect(status().isForbidden());
        mvc.perform(get("/hubs/demo-maths-hub").with(signedIn.as(SignedIn.SCHOOL)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/hubs/no-such-hub").with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheNationalAdminListsEveryHub() throws Exception {
        mvc.perform(get("/hubs").with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Northfield Maths Hub")));
        mvc.perform(get("/hubs").with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isForbidden());
    }

    @Test
    void navigationFollowsTheRole() throws Exception {
        Document lead = html(mvc.perform(get("/").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(lead.select("nav a").eachText())
                .containsExactly(
                        "Your hub",
                        "Schools",
                        "Projects",
                        "Offer",
                        "Applications",
                        "LLMEs",
                        "Evaluation",
                        "People",
                        "Audit");
        assertThat(lead.select(".govuk-header").text())
                .contains("Hubcycle", "Demo Maths Hub", "Your account", "Sign out");

        Document national = html(mvc.perform(get("/").with(signedIn.as(SignedIn.NATIONAL)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(national.select("nav a").eachText())
                .containsExactly(
                        "Hubs",
                        "Schools",
                        "Projects",
                        "Innovation",
                        "Evaluation",
                        "Insights",
                        "GIAS import",
                        "Email outbox",
                        "Audit");

        Document wgl = html(mvc.perform(get("/").with(signedIn.as(SignedIn.WGL)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(wgl.select("nav a").eachText())
                .containsExactly("Schools", "Projects", "Your work groups", "Evaluation", "Lead a work group");

        Document school = html(mvc.perform(get("/").with(signedIn.as(SignedIn.SCHOOL)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(school.select("nav a").eachText())
                .containsExactly("Schools", "Projects", "Your applications", "School contacts");
    }

    @Test
    void theHomePagesLinksFollowTheRole() throws Exception {
        assertThat(homeLinks(SignedIn.HUB_LEAD))
                .containsExactly(
                        "/hubs/demo-maths-hub",
                        "/insights",
                        "/impact",
                        "/improvement",
                        "/funding",
                        "/audit",
                        "/enrolment/erasure",
                        "/schools",
                        "/projects",
                        "/catalogue/demo-maths-hub/"
                                + AcademicYear.containing(LocalDate.now()).slug(),
                        "/people",
                        "/llmes",
                        "/school-contacts",
                        "/invitations",
                        "/account");
        assertThat(homeLinks(SignedIn.NATIONAL))
                .containsExactly(
                        "/hubs",
                        "/accounts",
                        "/impact",
                        "/improvement",
                        "/funding/hubs",
                        "/audit",
                        "/enrolment/erasure",
                        "/schools",
                        "/projects",
                        "/outbox",
                        "/held-changes",
                        "/school-contacts",
                        "/invitations",
                        "/account",
                        "/directory/import");
        assertThat(homeLinks(SignedIn.WGL))
                .containsExactly(
                        "/improvement",
                        "/schools",
                        "/projects",
                        "/catalogue/demo-maths-hub/"
                                + AcademicYear.containing(LocalDate.now()).slug(),
                        "/interest",
                        "/leading",
                        "/delivery/registers",
                        "/account");
        assertThat(homeLinks(SignedIn.LLME))
                .contains("/interest", "/improvement")
                .doesNotContain("/llmes", "/outbox", "/impact");
        assertThat(homeLinks(SignedIn.SCHOOL))
                .contains("/applications", "/school-contacts")
                .doesNotContain("/llmes", "/invitations", "/audit", "/impact", "/improvement");
    }

    private List<String> homeLinks(String email) throws Exception {
        return html(mvc.perform(get("/").with(signedIn.as(email)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select("main ul.govuk-list a")
                .eachAttr("href");
    }

    @Test
    void securityHeadersAndCookieFlagsAreSet() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Set-Cookie", containsString("HUBCYCLE_SESSION=")))
                .andExpect(header().string("Set-Cookie", containsString("HttpOnly")))
                .andExpect(header().string("Set-Cookie", containsString("SameSite=Lax")));
    }

    @Test
    void healthIsPublicAndOtherActuatorEndpointsAreNational() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .json("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}", JsonCompareMode.STRICT));
        mvc.perform(get("/actuator/metrics").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isOk());
    }

    @Test
    void healthSaysUpOnlyWhileTheApplicationIsReadyForTraffic() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            mvc.perform(get("/actuator/health"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().json("{\"status\":\"OUT_OF_SERVICE\"}"));
            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    static Document html(String body) {
        return Jsoup.parse(body);
    }
}
