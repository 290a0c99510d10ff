package org.hubcycle.shared;

/** Where a {@link Reviewed} report stands. */
public enum ReportStatus implements Labelled {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    RETURNED;

    /** Whether its writer may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether it has reached its reviewer (submitted or accepted). */
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
