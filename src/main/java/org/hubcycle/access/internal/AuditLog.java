package org.hubcycle.access.internal;

import java.time.Clock;
import org.hubcycle.access.domain.AuditEvent;
import org.hubcycle.access.domain.AuditEventRepository;
import org.hubcycle.shared.Audited;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every {@link Audited} action to the audit log, in the transaction that published it, so an
 * action and its record are saved together or not at all.
 */
@Service
public class AuditLog {

    static final String SYSTEM = "system";

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void record(Audited action) {
        String actor = action.actor() != null ? action.actor() : currentActor();
        events.save(new AuditEvent(
                clock.instant(),
                action.type(),
                actor,
                action.hubId(),
                action.subject(),
                action.detailCode(),
                action.facts()));
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
