package org.hubcycle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hubcycle.shared.web.HandlerLookup.ByFirstSegment;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

@IntegrationTest
class HandlerLookupTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void anAddressWithVariablesIsMatchedAgainstTheMappingsOfItsFirstSegmentOnly() throws Exception {
        assertThat(mapping).isInstanceOf(ByFirstSegment.class);
        AtomicInteger methodReads = new AtomicInteger();
        MockHttpServletRequest request = request("GET", "/enrolment/2026-27");
        HttpServletRequestWrapper counting = new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                methodReads.incrementAndGet();
                return super.getMethod();
            }
        };

        HandlerMethod handler = handler(mapping.getHandler(counting));

        assertThat(handler.getBeanType().getSimpleName()).isEqualTo("EnrolmentController");
        assertThat(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
                .asString()
                .contains("2026-27");
        // Read once for the lookup, not once for each of the two hundred mappings tried in turn.
        assertThat(methodReads.get()).isLessThan(5);
    }

    @Test
    void anAddressNoControllerMapsIsNotCheckedAgainstEveryMapping() throws Exception {
        AtomicInteger pathReads = new AtomicInteger();
        MockHttpServletRequest request = request("GET", "/css/hubcycle.css");
        HttpServletRequestWrapper counting = new HttpServletRequestWrapper(request) {
            @Override
            public Object getAttribute(String name) {
                if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                    pathReads.incrementAndGet();
                }
                return super.getAttribute(name);
            }
        };

        assertThat(mapping.getHandler(counting)).isNull();
        // Left to the static files' handler after the few mappings that do not begin with a fixed
        // segment, not after two hundred patterns tried twice (once to match, once to explain the miss).
        assertThat(pathReads.get()).isLessThan(20);
    }

    @Test
    void everyMappingIsFoundAsSpringMvcFindsIt() {
        // An encoded first segment is matched by Spring MVC alone, as every address was before.
        List<String> checked = new ArrayList<>();
        for (var entry : mapping.getHandlerMethods().entrySet()) {
            var patterns = entry.getKey().getPathPatternsCondition();
            if (patterns == null) {
                continue;
            }
            var methods = entry.getKey().getMethodsCondition().getMethods();
            String method =
                    methods.isEmpty() ? "GET" : methods.iterator().next().name();
            for (var pattern : patterns.getPatterns()) {
                String path = pattern.getPatternString()
                        .replaceAll("\\{\\*?[^}/]*}", "1")
                        .replace("**", "1");
                if (path.length() < 2) {
                    continue;
                }
                String encoded = "/%" + Integer.toHexString(path.charAt(1)) + path.substring(2);
                assertThat(found(method, path)).as("%s %s", method, path).isEqualTo(found(method, encoded));
                checked.add(path);
            }
        }
        assertThat(checked).hasSizeGreaterThan(150).contains("/enrolment/1", "/schools/1");
    }

    @Test
    void aMethodNoMappingTakesIsStillRefusedAsSuch() throws Exception {
        mvc.perform(delete("/enrolment/2026-27")
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .with(csrf()))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    void aPathsFirstSegmentIsReadAsWrittenOrNotAtAll() {
        assertThat(ByFirstSegment.firstSegment("/enrolment/2026-27")).isEqualTo("enrolment");
        assertThat(ByFirstSegment.firstSegment("/llmes")).isEqualTo("llmes");
        assertThat(ByFirstSegment.firstSegment("/")).isEmpty();
        assertThat(ByFirstSegment.firstSegment("/enrol%6Dent/2026-27")).isNull();
        assertThat(ByFirstSegment.firstSegment("/llmes;a=b/1")).isNull();
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    private static HandlerMethod handler(HandlerExecutionChain chain) {
        return (HandlerMethod) chain.getHandler();
    }

    /** The handler found, or what refused the request (a 405 or 415), by name. */
    private String found(String method, String path) {
        try {
            HandlerExecutionChain chain = mapping.getHandler(request(method, path));
            return chain == null ? "none" : chain.getHandler().toString();
        } catch (Exception refused) {
            return refused.getClass().getSimpleName();
        }
    }
}
