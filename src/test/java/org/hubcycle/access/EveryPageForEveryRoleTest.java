package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hubcycle.directory.Hubs;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page addressed without variables, opened by every kind of user and by a visitor, answers without a
 * server error: a template that asks the signed-in user something it cannot answer (a role that is not one,
 * {@code signedIn} on a page a visitor reaches) fails the page only for the users and branches that reach it,
 * which the tests of each feature may not all be.
 */
@IntegrationTest
class EveryPageForEveryRoleTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Hubs hubs;

    @Test
    void noPageFailsForAnyone() throws Exception {
        Map<String, RequestPostProcessor> users = new LinkedHashMap<>();
        users.put("a visitor", anonymous());
        for (String email : List.of(
                SignedIn.NATIONAL,
                SignedIn.HUB_LEAD,
                SignedIn.WGL,
                SignedIn.LLME,
                SignedIn.SCHOOL,
                SignedIn.PARTICIPANT)) {
            users.put(email, signedIn.as(email));
        }
        users.put("hub staff", signedIn.asStaffOf(hubs.getBySlug("demo-maths-hub")));

        List<String> failed = new ArrayList<>();
        int opened = 0;
        for (String path : pages()) {
            for (var user : users.entrySet()) {
                opened++;
                try {
                    int status = mvc.perform(get(path).with(user.getValue()))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    if (status >= 500) {
                        failed.add(status + " " + path + " for " + user.getKey());
                    }
                } catch (Exception e) {
                    failed.add(e.getMessage() + ": " + path + " for " + user.getKey());
                }
            }
        }
        assertThat(opened).isGreaterThan(300);
        assertThat(failed).isEmpty();
    }

    /**
     * The addresses of every GET mapping without variables or wildcards, but for Spring Boot's {@code /error}
     * (which answers for a request the server forwards to it, and opened directly reports a 500) and the test
     * context's own {@code /test/...} handlers, one of which fails on purpose.
     */
    private TreeSet<String> pages() {
        TreeSet<String> paths = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (info.getPathPatternsCondition() == null
                    || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                return;
            }
            info.getPathPatternsCondition().getPatternValues().stream()
                    .filter(p -> !p.contains("{") && !p.contains("*"))
                    .filter(p -> !p.equals("/error") && !p.startsWith("/test/"))
                    .forEach(paths::add);
        });
        return paths;
    }
}
