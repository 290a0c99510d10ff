package org.hubcycle.enrolment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a work group next meets, for deciding whether a withdrawal is late. Enrolment asks; the
 * delivery module, which plans sessions and depends on enrolment, answers.
 */
public interface SessionCalendar {

    /** The date of the work group's first session on or after the given day, if one is planned. */
    Optional<LocalDate> nextSession(long workGroupId, LocalDate from);
}
