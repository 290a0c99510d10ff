package org.hubcycle.shared.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * A form sent twice does its work once (ADR 0022). Every form Hubcycle renders for a POST carries a random
 * token in {@value #FIELD}, beside its CSRF token. The first request with a token claims it in the database
 * and, when it sends the browser on (the redirect that follows every saved form), records where. A second
 * request with the same token, from a double click without JavaScript or a resend after a lost response,
 * does not run again: it waits for the first to finish, then is sent to the same place (only if it comes
 * from the same person: anyone else holding the token is refused, and learns nothing). A request that
 * ends any other way (a form shown again with its errors, a failure) gives its token up, since nothing was
 * saved. Requests without a token (the API, tests, a form from an older page) are served as before.
 */
@Configuration(proxyBeanMethods = false)
class SubmittedOnce {

    static final String FIELD = "_submission";

    /** Sixteen random bytes, URL-safe Base64 without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

    private static final SecureRandom RANDOM = new SecureRandom();

    /** How long a second request waits for the first to finish before it gives up. */
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Spring Security's processor gives each form its CSRF token; the token of this submission goes beside it. */
    @Bean
    static BeanPostProcessor formsCarryASubmissionToken() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof RequestDataValueProcessor processor && !(bean instanceof TokenField)
                        ? new TokenField(processor)
                        : bean;
            }
        };
    }

    @Bean
    Submissions submissions(DataSource dataSource, Clock clock) {
        return new Submissions(new JdbcTemplate(dataSource), clock);
    }

    /** After Spring Security's filters, so only requests it lets through claim a token. */
    @Bean
    FilterRegistrationBean<Filter> submittedOnceFilter(Submissions submissions) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new OnceOnly(submissions));
        registration.setOrder(0);
        return registration;
    }

    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Adds the submission token to the hidden fields of each form Thymeleaf renders for a POST. Thymeleaf
     * asks for a form's action, with its method, just before its hidden fields, so a form that needs none is
     * noted then: one sent with GET (a search, a filter), and the header's sign-out form, on every page,
     * which Spring Security handles before the filter could see a token.
     */
    static final class TokenField implements RequestDataValueProcessor {

        private static final String NO_TOKEN = TokenField.class.getName() + ".NONE";

        private final RequestDataValueProcessor delegate;

        TokenField(RequestDataValueProcessor delegate) {
            this.delegate = delegate;
        }

        @Override
        public String processAction(HttpServletRequest request, String action, String httpMethod) {
            if (httpMethod == null || "GET".equalsIgnoreCase(httpMethod) || action.endsWith("/logout")) {
                request.setAttribute(NO_TOKEN, Boolean.TRUE);
            } else {
                request.removeAttribute(NO_TOKEN);
            }
            return delegate.processAction(request, action, httpMethod);
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return delegate.processFormFieldValue(request, name, value, type);
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> theirs = delegate.getExtraHiddenFields(request);
            if (theirs != null) {
                fields.putAll(theirs);
            }
            if (request.getAttribute(NO_TOKEN) == null) {
                fields.put(FIELD, newToken());
            }
            return fields;
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return delegate.processUrl(request, url);
        }
    }

    /** The filter: a plain one, registered for requests only (not forwards), which lets GETs straight through. */
    static final class OnceOnly extends HttpFilter {

        private final transient Submissions submissions;

        OnceOnly(Submissions submissions) {
            this.submissions = submissions;
        }

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            if (!"POST".equals(request.getMethod())
                    || type == null
                    || !type.startsWith("application/x-www-form-urlencoded")) {
                chain.doFilter(request, response);
                return;
            }
            String token = request.getParameter(FIELD);
            if (token == null || !TOKEN.matcher(token).matches()) {
                chain.doFilter(request, response);
                return;
            }
            Optional<String> earlier;
            try {
                earlier = submissions.claim(token, request.getRemoteUser());
            } catch (TokenTaken e) {
                response.sendError(HttpStatus.CONFLICT.value());
                return;
            }
            if (earlier.isPresent()) {
                response.sendRedirect(earlier.get());
                return;
            }
            String outcome = null;
            try {
                chain.doFilter(request, response);
                String location = response.getHeader(HttpHeaders.LOCATION);
                if (response.getStatus() / 100 == 3 && location != null && location.length() <= 2000) {
                    outcome = location;
                }
            } finally {
                submissions.settle(token, outcome);
            }
        }
    }

    /** The token was claimed by someone else, or by a request that has not finished within {@link #WAIT}. */
    static final class TokenTaken extends RuntimeException {
        TokenTaken() {
            super("The submission token is someone else's, or its first request is still running", null, false, false);
        }
    }

    /** The claimed tokens, and where each sent the browser; forgotten after a day. Not final: ShedLock proxies it. */
    static class Submissions {

        private final JdbcTemplate jdbc;
        private final Clock clock;

        Submissions(JdbcTemplate jdbc, Clock clock) {
            this.jdbc = jdbc;
            this.clock = clock;
        }

        /**
         * Claims a token for this request (empty), or gives where the request that claimed it first sent the
         * browser, waiting for it to finish if need be. {@code by} is the signed-in user's name, or null.
         */
        Optional<String> claim(String token, String by) {
            long giveUp = System.nanoTime() + WAIT.toNanos();
            while (true) {
                try {
                    jdbc.update(
                            "insert into form_submission (token, made_by, received_at) values (?, ?, ?)",
                            token,
                            by,
                            Timestamp.from(Instant.now(clock)));
                    return Optional.empty();
                } catch (DuplicateKeyException claimed) {
                    List<String[]> first = jdbc.query(
                            "select made_by, outcome from form_submission where token = ?",
                            (row, n) -> new String[] {row.getString(1), row.getString(2)},
                            token);
                    if (!first.isEmpty() && !Objects.equals(first.get(0)[0], by)) {
                        throw new TokenTaken();
                    }
                    if (!first.isEmpty() && first.get(0)[1] != null) {
                        return Optional.of(first.get(0)[1]);
                    }
                    // Still running, or just given up: look again shortly.
                }
                if (System.nanoTime() > giveUp) {
                    throw new TokenTaken();
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TokenTaken();
                }
            }
        }

        /** Records where a request sent the browser, or gives its token up when it sent it nowhere. */
        void settle(String token, String outcome) {
            if (outcome == null) {
                jdbc.update("delete from form_submission where token = ?", token);
            } else {
                jdbc.update("update form_submission set outcome = ? where token = ?", outcome, token);
            }
        }

        @Scheduled(cron = "${hubcycle.form-submissions.cron:0 40 3 * * *}", zone = "Europe/London")
        @SchedulerLock(name = "form-submissions", lockAtLeastFor = "PT1M")
        public void forgetOld() {
            jdbc.update(
                    "delete from form_submission where received_at < ?",
                    Timestamp.from(Instant.now(clock).minus(Duration.ofDays(1))));
        }
    }
}
