package org.hubcycle.enrolment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a school's place in a work group stands. Applied, then accepted, waitlisted or ineligible;
 * then withdrawn (by the school or the hub), completed or not completed. Only the moves in
 * {@link #next()} are allowed.
 */
public enum EnrolmentStatus {
    APPLIED("Applied"),
    ACCEPTED("Accepted"),
    WAITLISTED("On the waiting list"),
    INELIGIBLE("Not eligible"),
    WITHDRAWN("Withdrawn"),
    COMPLETED("Completed"),
    NOT_COMPLETED("Not completed");

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may move to. */
    public Set<EnrolmentStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(ACCEPTED, WAITLISTED, INELIGIBLE, WITHDRAWN);
            case WAITLISTED -> EnumSet.of(ACCEPTED, WITHDRAWN);
            case INELIGIBLE -> EnumSet.of(APPLIED, ACCEPTED, WAITLISTED);
            case ACCEPTED -> EnumSet.of(WITHDRAWN, COMPLETED, NOT_COMPLETED);
            case WITHDRAWN, COMPLETED, NOT_COMPLETED -> EnumSet.noneOf(EnrolmentStatus.class);
        };
    }

    /** A school with this status holds one of the work group's places. */
    public boolean holdsPlace() {
        return this == ACCEPTED || this == COMPLETED || this == NOT_COMPLETED;
    }

    /** A school with this status took part in the work group (for never-enrolled rules). */
    public boolean tookPart() {
        return holdsPlace();
    }
}
