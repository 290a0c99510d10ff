package org.hubcycle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The request a page renders against: its own attributes stay with it, the chain's are read once. */
class PageRequestTest {

    final MockHttpServletRequest tomcat = new MockHttpServletRequest();
    final List<String> readsBelow = new ArrayList<>();
    final HttpServletRequestWrapper chain = new HttpServletRequestWrapper(tomcat) {
        @Override
        public Object getAttribute(String name) {
            readsBelow.add(name);
            return super.getAttribute(name);
        }
    };

    @Test
    void attributesOfTheChainAreReadOnceFoundOrNot() {
        tomcat.setAttribute("_csrf", "token");
        PageRendering.PageRequest page = new PageRendering.PageRequest(chain);

        for (int i = 0; i < 3; i++) {
            assertThat(page.getAttribute("_csrf")).isEqualTo("token");
            assertThat(page.getAttribute("school")).isNull();
        }
        assertThat(readsBelow).containsExactly("_csrf", "school");
    }

    @Test
    void attributesSetWhileRenderingStayWithThePage() {
        tomcat.setAttribute("_csrf", "token");
        tomcat.setAttribute("errors", "none");
        PageRendering.PageRequest page = new PageRendering.PageRequest(chain);

        page.setAttribute("school", "Ashgate Primary");
        page.getAttribute("errors");
        page.removeAttribute("_csrf");

        assertThat(page.getAttribute("school")).isEqualTo("Ashgate Primary");
        assertThat(page.getAttribute("_csrf")).isNull();
        assertThat(Collections.list(page.getAttributeNames())).containsExactlyInAnyOrder("errors", "school");
        assertThat(tomcat.getAttribute("school")).isNull();
        assertThat(tomcat.getAttribute("_csrf")).isEqualTo("token");
    }
}
