package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import java.util.EnumSet;
import org.hubcycle.access.domain.AuditEvent;
import org.hubcycle.access.domain.AuditEventRepository;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.access.internal.Role;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.Redirected;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.TestKeys;
import org.hubcycle.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

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

    @Autowired
    JdbcTemplate jdbc;

    /** Each test signs in from its own client address, so one test's failures never lock another's machine. */
    private final String client = Unique.clientAddress();

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        UserAccount lead =
                HubScope.asSystem(() -> users.findByEmail(SignedIn.HUB_LEAD).orElseThrow());
        assertThat(lead.getPasswordHash()).startsWith("{argon2}$argon2id$").doesNotContain("demo");
    }

    @Test
    void successAndFailureAreAudited() throws Exception {
        String email = newUser();
        mvc.perform(login(email, "wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(email.toUpperCase(), "right-password")).andExpect(redirectedUrl("/"));

        assertThat(eventsAbout(email)).extracting(AuditEvent::getType).contains("login.failed", "login.succeeded");
        AuditEvent success = eventsAbout(email).stream()
                .filter(e -> e.getType().equals("login.succeeded"))
                .findFirst()
                .orElseThrow();
        assertThat(success.getActor()).isEqualTo(email);
        assertThat(success.getHubId())
                .isEqualTo(hubs.getBySlug("demo-maths-hub").id());
    }

    @Test
    void theResponseNeverSaysWhetherAnAccountExists() throws Exception {
        String existing = newUser();
        String unknown = TestKeys.next("nobody") + "@hubcycle.test";
        MvcResult forExisting = mvc.perform(login(existing, "wrong")).andReturn();
        MvcResult forUnknown = mvc.perform(login(unknown, "wrong")).andReturn();
        assertThat(forExisting.getResponse().getRedirectedUrl())
                .isEqualTo(forUnknown.getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");

        Document page = Jsoup.parse(mvc.perform(get("/login").param("error", ""))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#username");
        assertThat(page.select(".govuk-error-summary").text()).contains("Enter a correct email address and password");
        assertThat(page.select("#username-error").text()).contains("Enter a correct email address and password");
        assertThat(page.select("#username").attr("aria-describedby")).isEqualTo("username-error");
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhile() throws Exception {
        String email = newUser();
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(email, "guess-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(email, "right-password")).andExpect(redirectedUrl("/login?error"));
        assertThat(eventsAbout(email))
                .extracting(AuditEvent::getType)
                .contains("login.locked")
                .doesNotContain("login.succeeded");
    }

    @Test
    void anUnknownAddressIsLockedTheSameWay() throws Exception {
        String unknown = TestKeys.next("nobody") + "@hubcycle.test";
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(unknown, "guess-" + i));
        }
        assertThat(eventsAbout(unknown)).extracting(AuditEvent::getType).contains("login.locked");
    }

    @Test
    void aUsernameLongerThanAnyEmailAddressIsAnOrdinaryFailure() throws Exception {
        String huge = "l".repeat(10_000);
        mvc.perform(login(huge, "x")).andExpect(redirectedUrl("/login?error"));
        assertThat(eventsAbout(huge.substring(0, 200) + "…"))
                .extracting(AuditEvent::getDetailCode)
                .containsExactly("audit.detail.login.failed.too-long");
    }

    @Test
    void oneMachineTryingAddressAfterAddressIsStoppedButOthersAreNot() throws Exception {
        String email = newUser();
        for (int i = 0; i < 30; i++) {
            mvc.perform(login(TestKeys.next("guess") + "@hubcycle.test", "password" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // The right password, but from the machine that guessed:
        mvc.perform(login(email, "right-password")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(email, "right-password", Unique.clientAddress())).andExpect(redirectedUrl("/"));
    }

    @Test
    void someoneLockedOutBySomeoneElsesGuessesResetsTheirPasswordAndSignsInAtOnce() throws Exception {
        String email = newUser();
        String attacker = Unique.clientAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(email, "guess-" + i, attacker));
        }
        mvc.perform(login(email, "right-password")).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/password/forgotten").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/password/sent"));
        String link = new Mailbox(jdbc).link(email, "/password/reset?token=");
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", Mailbox.token(link))
                        .param("password", "a brand new phrase")
                        .param("confirmPassword", "a brand new phrase"))
                .andExpect(redirectedUrl("/login"));

        mvc.perform(login(email, "a brand new phrase")).andExpect(redirectedUrl("/"));
    }

    @Test
    void theRightPasswordForAnUnconfirmedAccountSaysToConfirmAndOffersTheLinkAgain() throws Exception {
        String email = Unique.email("unconfirmed");
        HubScope.asSystem(() -> users.save(new UserAccount(
                        email,
                        "Nia Unconfirmed",
                        passwordEncoder.encode("right-password"),
                        EnumSet.of(Role.SCHOOL_CONTACT),
                        null,
                        Instant.now())
                .unconfirmed()));

        mvc.perform(login(email, "wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(email, "right-password")).andExpect(redirectedUrl("/login?unconfirmed"));
        Document page = Jsoup.parse(mvc.perform(get("/login").param("unconfirmed", ""))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Confirm your email address before you sign in");
        assertThat(page.select("#unconfirmed a").attr("href")).isEqualTo("/account/confirm/again");

        Document sent = Redirected.to(
                mvc,
                "/account/sent",
                post("/account/confirm/again").with(csrf()).param("email", email));
        assertThat(sent.select("h1").text()).isEqualTo("Check your email");
        Document unknown = Redirected.to(
                mvc,
                "/account/sent",
                post("/account/confirm/again").with(csrf()).param("email", Unique.email("nobody")));
        assertThat(unknown.select("h1").text())
                .as("the same answer for any address")
                .isEqualTo("Check your email");
        String link = new Mailbox(jdbc).link(email, "/account/confirm?token=");
        mvc.perform(get(Mailbox.pathOf(link))).andExpect(redirectedUrl("/login"));

        mvc.perform(login(email, "right-password")).andExpect(redirectedUrl("/"));
    }

    private RequestBuilder login(String email, String password) {
        return login(email, password, client);
    }

    private static RequestBuilder login(String email, String password, String from) {
        return servletContext -> {
            MockHttpServletRequest request = formLogin("/login")
                    .user("username", email)
                    .password("password", password)
                    .buildRequest(servletContext);
            request.setRemoteAddr(from);
            return request;
        };
    }

    private String newUser() {
        String email = TestKeys.next("user") + "@hubcycle.test";
        long hubId = hubs.getBySlug("demo-maths-hub").id();
        HubScope.asSystem(() -> users.save(new UserAccount(
                email,
                "Test Person",
                passwordEncoder.encode("right-password"),
                EnumSet.of(Role.HUB_STAFF),
                hubId,
                Instant.now())));
        return email;
    }

    private java.util.List<AuditEvent> eventsAbout(String email) {
        return HubScope.asSystem(() -> audit.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(0, 200)).stream()
                .filter(e -> email.equals(e.getSubject()))
                .toList());
    }
}
