package org.hubcycle.notifications.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The outbox, newest first; the hub filter applies. */
public interface OutboundEmailRepository extends JpaRepository<OutboundEmail, Long> {

    Page<OutboundEmail> findAllByOrderByQueuedAtDescIdDesc(Pageable pageable);

    Page<OutboundEmail> findByRecipientOrderByQueuedAtDescIdDesc(String recipient, Pageable pageable);

    Page<OutboundEmail> findByStatusInOrderByQueuedAtDescIdDesc(Collection<EmailStatus> statuses, Pageable pageable);

    Page<OutboundEmail> findByRecipientAndStatusInOrderByQueuedAtDescIdDesc(
            String recipient, Collection<EmailStatus> statuses, Pageable pageable);

    /** Emails due for an attempt, oldest first. */
    @Query("select e.id from OutboundEmail e where e.status = org.hubcycle.notifications.domain.EmailStatus.QUEUED "
            + "and e.nextAttemptAt <= :now order by e.nextAttemptAt, e.id")
    List<Long> due(Instant now, Pageable limit);

    /**
     * Claims an email for this node: one conditional update, so of two nodes reaching for the same
     * email only one gets it. Returns 1 when this node has it.
     */
    @Modifying
    @Query(
            "update OutboundEmail e set e.status = org.hubcycle.notifications.domain.EmailStatus.SENDING, e.claimedAt = :now, "
                    + "e.attempts = e.attempts + 1 where e.id = :id and e.status = org.hubcycle.notifications.domain.EmailStatus.QUEUED")
    int claim(long id, Instant now);

    /** Emails left SENDING by a node that stopped mid-way go back to the queue (they may be sent twice; never lost). */
    @Modifying
    @Query(
            "update OutboundEmail e set e.status = org.hubcycle.notifications.domain.EmailStatus.QUEUED, e.nextAttemptAt = :now "
                    + "where e.status = org.hubcycle.notifications.domain.EmailStatus.SENDING and e.claimedAt < :before")
    int release(Instant before, Instant now);

    @Query("select e.status as status, count(e) as count from OutboundEmail e group by e.status")
    List<StatusCount> countByStatus();

    /** How many emails are in one state. */
    interface StatusCount {
        EmailStatus getStatus();

        long getCount();
    }

    /** Deletes the emails sent or given up on that were queued before this time; returns how many. */
    @Modifying
    @Query(
            "delete from OutboundEmail e where e.queuedAt < :before and e.status in"
                    + " (org.hubcycle.notifications.domain.EmailStatus.SENT, org.hubcycle.notifications.domain.EmailStatus.FAILED)")
    int deleteFinishedBefore(Instant before);
}
