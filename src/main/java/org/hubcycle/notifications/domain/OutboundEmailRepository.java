package org.hubcycle.notifications.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The outbox, newest first; the hub filter applies. */
public interface OutboundEmailRepository extends JpaRepository<OutboundEmail, Long> {

    Page<OutboundEmail> findAllByOrderByQueuedAtDescIdDesc(Pageable pageable);

    Page<OutboundEmail> findByRecipientOrderByQueuedAtDescIdDesc(String recipient, Pageable pageable);
}
