package org.hubcycle.access.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hubcycle.access.domain.AccountRequest;
import org.hubcycle.access.domain.AccountRequestRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emails that anyone can cause by typing an address (a password reset, an account request) go to one
 * address at most {@value #PER_HOUR} times an hour of each kind; beyond that the request is answered the
 * same way but no email is written, so Hubcycle cannot be used to flood an inbox.
 */
@Component
class RequestThrottle {

    static final int PER_HOUR = 3;

    private final AccountRequestRepository requests;
    private final Clock clock;

    RequestThrottle(AccountRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** Counts a request; true when an email may be written for it. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean allow(String email, String kind) {
        Instant now = clock.instant();
        if (requests.countByEmailAndKindAndRequestedAtAfter(email, kind, now.minus(Duration.ofHours(1))) >= PER_HOUR) {
            return false;
        }
        requests.save(new AccountRequest(email, kind, now));
        return true;
    }
}
