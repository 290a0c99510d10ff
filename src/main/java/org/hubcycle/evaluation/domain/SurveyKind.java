package org.hubcycle.evaluation.domain;

import org.hubcycle.shared.Labelled;

/** When in a work group a survey is asked: at its start, after a session, or at its end. */
public enum SurveyKind implements Labelled {
    BASELINE,
    SESSION,
    FINAL;

    /** The slug used in addresses, e.g. {@code baseline}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
