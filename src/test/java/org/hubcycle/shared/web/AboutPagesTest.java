package org.hubcycle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hubcycle.shared.PublicationRetries;
import org.hubcycle.shared.Retention;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Anyone, signed in or not, reads from the foot of every page what Hubcycle holds about them and for how long
 * (the periods the erasing jobs run on), and which cookie it sets.
 */
@IntegrationTest
class AboutPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Retention retention;

    @Test
    void everyPageLinksToThePrivacyNoticeAndCookies() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
            get("/login").with(anonymous()), get("/").with(signedIn.as(SignedIn.PARTICIPANT))
        }) {
            Document page = page(request);
            assertThat(page.select("footer a").eachAttr("href")).contains("/privacy", "/cookies");
        }
    }

    @Test
    void thePrivacyNoticeStatesThePeriodsTheJobsRunOn() throws Exception {
        Document privacy = page(get("/privacy").with(anonymous()));
        assertThat(privacy.select("h1").text()).isEqualTo("Privacy notice");
        String periods = privacy.select("#how-long + dl").text();
        assertThat(periods)
                .contains(
                        "Until the end of the work group's academic year and " + retention.participantYears()
                                + " full years after it",
                        retention.emails().toDays() + " days after they were written",
                        retention.unconfirmedAccounts().toDays() + " days, then deleted",
                        "An account nobody has signed in to for "
                                + retention.unusedAccounts().getYears() + " years is closed",
                        "You can close your own account under 'Your account'",
                        "When you leave its register of local leaders, it records that you have left",
                        "it erases your email address, TRN, school and job title when you ask",
                        "they are erased overnight once " + retention.participantYears()
                                + " full academic years have passed since your last work with the hub",
                        "If it fails " + PublicationRetries.ATTEMPTS
                                + " times, it is kept until the national centre does the work by hand");
        assertThat(privacy.select("a[href='/cookies']")).hasSize(2);
        assertThat(page(get("/privacy").with(signedIn.as(SignedIn.SCHOOL)))
                        .select("h1")
                        .text())
                .isEqualTo("Privacy notice");
    }

    @Test
    void theCookiesPageNamesTheOneCookie() throws Exception {
        Document cookies = page(get("/cookies").with(anonymous()));
        assertThat(cookies.select("table td").eachText())
                .containsExactly(
                        "HUBCYCLE_SESSION",
                        "Keeps you signed in, and protects the forms you send from being sent by another site",
                        "When you close your browser, or after 8 hours without using Hubcycle");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
