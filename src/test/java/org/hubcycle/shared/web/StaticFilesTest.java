package org.hubcycle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.ServletContext;
import java.util.List;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.support.ServletRequestHandledEvent;
import org.springframework.web.servlet.DispatcherServlet;

@IntegrationTest
@RecordApplicationEvents
class StaticFilesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ServletContext servletContext;

    @Autowired
    DispatcherServlet dispatcherServlet;

    @Autowired
    FilterChainProxy security;

    @Test
    void aStylesheetIsServedForAnHourWithThePagesHeaders() throws Exception {
        mvc.perform(get("/css/hubcycle.css").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=3600, public"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void noStaticFileLooksInTheSession() {
        // Spring Security's request cache reads the session, from the database, on every request it sees.
        for (String file : List.of("/css/hubcycle.css", "/js/init.js", "/assets/govuk-frontend.css", "/favicon.svg")) {
            assertThat(security.getFilters(file))
                    .as(file)
                    .extracting(filter -> filter.getClass().getSimpleName())
                    .contains("HeaderWriterFilter")
                    .doesNotContain("RequestCacheAwareFilter", "CsrfFilter", "AnonymousAuthenticationFilter");
        }
        // Pages still have them all.
        assertThat(security.getFilters("/llmes"))
                .extracting(filter -> filter.getClass().getSimpleName())
                .contains("RequestCacheAwareFilter", "CsrfFilter");
    }

    @Test
    void theServerAnnouncesNoRequestItHandled() throws Exception {
        // Spring MVC's event for each request handled names the user, and finding the user reads the
        // session from the database: once for every stylesheet, script and icon a signed-in browser
        // fetches. MockMvc's servlet is not the one the server runs, so this asks the server's.
        dispatcherServlet.init(new MockServletConfig(servletContext));
        MockHttpServletResponse response = new MockHttpServletResponse();

        dispatcherServlet.service(new MockHttpServletRequest(servletContext, "GET", "/css/hubcycle.css"), response);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(events.stream(ServletRequestHandledEvent.class)).isEmpty();
    }
}
