package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.hubcycle.access.domain.AuditEvent;
import org.hubcycle.access.domain.AuditEventRepository;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository users;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Hubs hubs;

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        UserAccount lead = HubScope.asSystem(() -> users.findByEmail(SignedIn.HUB_LEAD).orElseThrow());
        assertThat(lead.getPasswordHash()).startsWith("{argon2}$argon2id$").doesNotContain("demo");
    }

    @Test
    void successAndFailureAreAudited() throws Exception {
        String email = newUser();
        mvc.perform(formLogin("/login").user("username", email).password("password", "wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("username", email.toUpperCase()).password("password", "right-password"))
                .andExpect(redirectedUrl("/"));

        assertThat(eventsAbout(email)).extracting(AuditEvent::getType).contains("login.failed", "login.succeeded");
        AuditEvent success = eventsAbout(email).stream().filter(e -> e.getType().equals("login.succeeded")).findFirst().orElseThrow();
        assertThat(success.getActor()).isEqualTo(email);
        assertThat(success.getHubId()).isEqualTo(hubs.getBySlug("demo-maths-hub").id());
    }

    @Test
    void theResponseNeverSaysWhetherAnAccountExists() throws Exception {
        String existing = newUser();
        String unknown = "nobody-" + UUID.randomUUID() + "@hubcycle.test";
        MvcResult forExisting = mvc.perform(formLogin("/login").user("username", existing).password("password", "wrong")).andReturn();
        MvcResult forUnknown = mvc.perform(formLogin("/login").user("username", unknown).password("password", "wrong")).andReturn();
        assertThat(forExisting.getResponse().getRedirectedUrl()).isEqualTo(forUnknown.getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        Document page = Jsoup.parse(mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#username");
        assertThat(page.select(".govuk-error-summary").text()).contains("Enter a correct email address and password");
        assertThat(page.select("#username-error").text()).contains("Enter a correct email address and password");
        assertThat(page.select("#username").attr("aria-describedby")).isEqualTo("username-error");
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhile() throws Exception {
        String email = newUser();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("username", email).password("password", "guess-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("username", email).password("password", "right-password"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(eventsAbout(email)).extracting(AuditEvent::getType).contains("login.locked").doesNotContain("login.succeeded");
    }

    @Test
    void anUnknownAddressIsLockedTheSameWay() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID() + "@hubcycle.test";
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("username", unknown).password("password", "guess-" + i));
        }
        assertThat(eventsAbout(unknown)).extracting(AuditEvent::getType).contains("login.locked");
    }

    private String newUser() {
        String email = "user-" + UUID.randomUUID() + "@hubcycle.test";
        long hubId = hubs.getBySlug("demo-maths-hub").id();
        HubScope.asSystem(() -> users.save(new UserAccount(email, "Test Person", passwordEncoder.encode("right-password"),
                EnumSet.of(Role.HUB_STAFF), hubId, Instant.now())));
        return email;
    }

    private java.util.List<AuditEvent> eventsAbout(String email) {
        return HubScope.asSystem(() -> audit.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(0, 200)).stream()
                .filter(e -> email.equals(e.getSubject())).toList());
    }
}
