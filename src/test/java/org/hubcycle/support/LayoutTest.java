package org.hubcycle.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The shared layout and assets, as a user's browser receives them (error pages: {@link ErrorPagesTest}). */
@IntegrationTest
class LayoutTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void everyPageHasTheSharedLayout() throws Exception {
        Document page =
                page(mvc.perform(get("/").with(signedIn.as(SignedIn.HUB_LEAD))).andReturn());
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("a.govuk-skip-link").attr("href")).isEqualTo("#main-content");
        assertThat(page.select("main#main-content")).hasSize(1);
        assertThat(page.select(".govuk-header").text()).contains("Hubcycle", "Demo Maths Hub", "Tom Ashworth");
        assertThat(page.select(".govuk-phase-banner .govuk-tag").text()).isEqualTo("Alpha");
        assertThat(page.select("footer.govuk-footer")).hasSize(1);
        assertThat(page.title()).isEqualTo("Home – Hubcycle");
    }

    @Test
    void thereIsNoCrownAndNoGovukLogo() throws Exception {
        Document page = page(mvc.perform(get("/login")).andReturn());
        assertThat(
                        page.select(
                                ".govuk-header svg, .govuk-header__logotype, .govuk-footer__crown, .govuk-footer__licence-logo"))
                .isEmpty();
        assertThat(page.select("link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
    }

    @Test
    void theGdsTransportFontIsNeitherReferencedNorServed() throws Exception {
        String css = mvc.perform(get("/assets/govuk-frontend.css"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(css)
                .contains(".govuk-header")
                .doesNotContain("GDS Transport")
                .doesNotContain("@font-face")
                .contains("arial");
        mvc.perform(get("/assets/fonts/bold-b542beb274-v2.woff2")).andExpect(status().isNotFound());
        mvc.perform(get("/webjars/govuk-frontend/5.14.0/dist/govuk/assets/fonts/bold-b542beb274-v2.woff2")
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assets/govuk-frontend.min.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("initAll")));
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
