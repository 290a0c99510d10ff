package org.hubcycle.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the browser tests: the one at {@code CHROMIUM_PATH} or
 * {@code /usr/bin/chromium}, else one Playwright fetched itself. Without a browser the tests are
 * skipped, unless {@code HUBCYCLE_REQUIRE_BROWSER=1} (as in CI), when that is a failure.
 */
final class Browser implements AutoCloseable {

    /** Flags that work for headless Chromium as root on a machine without internet access. */
    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    /** WCAG 2.2 AA and everything below it. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Contexts made with scripts off, whose pages axe checks through a copy. */
    private static final Set<BrowserContext> WITHOUT_SCRIPTS = ConcurrentHashMap.newKeySet();

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Browser launch() {
        Optional<Path> chromium = installedChromium();
        boolean required = "1".equals(System.getenv("HUBCYCLE_REQUIRE_BROWSER"));
        Playwright playwright = null;
        try {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", chromium.isPresent() ? "1" : "0")));
            BrowserType.LaunchOptions options =
                    new BrowserType.LaunchOptions().setHeadless(true).setArgs(FLAGS);
            chromium.ifPresent(options::setExecutablePath);
            return new Browser(playwright, playwright.chromium().launch(options));
        } catch (PlaywrightException e) {
            if (playwright != null) {
                playwright.close();
            }
            String why = "No Chromium for the browser tests (set CHROMIUM_PATH or install chromium): " + e.getMessage();
            if (required) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
            throw e;
        }
    }

    private static Optional<Path> installedChromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        return (configured != null && !configured.isBlank()
                        ? List.of(Path.of(configured))
                        : List.of(Path.of("/usr/bin/chromium")))
                .stream().filter(Files::isExecutable).findFirst();
    }

    Page newPage(int width, int height) {
        return browser.newContext(new NewContextOptions().setViewportSize(width, height))
                .newPage();
    }

    Page newPageWithoutJavaScript(int width, int height) {
        BrowserContext context = browser.newContext(
                new NewContextOptions().setViewportSize(width, height).setJavaScriptEnabled(false));
        WITHOUT_SCRIPTS.add(context);
        context.onClose(WITHOUT_SCRIPTS::remove);
        return context.newPage();
    }

    /**
     * Runs axe-core on the page and fails with a readable list of any WCAG 2.2 AA violations. Axe is
     * itself a script, and in a page with scripts off it now and then never returned (its timers do not
     * run), so such a page is checked as a copy: its HTML served at its own address, so that the same
     * styles load, in a page where scripts run but the page's own script files are not fetched.
     */
    static void assertAccessible(Page page) {
        if (!WITHOUT_SCRIPTS.contains(page.context())) {
            assertNoViolations(page);
            return;
        }
        String address = page.url();
        String html = page.content();
        BrowserContext scratch = page.context()
                .browser()
                .newContext(
                        new NewContextOptions().setViewportSize(page.viewportSize().width, page.viewportSize().height));
        try {
            Page copy = scratch.newPage();
            copy.route("**/*.js", Route::abort);
            AtomicBoolean served = new AtomicBoolean();
            copy.route(address::equals, route -> {
                served.set(true);
                route.fulfill(new Route.FulfillOptions()
                        .setContentType("text/html;charset=UTF-8")
                        .setBody(html));
            });
            copy.navigate(address);
            Assertions.assertTrue(served.get(), () -> "the copy of " + address + " was not served");
            assertNoViolations(copy);
        } finally {
            scratch.close();
        }
    }

    private static void assertNoViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        List<Rule> violations = results.getViolations();
        Assertions.assertTrue(
                violations.isEmpty(),
                () -> "Accessibility violations on " + page.url() + ":\n"
                        + String.join(
                                "\n",
                                violations.stream()
                                        .map(v -> "- " + v.getId() + ": " + v.getHelp() + " "
                                                + v.getNodes().stream()
                                                        .map(n -> String.valueOf(n.getTarget()))
                                                        .toList())
                                        .toList()));
    }

    /** The page fits its viewport's width: nothing makes a phone user scroll sideways (wide tables scroll in their own box). */
    static void assertFitsWidth(Page page) {
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assertions.assertEquals(
                0,
                ((Number) overflow).intValue(),
                () -> page.url() + " is wider than the screen by " + overflow + " px");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
