package org.hubcycle.notifications.sending;

import java.time.Clock;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hubcycle.notifications.domain.OutboundEmailRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chooses the transport from {@link MailSettings} and, when there is one, runs the sender on a
 * schedule under a database lock (ShedLock), so one node at a time drains the outbox. Without a
 * transport (the demo's default) emails stay queued and pages say so.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
public class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    /** The transport in use, if any. */
    @Bean
    Delivery delivery(
            MailSettings settings, OutboundEmailRepository emails, TransactionTemplate transactions, Clock clock) {
        MailTransport transport = switch (settings.chosenTransport()) {
            case "smtp" -> new SmtpTransport(settings.smtp(), settings.from());
            case "notify" -> new NotifyTransport(settings.govukNotify());
            case "none" -> null;
            default ->
                throw new IllegalStateException(
                        "hubcycle.mail.transport is smtp, notify or none, not " + settings.transport());
        };
        log.info(
                transport == null
                        ? "Email is not sent: no mail transport is configured, so emails stay queued in the outbox"
                        : "Email is sent by " + transport.describe());
        return new Delivery(
                Optional.ofNullable(transport).map(t -> new OutboxSender(emails, t, settings, transactions, clock)),
                transport == null ? null : transport.describe());
    }

    /** The sender, if email is sent, and how. */
    public record Delivery(Optional<OutboxSender> sender, String description) {

        public boolean sends() {
            return sender.isPresent();
        }
    }

    @Bean
    SendingSchedule sendingSchedule(Delivery delivery) {
        return new SendingSchedule(delivery);
    }

    /** Runs the sender every {@code hubcycle.mail.send-every}, on one node at a time. */
    static class SendingSchedule {

        private final Delivery delivery;

        SendingSchedule(Delivery delivery) {
            this.delivery = delivery;
        }

        @Scheduled(
                fixedDelayString = "${hubcycle.mail.send-every:PT15S}",
                initialDelayString = "${hubcycle.mail.send-every:PT15S}")
        @SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT10M")
        void send() {
            delivery.sender().ifPresent(OutboxSender::sendDue);
        }
    }
}
