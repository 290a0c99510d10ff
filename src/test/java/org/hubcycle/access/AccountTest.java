package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.Redirected;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.TestKeys;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A school's contact creates an account for an open school and confirms their email before they can sign in. */
@IntegrationTest
class AccountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Schools schools;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignedIn signedIn;

    Mailbox mailbox() {
        return new Mailbox(jdbc);
    }

    @Test
    void aContactCreatesAnAccountThatWorksOnlyOnceConfirmed() throws Exception {
        SchoolSummary school = HubScope.asSystem(() -> schools.search(
                        new SchoolSearch(null, "Primary", "883", null, "Open", null, null), PageRequest.of(0, 1))
                .getContent()
                .get(0));
        Document found = Jsoup.parse(mvc.perform(get("/account/new").param("q", String.valueOf(school.urn())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(found.select("#results a").attr("href")).isEqualTo("/account/new/" + school.urn());

        String email = TestKeys.next("contact") + "@school.test";
        Document bad = Jsoup.parse(mvc.perform(post("/account/new/" + school.urn())
                        .with(csrf())
                        .param("name", "")
                        .param("email", email)
                        .param("password", "short")
                        .param("confirmPassword", "short"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(bad.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#name", "#password");

        Document sent = Redirected.to(
                mvc,
                "/account/sent",
                post("/account/new/" + school.urn())
                        .with(csrf())
                        .param("name", "Morag Lindqvist")
                        .param("email", email)
                        .param("password", "a long enough phrase")
                        .param("confirmPassword", "a long enough phrase"));
        assertThat(sent.select("h1").text()).isEqualTo("Check your email");
        assertThat(sent.select(".govuk-panel__body").text()).isEqualTo("We have written to " + email);
        assertThat(users.loadUserByUsername(email).isEnabled()).isFalse();

        String token = Mailbox.token(mailbox().link(email, "/account/confirm?token="));
        mvc.perform(get("/account/confirm").param("token", token)).andExpect(redirectedUrl("/login"));
        assertThat(users.loadUserByUsername(email).isEnabled()).isTrue();
        assertThat(users.loadUserByUsername(email).getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_SCHOOL_CONTACT");
        assertThat(((HubMember) users.loadUserByUsername(email)).schoolUrn())
                .as("a new contact waits for approval")
                .isNull();
        assertThat(((HubMember) users.loadUserByUsername(email)).pendingSchoolUrn())
                .isEqualTo(school.urn());
        assertThat(mvc.perform(get("/account/confirm").param("token", token))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("This link does not work");

        Document twice = Redirected.to(
                mvc,
                "/account/sent",
                post("/account/new/" + school.urn())
                        .with(csrf())
                        .param("name", "Someone Else")
                        .param("email", email.toUpperCase())
                        .param("password", "another long phrase")
                        .param("confirmPassword", "another long phrase"));
        assertThat(twice.select("h1").text())
                .as("the same answer whether or not the address has an account")
                .isEqualTo("Check your email");
        assertThat(mailbox().latestSubject(email)).isEqualTo("You already have a Hubcycle account");
        assertThat(users.loadUserByUsername(email).getUsername()).isEqualTo(email);
    }

    @Test
    void linksInEmailsComeFromTheConfiguredAddressNeverTheRequestsHost() throws Exception {
        SchoolSummary school = HubScope.asSystem(() -> schools.search(
                        new SchoolSearch(null, "Primary", "881", null, "Open", null, null), PageRequest.of(0, 10))
                .getContent()
                .get(3));
        String email = org.hubcycle.support.Unique.email("host");
        mvc.perform(post("/account/new/" + school.urn())
                        .with(csrf())
                        .with(request -> {
                            request.setServerName("evil.example");
                            request.addHeader("Host", "evil.example");
                            request.addHeader("X-Forwarded-Host", "evil.example");
                            return request;
                        })
                        .param("name", "Hana Ito")
                        .param("email", email)
                        .param("password", "a long enough phrase")
                        .param("confirmPassword", "a long enough phrase"))
                .andExpect(redirectedUrl("/account/sent"));
        assertThat(mailbox().latest(email))
                .contains("http://localhost:8080/account/confirm?token=")
                .doesNotContain("evil.example");
    }

    @Test
    void withoutAMailTransportPagesSayTheEmailIsQueuedNotSent() throws Exception {
        Document sent = Redirected.to(
                mvc, "/password/sent", post("/password/forgotten").with(csrf()).param("email", "someone@school.test"));
        assertThat(sent.select(".govuk-inset-text").text()).contains("This installation does not send email yet");
        Document outbox = Jsoup.parse(mvc.perform(get("/outbox").with(signedIn.as(SignedIn.NATIONAL)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(outbox.select(".govuk-warning-text").text()).contains("has no mail transport configured");
    }

    @Test
    void aClosedSchoolPointsToTheSchoolThatSucceededIt() throws Exception {
        SchoolSummary closed = HubScope.asSystem(() ->
                schools
                        .search(new SchoolSearch(null, null, null, null, "Closed", null, null), PageRequest.of(0, 200))
                        .stream()
                        .filter(s -> schools.openSuccessor(s.urn()).isPresent())
                        .findFirst()
                        .orElseThrow());
        SchoolSummary successor =
                HubScope.asSystem(() -> schools.openSuccessor(closed.urn())).orElseThrow();
        Document page = Jsoup.parse(mvc.perform(get("/account/new/" + closed.urn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("form")).isEmpty();
        assertThat(page.select("main a[href=/account/new/" + successor.urn() + "]"))
                .hasSize(1);
        mvc.perform(post("/account/new/" + closed.urn())
                        .with(csrf())
                        .param("name", "X")
                        .param("email", "x@y.test")
                        .param("password", "a long enough phrase")
                        .param("confirmPassword", "a long enough phrase"))
                .andExpect(status().isNotFound());
    }
}
