package org.hubcycle.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.expression.spel.SpelCompilerMode;
import org.springframework.expression.spel.SpelParserConfiguration;
import org.springframework.expression.spel.standard.SpelCompiler;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The expressions a page runs once a row are compiled by Spring EL (issue 14): interpreted, each costs several
 * times as much, and the public catalogue spent a fifth of its CPU on a few of them. Spring EL compiles an
 * expression after its hundredth run, and gives up on it for good when it cannot: a number joined to a string
 * with {@code +}, a comparison of a {@code long} with an {@code int} literal, or a branch ({@code a and b},
 * {@code a ?: b}, {@code a ? b : c}) that the runs so far never took. Each page here is rendered until its
 * rows' expressions have run well past a hundred times, and the compiler must not have reported one it could
 * not compile. Nor may they refer to a bean ({@code @dates}), which Spring EL never compiles: Hubcycle's
 * helpers are expression objects ({@code #format}) instead.
 */
@IntegrationTest
class CompiledExpressionsTest {

    private static final int RUNS_A_ROW = 120;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    Clock clock;

    private final ListAppender<ILoggingEvent> compiler = new ListAppender<>();
    private final Logger log = (Logger) LoggerFactory.getLogger(SpelCompiler.class);
    private Level level;

    @BeforeEach
    void listenToTheCompiler() {
        // Expressions other tests ran are parsed afresh, so none was given up on before this test.
        templates.getConfiguration().getCacheManager().clearAllCaches();
        level = log.getLevel();
        log.setLevel(Level.DEBUG);
        compiler.start();
        log.addAppender(compiler);
    }

    @AfterEach
    void stopListening() {
        log.detachAppender(compiler);
        log.setLevel(level);
    }

    @Test
    void thePublicCataloguesRows() throws Exception {
        assertThat(notCompiled("/catalogue/demo-maths-hub/" + year().slug(), SignedIn.SCHOOL, "tbody tr"))
                .isEmpty();
    }

    @Test
    void theHubsYearOfEnrolment() throws Exception {
        assertThat(notCompiled("/enrolment/" + year().slug(), SignedIn.HUB_LEAD, "tbody tr"))
                .isEmpty();
    }

    @Test
    void theLlmeRegistersRows() throws Exception {
        assertThat(notCompiled("/llmes", SignedIn.HUB_LEAD, "tbody tr li")).isEmpty();
    }

    @Test
    void aSchoolSearchsRows() throws Exception {
        assertThat(notCompiled("/schools?q=a", SignedIn.HUB_LEAD, "tbody tr")).isEmpty();
    }

    @Test
    void theHomePagesTasks() throws Exception {
        assertThat(notCompiled("/", SignedIn.HUB_LEAD, ".govuk-task-list__item"))
                .isEmpty();
    }

    @Test
    void anExpressionThatCannotBeCompiledIsReported() {
        // The check itself: a link written as the catalogue's rows wrote theirs before, a string joined to a number.
        SpelExpression joined =
                (SpelExpression) new SpelExpressionParser(new SpelParserConfiguration(SpelCompilerMode.MIXED, null))
                        .parseExpression("'/work-groups/' + id");
        StandardEvaluationContext row = new StandardEvaluationContext(new Row(7));
        for (int run = 0; run < RUNS_A_ROW; run++) {
            joined.getValue(row);
        }
        assertThat(reported()).containsExactly("('/work-groups/' + id)");
    }

    public record Row(long id) {}

    /** The expressions the compiler gave up on while the page was rendered until each row's had run enough. */
    private Set<String> notCompiled(String path, String user, String rowSelector) throws Exception {
        int rows = Jsoup.parse(render(path, user)).select(rowSelector).size();
        assertThat(rows).as("rows on " + path).isGreaterThanOrEqualTo(5);
        for (int run = 1; run * rows < RUNS_A_ROW; run++) {
            render(path, user);
        }
        return reported();
    }

    private Set<String> reported() {
        Set<String> expressions = new TreeSet<>();
        for (ILoggingEvent event : compiler.list) {
            String message = event.getFormattedMessage();
            if (message.startsWith("SpEL: unable to compile ")) {
                expressions.add(message.substring("SpEL: unable to compile ".length()));
            }
        }
        return expressions;
    }

    private String render(String path, String user) throws Exception {
        return mvc.perform(get(path).with(signedIn.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private AcademicYear year() {
        return AcademicYear.containing(LocalDate.now(clock));
    }
}
