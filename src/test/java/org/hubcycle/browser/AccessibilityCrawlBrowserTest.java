package org.hubcycle.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hubcycle.support.Links;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every page a demo user reaches by following links, one of each kind, is checked on a phone-sized screen: axe finds
 * no WCAG 2.2 AA violation, and nothing makes the reader scroll sideways. The journeys' own tests check the pages
 * they pass through, in the states they make; this walk reaches the pages no journey passes (a project's
 * evaluation results, a school's alternatives to a group it may not join) in the demo's state. A kind of page is
 * checked once, for the first user who reaches it, so the hub lead goes first and the others add what only they
 * see.
 */
@Tag("page-walk")
class AccessibilityCrawlBrowserTest extends BrowserTest {

    @Test
    void everyPageReachedByLinksIsAccessibleOnAPhone() {
        List<String> problems = new ArrayList<>();
        Set<String> kindsChecked = new HashSet<>();
        int checked = 0;
        for (String who : List.of(
                "hublead@hubcycle.test",
                "national@hubcycle.test",
                "wgl@hubcycle.test",
                "llme@hubcycle.test",
                "school@hubcycle.test",
                "participant@hubcycle.test")) {
            Page page = browser.newPage(375, 812);
            signIn(page, who);
            Deque<String> queue = new ArrayDeque<>(List.of("/"));
            Set<String> seen = new HashSet<>();
            while (!queue.isEmpty()) {
                String path = queue.poll();
                String kind = Links.kind(path);
                if (!seen.add(path) || kindsChecked.contains(kind) || !isPage(page, path)) {
                    continue;
                }
                kindsChecked.add(kind);
                page.navigate(url(path));
                checked++;
                problems.addAll(problemsOn(page, who + " " + path));
                for (Object href : (List<?>)
                        page.evaluate("() => Array.from(document.querySelectorAll('a[href]'), a => a.href)")) {
                    String local = local(String.valueOf(href));
                    if (local != null) {
                        queue.add(local);
                    }
                }
            }
            page.context().close();
        }
        Assertions.assertTrue(checked > 150, "only " + checked + " kinds of page were reached");
        Assertions.assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Whether the address answers with a page (not a file to download, nor an error), asked without opening it. */
    private boolean isPage(Page page, String path) {
        APIResponse response = page.request().get(url(path));
        return response.ok()
                && String.valueOf(response.headers().get("content-type")).startsWith("text/html");
    }

    private static List<String> problemsOn(Page page, String where) {
        List<String> problems = new ArrayList<>();
        for (Rule violation :
                new AxeBuilder(page).withTags(Browser.WCAG_22_AA).analyze().getViolations()) {
            problems.add(where + ": " + violation.getId() + " "
                    + violation.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget()))
                            .toList());
        }
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (((Number) overflow).intValue() > 0) {
            problems.add(where + ": wider than the screen by " + overflow + " px");
        }
        return problems;
    }

    /** A link within Hubcycle worth opening, or null: not the API, which answers programs. */
    private static String local(String href) {
        String local = Links.local(href);
        return local == null || local.startsWith("/api/") || local.startsWith("/v3/") ? null : local;
    }
}
