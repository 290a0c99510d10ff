package org.hubcycle.enrolment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a work group meets: the next session, for deciding whether a withdrawal is late; the last, for
 * deciding when completion can be confirmed. Enrolment asks; the delivery module, which plans sessions
 * and depends on enrolment, answers.
 */
public interface SessionCalendar {

    /** The date of the work group's first session on or after the given day, if one is planned. */
    Optional<LocalDate> nextSession(long workGroupId, LocalDate from);

    /** The date of the work group's last planned session, if it has any. */
    Optional<LocalDate> lastSession(long workGroupId);
}
