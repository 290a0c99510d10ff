package org.hubcycle.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A form that answers with a redirect, followed as a browser would: the page it leads to, in the same session,
 * so with the flash attributes the form left there.
 */
public final class Redirected {

    private Redirected() {}

    /** Sends the request, which must redirect to {@code to}, and reads the page there. */
    public static Document to(MockMvc mvc, String to, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult sent = mvc.perform(request).andExpect(redirectedUrl(to)).andReturn();
        // The flash attributes wait in the session the first response's cookie names, as for a browser.
        return Jsoup.parse(mvc.perform(get(to).cookie(sent.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
