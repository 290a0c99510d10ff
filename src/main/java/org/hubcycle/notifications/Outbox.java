package org.hubcycle.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.hubcycle.notifications.domain.OutboundEmail;
import org.hubcycle.notifications.domain.OutboundEmailRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email outbox. A module queues an email inside the transaction of the action that caused it,
 * so the action and its email are saved together or not at all.
 */
@Service
public class Outbox {

    /** An email as the outbox page shows it. */
    public record Email(long id, Long hubId, String recipient, String subject, String body, String kind, String status,
                        Instant queuedAt) {
    }

    private final OutboundEmailRepository emails;
    private final Clock clock;

    Outbox(OutboundEmailRepository emails, Clock clock) {
        this.emails = emails;
        this.clock = clock;
    }

    /**
     * Queues an email; joins the caller's transaction, and refuses to run without one.
     *
     * @param kind a stable name for why it was written, e.g. {@code leadership.commissioned}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(Long hubId, String recipient, String subject, String body, String kind) {
        emails.save(new OutboundEmail(hubId, recipient.strip().toLowerCase(Locale.ROOT), subject, body, kind, clock.instant()));
    }

    /** The outbox, newest first, optionally for one recipient. */
    @Transactional(readOnly = true)
    public Page<Email> list(String recipient, Pageable pageable) {
        Page<OutboundEmail> page = recipient == null || recipient.isBlank()
                ? emails.findAllByOrderByQueuedAtDescIdDesc(pageable)
                : emails.findByRecipientOrderByQueuedAtDescIdDesc(recipient.strip().toLowerCase(Locale.ROOT), pageable);
        return page.map(e -> new Email(e.getId(), e.getHubId(), e.getRecipient(), e.getSubject(), e.getBody(), e.getKind(),
                e.getStatus(), e.getQueuedAt()));
    }
}
