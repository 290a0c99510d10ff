package org.hubcycle.enrolment;

import java.util.EnumSet;
import java.util.Set;
import org.hubcycle.shared.Labelled;

/**
 * Where a school's place in a work group stands. Applied, then accepted, waitlisted or ineligible;
 * then withdrawn (by the school or the hub), completed or not completed. Only the moves in
 * {@link #next()} are allowed.
 */
public enum EnrolmentStatus implements Labelled {
    APPLIED,
    ACCEPTED,
    WAITLISTED,
    INELIGIBLE,
    WITHDRAWN,
    DECLINED,
    COMPLETED,
    NOT_COMPLETED;

    /**
     * The statuses this one may move to. A school found not eligible is placed only once the hub has
     * overridden the decision ({@code Enrolment.moveTo} checks); the hub may decline it with a message,
     * or the school withdraw it. A completion can be corrected either way.
     */
    public Set<EnrolmentStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(ACCEPTED, WAITLISTED, INELIGIBLE, WITHDRAWN, DECLINED);
            case WAITLISTED -> EnumSet.of(ACCEPTED, WITHDRAWN, DECLINED);
            case INELIGIBLE -> EnumSet.of(APPLIED, ACCEPTED, WAITLISTED, WITHDRAWN, DECLINED);
            case ACCEPTED -> EnumSet.of(WITHDRAWN, COMPLETED, NOT_COMPLETED);
            case COMPLETED -> EnumSet.of(NOT_COMPLETED);
            case NOT_COMPLETED -> EnumSet.of(COMPLETED);
            case WITHDRAWN, DECLINED -> EnumSet.noneOf(EnrolmentStatus.class);
        };
    }

    /** The school (or the hub) may still withdraw it. */
    public boolean withdrawable() {
        return next().contains(WITHDRAWN);
    }

    /** The hub may still decline it, with a message to the school. */
    public boolean declinable() {
        return next().contains(DECLINED);
    }

    /** The school holds its place and the hub has still to say whether it completed. */
    public boolean awaitsCompletion() {
        return this == ACCEPTED;
    }

    /** Completion was recorded, and may be corrected. */
    public boolean completionRecorded() {
        return this == COMPLETED || this == NOT_COMPLETED;
    }

    /** The colour of its GOV.UK tag: green for a place, blue while waiting, red for a refusal, grey when it ended. */
    public String tagClass() {
        return switch (this) {
            case ACCEPTED, COMPLETED -> "govuk-tag--green";
            case APPLIED -> "govuk-tag--blue";
            case WAITLISTED -> "govuk-tag--yellow";
            case INELIGIBLE, DECLINED -> "govuk-tag--red";
            case WITHDRAWN, NOT_COMPLETED -> "govuk-tag--grey";
        };
    }

    /** A school with this status holds one of the work group's places. */
    public boolean holdsPlace() {
        return this == ACCEPTED || this == COMPLETED || this == NOT_COMPLETED;
    }

    /** The statuses that hold one of the work group's places. */
    public static Set<EnrolmentStatus> holdingPlace() {
        return EnumSet.of(ACCEPTED, COMPLETED, NOT_COMPLETED);
    }

    /** A school with this status took part in the work group (for never-enrolled rules). */
    public boolean tookPart() {
        return holdsPlace();
    }
}
