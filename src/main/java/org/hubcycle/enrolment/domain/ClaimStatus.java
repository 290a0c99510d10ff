package org.hubcycle.enrolment.domain;

import org.hubcycle.shared.Labelled;

/** Where a funding claim stands: sent to the hub, returned to the school to change, approved, or paid. */
public enum ClaimStatus implements Labelled {
    SUBMITTED,
    RETURNED,
    APPROVED,
    PAID;

    /** The colour of its GOV.UK tag. */
    public String tagClass() {
        return switch (this) {
            case SUBMITTED -> "govuk-tag--blue";
            case RETURNED -> "govuk-tag--yellow";
            case APPROVED -> "govuk-tag--turquoise";
            case PAID -> "govuk-tag--green";
        };
    }

    /** The school may still withdraw it: the hub has not approved it. */
    public boolean withdrawable() {
        return this == SUBMITTED || this == RETURNED;
    }
}
