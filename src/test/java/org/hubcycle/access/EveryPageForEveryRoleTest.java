package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hubcycle.directory.Hubs;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Links;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page answers every kind of user without a server error, and every link a page shows works for the
 * person it is shown to.
 *
 * <p>Every page addressed without variables, opened by every kind of user and by a visitor: a template that
 * asks the signed-in user something it cannot answer (a role that is not one, {@code signedIn} on a page a
 * visitor reaches) fails the page only for the users and branches that reach it, which the tests of each
 * feature may not all be.
 *
 * <p>The pages with ids, slugs and years that only links reach: signed in as each kind of user, the crawl
 * follows every link and redirect within Hubcycle from the home page, a few of each kind of address, and
 * fails on a server error, and on a link that leads to "not found" or "forbidden": a page should not offer
 * what its reader cannot open.
 */
@IntegrationTest
class EveryPageForEveryRoleTest {

    private static final int OF_EACH_KIND = 3;

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
        Map<String, RequestPostProcessor> users = signedIn.everyone(hubs.getBySlug("demo-maths-hub"));

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

    @Test
    void everyLinkShownWorksForWhoeverItIsShownTo() throws Exception {
        Map<String, RequestPostProcessor> users = signedIn.everyone(hubs.getBySlug("demo-maths-hub"));

        List<String> broken = new ArrayList<>();
        Map<String, Integer> opened = new LinkedHashMap<>();
        for (var user : users.entrySet()) {
            opened.put(user.getKey(), crawl(user.getKey(), user.getValue(), broken));
        }
        assertThat(broken).isEmpty();
        assertThat(opened)
                .allSatisfy((user, pages) -> assertThat(pages).as(user).isGreaterThan(5));
    }

    /** Follows links breadth first from the home page; returns how many addresses were opened. */
    private int crawl(String who, RequestPostProcessor user, List<String> broken) throws Exception {
        Deque<String[]> queue = new ArrayDeque<>(); // address, the page that linked to it
        Set<String> seen = new HashSet<>();
        Map<String, Integer> ofKind = new HashMap<>();
        queue.add(new String[] {"/", "(start)"});
        queue.add(new String[] {"/catalogue", "(start)"});
        int opened = 0;
        while (!queue.isEmpty()) {
            String[] next = queue.poll();
            String path = next[0];
            if (!seen.add(path) || ofKind.merge(Links.kind(path), 1, Integer::sum) > OF_EACH_KIND) {
                continue;
            }
            opened++;
            MockHttpServletResponse response =
                    mvc.perform(get(URI.create(path)).with(user)).andReturn().getResponse();
            int status = response.getStatus();
            if (status >= 500 || status == 404 || status == 403) {
                broken.add(status + " " + path + " linked from " + next[1] + ", for " + who);
            } else if (status >= 300 && status < 400) {
                String location = Links.local(response.getRedirectedUrl());
                if (location != null) {
                    queue.add(new String[] {location, path + " (redirect)"});
                }
            } else if (String.valueOf(response.getContentType()).startsWith("text/html")) {
                for (Element a : Jsoup.parse(response.getContentAsString(), "http://localhost" + path)
                        .select("a[href]")) {
                    String link = Links.local(a.absUrl("href"));
                    if (link != null) {
                        queue.add(new String[] {link, path});
                    }
                }
            }
        }
        return opened;
    }
}
