package org.hubcycle.access.internal;

import java.util.Locale;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.ReportReceived;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the national centre when a hub's report reaches it: each national admin whose account is enabled is
 * emailed where to read and decide it, in the transaction that submitted it, so the report and its emails
 * are saved together or not at all.
 */
@Component
class NationalCentreNotices {

    private final UserAccountRepository users;
    private final Outbox outbox;
    private final MessageSource messages;

    NationalCentreNotices(UserAccountRepository users, Outbox outbox, MessageSource messages) {
        this.users = users;
        this.outbox = outbox;
        this.messages = messages;
    }

    @EventListener
    void on(ReportReceived received) {
        String report =
                messages.getMessage(received.report(), received.arguments().toArray(), Locale.UK);
        for (Object[] admin : users.nationalAdmins()) {
            outbox.queue(Email.of("access.report-received")
                    .to((String) admin[0])
                    .hub(received.hubId())
                    .subject(received.hubName(), report)
                    .with("name", admin[1])
                    .with("from", received.hubName())
                    .with("report", report)
                    .with("path", received.path()));
        }
    }
}
