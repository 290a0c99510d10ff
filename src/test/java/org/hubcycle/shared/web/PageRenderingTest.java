package org.hubcycle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@IntegrationTest
class PageRenderingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ApplicationContext context;

    @Test
    void theHeaderAndNavigationAreForThoseSignedIn() throws Exception {
        String catalogue = mvc.perform(get("/catalogue/demo-maths-hub"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document lead = page(get(catalogue).with(signedIn.as(SignedIn.HUB_LEAD)));
        assertThat(lead.select(".hubcycle-header__account").text()).contains("Demo Maths Hub", "Sign out");
        assertThat(lead.select(".govuk-service-navigation a").eachText()).contains("Your hub", "Offer");

        Document visitor = page(get(catalogue));
        assertThat(visitor.select("h1").text()).startsWith("Work groups");
        assertThat(visitor.select(".hubcycle-header__account, .govuk-service-navigation"))
                .isEmpty();
    }

    @Test
    void linksAreWrittenAsTheTemplatesGiveThemWithNoFilterMatchingEachAgainstTheAssets() {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .extracting(FilterRegistrationBean::getFilter)
                .noneMatch(ResourceUrlEncodingFilter.class::isInstance);
    }

    private Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
