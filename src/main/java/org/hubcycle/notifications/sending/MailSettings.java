package org.hubcycle.notifications.sending;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How email leaves Hubcycle ({@code hubcycle.mail.*}, set from the environment; see the README).
 *
 * @param transport   {@code smtp}, {@code notify} or {@code none}; empty chooses from what is configured
 *                    (a Notify API key, else an SMTP host, else none)
 * @param from        the sender, e.g. {@code Hubcycle <no-reply@hub.example>}
 * @param sendEvery   how often the sender looks for due emails
 * @param maxAttempts attempts before an email is marked failed
 * @param retryAfter  the wait after a first failure; each later one waits four times longer (at most six hours)
 * @param smtp        the SMTP server
 * @param govukNotify GOV.UK Notify
 */
@ConfigurationProperties("hubcycle.mail")
public record MailSettings(
        String transport,
        @DefaultValue("Hubcycle <no-reply@hubcycle.test>") String from,
        @DefaultValue("PT15S") Duration sendEvery,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("PT1M") Duration retryAfter,
        @DefaultValue Smtp smtp,
        @DefaultValue Notify govukNotify) {

    static final Duration LONGEST_WAIT = Duration.ofHours(6);

    /**
     * @param tls {@code starttls} (required), {@code ssl} (SMTPS) or {@code none}
     */
    public record Smtp(
            String host,
            @DefaultValue("587") int port,
            String username,
            String password,
            @DefaultValue("starttls") String tls,
            @DefaultValue("PT10S") Duration timeout) {}

    /**
     * @param templateId a Notify email template whose subject is {@code ((subject))} and whose body is {@code ((body))}
     * @param baseUrl    Notify's API address (tests point it elsewhere)
     */
    public record Notify(
            String apiKey,
            String templateId,

            @DefaultValue("https://api.notifications.service.gov.uk")
            String baseUrl) {}

    /** The transport in use: as configured, else chosen from what is set. */
    public String chosenTransport() {
        if (transport != null && !transport.isBlank()) {
            return transport.strip().toLowerCase(java.util.Locale.ROOT);
        }
        if (govukNotify.apiKey() != null && !govukNotify.apiKey().isBlank()) {
            return "notify";
        }
        if (smtp.host() != null && !smtp.host().isBlank()) {
            return "smtp";
        }
        return "none";
    }

    /** The wait before the next attempt, after {@code attempts} failed ones. */
    public Duration waitAfter(int attempts) {
        Duration wait = retryAfter;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(4);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
