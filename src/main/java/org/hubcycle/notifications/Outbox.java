package org.hubcycle.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hubcycle.directory.Hubs;
import org.hubcycle.notifications.domain.EmailStatus;
import org.hubcycle.notifications.domain.OutboundEmail;
import org.hubcycle.notifications.domain.OutboundEmailRepository;
import org.hubcycle.notifications.sending.EmailTemplates;
import org.hubcycle.notifications.sending.MailConfiguration.Delivery;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email outbox. A module queues an email inside the transaction of the action that caused it,
 * so the action and its email are saved together or not at all; a sender then delivers it (ADR 0009).
 */
@Service
public class Outbox {

    /** An email as the outbox page shows it; {@code body} is null when it holds a private link. */
    public record View(
            long id,
            Long hubId,
            String recipient,
            String subject,
            String body,
            String kind,
            String status,
            int attempts,
            String lastError,
            Instant queuedAt,
            Instant sentAt,
            Instant nextAttemptAt) {

        public boolean resendable() {
            return !EmailStatus.SENDING.name().equals(status);
        }
    }

    private final OutboundEmailRepository emails;
    private final EmailTemplates templates;
    private final Delivery delivery;
    private final Hubs hubs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Outbox(
            OutboundEmailRepository emails,
            EmailTemplates templates,
            Delivery delivery,
            Hubs hubs,
            ApplicationEventPublisher events,
            Clock clock) {
        this.emails = emails;
        this.hubs = hubs;
        this.templates = templates;
        this.delivery = delivery;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Writes an email from its template and queues it; the template may use {@code hub}, the name of
     * the hub it is from, and {@code base}, Hubcycle's public address. Joins the caller's transaction,
     * and refuses to run without one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(Email email) {
        if (email.recipient() == null || email.recipient().isBlank()) {
            throw new IllegalArgumentException("An email of kind " + email.kind() + " needs a recipient");
        }
        String subject = templates.subject(email.kind(), email.subjectArguments());
        Map<String, Object> model = new HashMap<>(email.model());
        model.putIfAbsent(
                "hub",
                email.hubId() == null
                        ? "the national centre"
                        : hubs.findById(email.hubId()).map(h -> h.name()).orElse("your Maths Hub"));
        String body = templates.body(email.kind(), model);
        emails.save(new OutboundEmail(
                email.hubId(),
                email.recipient().strip().toLowerCase(Locale.ROOT),
                subject,
                body,
                email.kind(),
                email.privateLink(),
                clock.instant()));
    }

    /** True when emails leave Hubcycle; false when they only wait in the outbox (no transport configured). */
    public boolean delivers() {
        return delivery.sends();
    }

    /**
     * The message code to tell a person about an email: {@code code} when email is sent, else
     * {@code code.queued}, which says the email waits in the outbox.
     */
    public String wording(String code) {
        return delivers() ? code : code + ".queued";
    }

    /** How emails leave Hubcycle, for the outbox page; null when they do not. */
    public String transport() {
        return delivery.description();
    }

    /** The outbox, newest first, optionally for one recipient. */
    @Transactional(readOnly = true)
    public Page<View> list(String recipient, Pageable pageable) {
        return list(recipient, List.of(), pageable);
    }

    /** The outbox, newest first, optionally for one recipient and in some states. */
    @Transactional(readOnly = true)
    public Page<View> list(String recipient, Collection<String> statuses, Pageable pageable) {
        String to = recipient == null || recipient.isBlank()
                ? null
                : recipient.strip().toLowerCase(Locale.ROOT);
        Collection<EmailStatus> in = statuses == null
                ? List.of()
                : statuses.stream()
                        .map(s -> EmailStatus.valueOf(s.toUpperCase(Locale.ROOT)))
                        .toList();
        Page<OutboundEmail> page;
        if (in.isEmpty()) {
            page = to == null
                    ? emails.findAllByOrderByQueuedAtDescIdDesc(pageable)
                    : emails.findByRecipientOrderByQueuedAtDescIdDesc(to, pageable);
        } else {
            page = to == null
                    ? emails.findByStatusInOrderByQueuedAtDescIdDesc(in, pageable)
                    : emails.findByRecipientAndStatusInOrderByQueuedAtDescIdDesc(to, in, pageable);
        }
        return page.map(Outbox::view);
    }

    /** How many emails are in each state. */
    @Transactional(readOnly = true)
    public Map<String, Long> counts() {
        Map<EmailStatus, Long> counts = new EnumMap<>(EmailStatus.class);
        for (EmailStatus s : EmailStatus.values()) {
            counts.put(s, 0L);
        }
        emails.countByStatus().forEach(c -> counts.put(c.getStatus(), c.getCount()));
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((k, v) -> named.put(k.name(), v));
        return named;
    }

    /** Queues an email again at once (national admin), audited. */
    @Transactional
    public void resend(long id) {
        OutboundEmail email = emails.findById(id).orElseThrow(() -> new NotFoundException("not-found.email"));
        try {
            email.resend(clock.instant());
        } catch (IllegalStateException sending) {
            throw new Refused(null, "notifications.resend.sending");
        }
        events.publishEvent(
                Audited.of("notifications.resent", email.getHubId(), email.getRecipient(), email.getSubject()));
    }

    private static View view(OutboundEmail e) {
        return new View(
                e.getId(),
                e.getHubId(),
                e.getRecipient(),
                e.getSubject(),
                e.isPrivateLink() ? null : e.getBody(),
                e.getKind(),
                e.getStatus().name(),
                e.getAttempts(),
                e.getLastError(),
                e.getQueuedAt(),
                e.getSentAt(),
                e.getNextAttemptAt());
    }
}
