package org.hubcycle.access.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A program reading the API with a person's tokens sends at most {@code hubcycle.api.rate-limit.per-minute}
 * requests a minute, all of that person's tokens together, with up to {@code hubcycle.api.rate-limit.burst} at
 * once (ADR 0044). One more is refused with 429, a problem document and {@code Retry-After}. The counts are kept
 * in this node's memory: with several nodes a person may send that many to each.
 */
@Component
public class ApiRateLimit {

    /** What to tell a refused program: how long to wait, and the limit it met. */
    record Refusal(long retryAfterSeconds, String detail) {}

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final Bandwidth limit;
    private final long perMinute;

    ApiRateLimit(
            @Value("${hubcycle.api.rate-limit.per-minute:600}") long perMinute,
            @Value("${hubcycle.api.rate-limit.burst:100}") long burst) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("hubcycle.api.rate-limit.per-minute and .burst must be at least 1");
        }
        this.perMinute = perMinute;
        this.limit = Bandwidth.builder()
                .capacity(burst)
                .refillGreedy(perMinute, Duration.ofMinutes(1))
                .build();
    }

    /** How many requests a minute one person's tokens may send. */
    long perMinute() {
        return perMinute;
    }

    /** Counts one request of the person with this account; a refusal when they have sent too many. */
    Refusal count(long userId) {
        ConsumptionProbe probe = buckets.computeIfAbsent(
                        userId, id -> Bucket.builder().addLimit(limit).build())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Refusal(
                seconds,
                "Too many requests with your API tokens: at most " + perMinute + " a minute. Try again in " + seconds
                        + (seconds == 1 ? " second." : " seconds."));
    }

    /** Forgets the people whose tokens have been quiet long enough to fill their allowance again. */
    @Scheduled(fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    void forgetQuiet() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit.getCapacity());
    }

    /** The filter of the API's token chain, after the token has said whose it is. */
    Filter filter(ProblemWriter problems) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication who = SecurityContextHolder.getContext().getAuthentication();
                Refusal refusal =
                        who != null && who.getPrincipal() instanceof HubcycleUser user ? count(user.id()) : null;
                if (refusal == null) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, refusal.detail());
            }
        };
    }

    /** Writes a problem document (RFC 9457) as the security chains do. */
    @FunctionalInterface
    interface ProblemWriter {
        void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
                throws IOException;
    }
}
