package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hubcycle.access.accounts.ApiTokens;
import org.hubcycle.shared.Refused;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A person makes an API token on their account page and a program reads the API with it, as that person and
 * within their hub or school, read-only, until the token is revoked or expires (ADR 0035).
 */
@IntegrationTest
class ApiTokensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ApiTokens tokens;

    @AfterEach
    void forgetTokens() {
        jdbc.update(
                "delete from api_token where user_id in (select id from app_user where email in (?, ?, ?))",
                SignedIn.HUB_LEAD,
                SignedIn.HUB_LEAD_2,
                SignedIn.SCHOOL);
    }

    @Test
    void aHubLeadMakesATokenSeesItOnceAndAProgramReadsTheirHubWithIt() throws Exception {
        Document account = page(get("/account").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(account.select("#tokens-link").attr("href")).isEqualTo("/account/tokens");
        Document none = page(get("/account/tokens").with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(none.select("#no-tokens").text()).isEqualTo("You have no API tokens.");

        Document blank = page(post("/account/tokens")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("name", " ")
                .param("days", "7")
                .param("password", ""));
        assertThat(blank.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#name", "#days", "#password");
        Document wrong = page(post("/account/tokens")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("name", "Trust dashboard")
                .param("days", "90")
                .param("password", "not-the-password"));
        assertThat(wrong.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#password");
        assertThat(wrong.select("#name").val()).isEqualTo("Trust dashboard");
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_token where user_id = ?", Integer.class, userId(SignedIn.HUB_LEAD)))
                .as("nothing is made from a refused form")
                .isZero();

        Document created = followed(
                SignedIn.HUB_LEAD,
                post("/account/tokens")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("name", "Trust dashboard")
                        .param("days", "90")
                        .param("password", "demo"));
        String secret = created.select("#secret").text();
        assertThat(secret).startsWith("hcy_").hasSizeGreaterThan(40);
        assertThat(created.select("#example").text()).contains("Authorization: Bearer " + secret);
        assertThat(created.select(".govuk-summary-card").text())
                .contains("Trust dashboard", "Working", secret.substring(0, 8) + "…", "Never");
        assertThat(jdbc.queryForObject("select token_hash from api_token where name = 'Trust dashboard'", String.class))
                .as("only the hash is kept")
                .doesNotContain(secret.substring(4))
                .hasSize(64);
        assertThat(new Mailbox(jdbc).latestSubject(SignedIn.HUB_LEAD))
                .isEqualTo("An API token has been made for your Hubcycle account");
        assertThat(page(get("/account/tokens").with(signedIn.as(SignedIn.HUB_LEAD)))
                        .select("#secret"))
                .as("the secret is shown once")
                .isEmpty();

        long own = workGroupOf("demo-maths-hub");
        long other = workGroupOf("northfield-maths-hub");
        mvc.perform(withToken(get("/api/v1/work-groups/" + own + "/enrolments"), secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workGroupId").value(own))
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
        mvc.perform(withToken(get("/api/v1/work-groups/" + other + "/enrolments"), secret))
                .andExpect(status().isNotFound());
        mvc.perform(withToken(get("/api/v1/schools").param("q", "Primary"), secret))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select last_used_at from api_token where name = 'Trust dashboard'", Timestamp.class))
                .isNotNull();

        mvc.perform(withToken(post("/api/v1/work-groups/" + own + "/enrolments"), secret))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("only reads")));
        // A token opens the API, not the pages.
        mvc.perform(withToken(get("/enrolment/2026-27"), secret).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));

        long id = jdbc.queryForObject("select id from api_token where name = 'Trust dashboard'", Long.class);
        mvc.perform(get("/account/tokens/" + id + "/revoke").with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        assertThat(page(get("/account/tokens/" + id + "/revoke").with(signedIn.as(SignedIn.HUB_LEAD)))
                        .select("h1")
                        .text())
                .isEqualTo("Revoke Trust dashboard?");
        Document revoked = followed(
                SignedIn.HUB_LEAD,
                post("/account/tokens/" + id + "/revoke").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(revoked.select(".govuk-notification-banner").text()).contains("Trust dashboard has been revoked");
        assertThat(revoked.select("#token-" + id).text()).contains("Revoked");
        assertThat(revoked.select("#token-" + id + " a"))
                .as("nothing left to revoke")
                .isEmpty();

        mvc.perform(withToken(get("/api/v1/work-groups/" + own + "/enrolments"), secret))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(
                                HttpHeaders.WWW_AUTHENTICATE,
                                org.hamcrest.Matchers.containsString("error=\"invalid_token\"")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("revoked")));
        assertThat(jdbc.queryForList(
                        "select type from audit_event where subject = ? and type like 'access.token-%' order by id",
                        String.class, SignedIn.HUB_LEAD))
                .endsWith("access.token-created", "access.token-revoked");
    }

    @Test
    void aSchoolContactsTokenReadsOnlyItsSchoolAndStopsWhenItExpires() throws Exception {
        long contact = userId(SignedIn.SCHOOL);
        int urn = jdbc.queryForObject("select school_urn from app_user where id = ?", Integer.class, contact);
        int otherUrn = jdbc.queryForObject(
                "select min(urn) from school where urn <> ? and status = 'Open'", Integer.class, urn);
        long group = workGroupOf("demo-maths-hub");
        String secret = tokens.create(contact, new ApiTokens.Request("Governors' report", 30, "demo"))
                .secret();

        mvc.perform(withToken(get("/api/v1/schools/" + urn + "/eligibility").param("workGroup", "" + group), secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urn").value(urn));
        mvc.perform(withToken(
                        get("/api/v1/schools/" + otherUrn + "/eligibility").param("workGroup", "" + group), secret))
                .andExpect(status().isNotFound());
        mvc.perform(withToken(get("/api/v1/work-groups/" + group + "/enrolments"), secret))
                .andExpect(status().isForbidden());

        jdbc.update(
                "update api_token set expires_at = ? where user_id = ?",
                Timestamp.from(Instant.now().plus(Duration.ofDays(3))),
                contact);
        int before = new Mailbox(jdbc).count(SignedIn.SCHOOL);
        tokens.tellExpiring();
        tokens.tellExpiring();
        assertThat(new Mailbox(jdbc).count(SignedIn.SCHOOL)).as("told once").isEqualTo(before + 1);
        assertThat(new Mailbox(jdbc).latestSubject(SignedIn.SCHOOL))
                .isEqualTo("Your Hubcycle API token Governors' report expires within a week");

        jdbc.update(
                "update api_token set expires_at = ? where user_id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)),
                contact);
        mvc.perform(withToken(get("/api/v1/schools/" + urn + "/eligibility").param("workGroup", "" + group), secret))
                .andExpect(status().isUnauthorized());
        assertThat(page(get("/account/tokens").with(signedIn.as(SignedIn.SCHOOL)))
                        .select(".govuk-summary-card")
                        .text())
                .contains("Expired")
                .doesNotContain("Revoke");
    }

    @Test
    void unknownOrMalformedTokensAreRefusedAndTheSessionStillWorks() throws Exception {
        for (String bad : List.of("hcy_not-a-token", "someone-elses-jwt.abc.def", "hcy_" + "x".repeat(200))) {
            mvc.perform(withToken(get("/api/v1/schools").param("q", "Primary"), bad))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        }
        mvc.perform(get("/api/v1/schools").param("q", "Primary").header(HttpHeaders.AUTHORIZATION, "Bearer "))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/schools").param("q", "Primary"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Sign in, or send an API token, before using the API."));
        mvc.perform(get("/api/v1/schools").param("q", "Primary").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk());
        // Another kind of credential goes to the session's chain, and the public API needs none.
        mvc.perform(get("/api/v1/projects").header(HttpHeaders.AUTHORIZATION, "Basic Zm9vOmJhcg=="))
                .andExpect(status().isOk());
    }

    @Test
    void namesAreUniqueAmongWorkingTokensAndAPersonHoldsAtMostTen() {
        long lead = userId(SignedIn.HUB_LEAD_2);
        for (int i = 1; i <= 10; i++) {
            tokens.create(lead, new ApiTokens.Request("Program " + i, 30, "demo"));
        }
        assertThatThrownBy(() -> tokens.create(lead, new ApiTokens.Request("program 3", 30, "demo")))
                .isInstanceOfSatisfying(
                        Refused.class, refused -> assertThat(refused.code()).isEqualTo("access.token.name.taken"));
        assertThatThrownBy(() -> tokens.create(lead, new ApiTokens.Request("Program 11", 30, "demo")))
                .isInstanceOfSatisfying(
                        Refused.class, refused -> assertThat(refused.code()).isEqualTo("access.token.tooMany"));
        long first = tokens.of(lead).stream()
                .filter(t -> t.name().equals("Program 1"))
                .findFirst()
                .orElseThrow()
                .id();
        tokens.revoke(lead, first, SignedIn.HUB_LEAD_2);
        tokens.create(lead, new ApiTokens.Request("Program 1", 365, "demo"));
        assertThat(tokens.of(lead))
                .hasSize(11)
                .filteredOn(ApiTokens.TokenView::working)
                .hasSize(10);
    }

    @Test
    void theApiIsDescribedForProgramsWithHowToSendAToken() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Hubcycle API"))
                .andExpect(jsonPath("$.info.description")
                        .value(org.hamcrest.Matchers.containsString(
                                "at most 600 requests a minute: one more is answered 429")))
                .andExpect(
                        jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/work-groups/{id}/enrolments'].get")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/projects'].get.security").isEmpty())
                .andExpect(jsonPath("$.paths['/account/tokens']").doesNotExist());
    }

    private MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request, String secret) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret).accept(MediaType.APPLICATION_JSON);
    }

    /** Sends a form that must lead back to the list of tokens, and reads the list with what the form left for it. */
    private Document followed(String email, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult sent =
                mvc.perform(request).andExpect(redirectedUrl("/account/tokens")).andReturn();
        // The flash attributes wait in the session the response's cookie names, as for a browser.
        return page(
                get("/account/tokens").cookie(sent.getResponse().getCookies()).with(signedIn.as(email)));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private long userId(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
    }

    /** A work group of the hub, one with applications when it has any. */
    private long workGroupOf(String hub) {
        return jdbc.queryForObject(
                "select w.id from work_group w join hub h on h.id = w.hub_id where h.slug = ? order by"
                        + " case when exists (select 1 from enrolment e where e.work_group_id = w.id) then 0 else 1"
                        + " end, w.id fetch first 1 rows only",
                Long.class,
                hub);
    }
}
