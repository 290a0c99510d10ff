package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
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
    Outbox outbox;

    @Autowired
    UserDetailsService users;

    @Test
    void aContactCreatesAnAccountThatWorksOnlyOnceConfirmed() throws Exception {
        SchoolSummary school = HubScope.asSystem(() -> schools.search(new SchoolSearch(null, "Primary", "883", null, "Open", null, null),
                PageRequest.of(0, 1)).getContent().get(0));
        Document found = Jsoup.parse(mvc.perform(get("/account/new").param("q", String.valueOf(school.urn()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(found.select("#results a").attr("href")).isEqualTo("/account/new/" + school.urn());

        String email = "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test";
        Document bad = Jsoup.parse(mvc.perform(post("/account/new/" + school.urn()).with(csrf()).param("name", "")
                .param("email", email).param("password", "short").param("confirmPassword", "short")).andReturn().getResponse().getContentAsString());
        assertThat(bad.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#name", "#password");

        Document sent = Jsoup.parse(mvc.perform(post("/account/new/" + school.urn()).with(csrf()).param("name", "Morag Lindqvist")
                .param("email", email).param("password", "a long enough phrase").param("confirmPassword", "a long enough phrase"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(sent.select("h1").text()).isEqualTo("Check your email");
        assertThat(users.loadUserByUsername(email).isEnabled()).isFalse();

        String body = HubScope.asSystem(() -> outbox.list(email, PageRequest.of(0, 1))).getContent().get(0).body();
        String link = body.substring(body.indexOf("http://localhost/account/confirm?token=")).split("\\s")[0];
        String token = link.substring(link.indexOf("token=") + 6);
        mvc.perform(get("/account/confirm").param("token", token)).andExpect(redirectedUrl("/login"));
        assertThat(users.loadUserByUsername(email).isEnabled()).isTrue();
        assertThat(users.loadUserByUsername(email).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_SCHOOL_CONTACT");
        assertThat(mvc.perform(get("/account/confirm").param("token", token)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("This link does not work");

        Document twice = Jsoup.parse(mvc.perform(post("/account/new/" + school.urn()).with(csrf()).param("name", "Someone Else")
                .param("email", email.toUpperCase()).param("password", "another long phrase").param("confirmPassword", "another long phrase"))
                .andReturn().getResponse().getContentAsString());
        assertThat(twice.select(".govuk-error-summary").text()).contains("An account with this email address already exists");
    }

    @Test
    void aClosedSchoolPointsToTheSchoolThatSucceededIt() throws Exception {
        SchoolSummary closed = HubScope.asSystem(() -> schools.search(new SchoolSearch(null, null, null, null, "Closed", null, null),
                PageRequest.of(0, 200)).stream().filter(s -> schools.openSuccessor(s.urn()).isPresent()).findFirst().orElseThrow());
        SchoolSummary successor = HubScope.asSystem(() -> schools.openSuccessor(closed.urn())).orElseThrow();
        Document page = Jsoup.parse(mvc.perform(get("/account/new/" + closed.urn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("form")).isEmpty();
        assertThat(page.select("main a[href=/account/new/" + successor.urn() + "]")).hasSize(1);
        mvc.perform(post("/account/new/" + closed.urn()).with(csrf()).param("name", "X").param("email", "x@y.test")
                .param("password", "a long enough phrase").param("confirmPassword", "a long enough phrase")).andExpect(status().isNotFound());
    }
}
