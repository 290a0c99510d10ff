package org.hubcycle.notifications.sending;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hubcycle.notifications.domain.OutboundEmail;
import org.hubcycle.notifications.domain.OutboundEmailRepository;
import org.hubcycle.shared.HubScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox through a transport. Each email is claimed by a conditional update before it is
 * sent, so when two nodes run at once each email still goes once; sending happens outside any
 * transaction, and its outcome is written in one of its own. A failure waits longer each time
 * ({@link MailSettings#waitAfter(int)}) until the attempts are used up.
 */
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /** Emails taken per look; a run looks again until none are due. */
    static final int BATCH = 50;
    /** An email claimed this long ago by a node that never finished is claimed again. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final OutboundEmailRepository emails;
    private final MailTransport transport;
    private final MailSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public OutboxSender(
            OutboundEmailRepository emails,
            MailTransport transport,
            MailSettings settings,
            TransactionTemplate transactions,
            Clock clock) {
        this.emails = emails;
        this.transport = transport;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends every email that is due now; returns how many were sent. */
    public int sendDue() {
        return HubScope.asSystem(() -> {
            Instant start = clock.instant();
            transactions.executeWithoutResult(status -> emails.release(start.minus(ABANDONED_AFTER), start));
            int sent = 0;
            List<Long> due;
            do {
                Instant now = clock.instant();
                due = transactions.execute(status -> emails.due(now, PageRequest.of(0, BATCH)));
                for (long id : due) {
                    if (sendOne(id)) {
                        sent++;
                    }
                }
            } while (due.size() == BATCH);
            return sent;
        });
    }

    private boolean sendOne(long id) {
        OutboundEmail email = transactions.execute(status ->
                emails.claim(id, clock.instant()) == 1 ? emails.findById(id).orElse(null) : null);
        if (email == null) {
            return false;
        }
        try {
            transport.send(email.getRecipient(), email.getSubject(), email.getBody(), "hubcycle-" + id);
            transactions.executeWithoutResult(status -> emails.findById(id).ifPresent(e -> e.sent(clock.instant())));
            return true;
        } catch (MailTransport.Failure failure) {
            log.warn(
                    "Email {} ({}) to the {} not sent, attempt {}: {}",
                    id,
                    email.getKind(),
                    transport.describe(),
                    email.getAttempts(),
                    failure.getMessage());
            transactions.executeWithoutResult(status -> emails.findById(id)
                    .ifPresent(e -> e.failed(
                            failure.getMessage(),
                            failure.permanent(),
                            settings.maxAttempts(),
                            settings.waitAfter(e.getAttempts()),
                            clock.instant())));
            return false;
        } catch (RuntimeException unexpected) {
            log.error("Email {} ({}) not sent", id, email.getKind(), unexpected);
            transactions.executeWithoutResult(status -> emails.findById(id)
                    .ifPresent(e -> e.failed(
                            String.valueOf(unexpected.getMessage()),
                            false,
                            settings.maxAttempts(),
                            settings.waitAfter(e.getAttempts()),
                            clock.instant())));
            return false;
        }
    }
}
