package org.hubcycle.delivery.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.hubcycle.delivery.domain.DeliverySessionRepository;
import org.hubcycle.delivery.domain.Session;
import org.hubcycle.enrolment.SessionCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells enrolment when a work group meets: next, so a withdrawal within a week of a session is charged
 * as late; last, so completion is confirmed only once the group has met for the last time.
 */
@Component
class PlannedSessions implements SessionCalendar {

    private final DeliverySessionRepository sessions;

    PlannedSessions(DeliverySessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> nextSession(long workGroupId, LocalDate from) {
        return sessions.findFirstByWorkGroupIdAndDateGreaterThanEqualOrderByDateAsc(workGroupId, from)
                .map(Session::getDate);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> lastSession(long workGroupId) {
        return sessions.findFirstByWorkGroupIdOrderByDateDesc(workGroupId).map(Session::getDate);
    }
}
