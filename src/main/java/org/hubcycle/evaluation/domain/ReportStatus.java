package org.hubcycle.evaluation.domain;

import org.hubcycle.shared.Labelled;

/** Where a termly progress report stands. */
public enum ReportStatus implements Labelled {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    RETURNED;

    /** Whether the lead may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether it has reached the hub lead (submitted or accepted). */
    public boolean received() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    public String tagClass() {
        return switch (this) {
            case DRAFT -> "govuk-tag--grey";
            case SUBMITTED -> "govuk-tag--blue";
            case ACCEPTED -> "govuk-tag--green";
            case RETURNED -> "govuk-tag--orange";
        };
    }
}
