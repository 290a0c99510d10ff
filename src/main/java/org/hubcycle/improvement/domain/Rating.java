package org.hubcycle.improvement.domain;

import org.hubcycle.shared.Labelled;

/** Where a KPI stands against its target: while the project runs, then at its end. */
public enum Rating implements Labelled {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    MET,
    NOT_MET;

    public String tagClass() {
        return switch (this) {
            case NOT_STARTED -> "govuk-tag--grey";
            case ON_TRACK -> "govuk-tag--blue";
            case AT_RISK -> "govuk-tag--yellow";
            case OFF_TRACK, NOT_MET -> "govuk-tag--red";
            case MET -> "govuk-tag--green";
        };
    }
}
