package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hubcycle.access.accounts.ApiTokens;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A program sends at most so many API requests a minute with one person's tokens (ADR 0044): the first hundred
 * at once are served, then one too many is refused with 429, a problem document and how long to wait. Another
 * person's tokens, and the same person's browser session, are not held back.
 */
@IntegrationTest
class ApiRateLimitTest {

    /** The burst the default configuration allows before the refill rate counts. */
    static final int BURST = 100;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ApiTokens tokens;

    @Autowired
    SignedIn signedIn;

    @Test
    void onePersonsTokensAreHeldToTheirAllowanceAndNobodyElse() throws Exception {
        String busy = TestAccounts.confirmed(
                jdbc, passwords, "busy-program", "demo-maths-hub", "HUB_STAFF", "a long enough phrase");
        String other = TestAccounts.confirmed(
                jdbc, passwords, "quiet-program", "demo-maths-hub", "HUB_STAFF", "a long enough phrase");
        String first = token(busy, "Dashboard");
        String second = token(busy, "Spreadsheet");
        String others = token(other, "Warehouse");

        for (int i = 0; i < BURST; i++) {
            assertThat(read(i % 2 == 0 ? first : second).getStatus())
                    .as("request %d of the first hundred", i + 1)
                    .isEqualTo(200);
        }
        MockHttpServletResponse refused = null;
        for (int i = 0; i < 400 && refused == null; i++) {
            MockHttpServletResponse response = read(i % 2 == 0 ? first : second);
            if (response.getStatus() != 200) {
                refused = response;
            }
        }

        assertThat(refused)
                .as("refused once the allowance is spent, both tokens together")
                .isNotNull();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(refused.getContentAsString())
                .contains("Too many requests with your API tokens: at most 600 a minute");
        assertThat(Integer.parseInt(refused.getHeader(HttpHeaders.RETRY_AFTER))).isPositive();

        assertThat(read(others).getStatus()).as("another person's token").isEqualTo(200);
        mvc.perform(get("/api/v1/projects").accept(MediaType.APPLICATION_JSON).with(signedIn.as(busy)))
                .andExpect(status().isOk());
    }

    private String token(String email, String name) {
        long id = jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
        return tokens.create(id, new ApiTokens.Request(name, 30, "a long enough phrase"))
                .secret();
    }

    private MockHttpServletResponse read(String secret) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/projects")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                .accept(MediaType.APPLICATION_JSON);
        return mvc.perform(request).andReturn().getResponse();
    }
}
