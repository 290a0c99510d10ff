package org.hubcycle.improvement.domain;

import org.hubcycle.shared.Labelled;

/** How likely a risk is, or how much it would harm the project: low 1, medium 2, high 3. */
public enum Level implements Labelled {
    LOW,
    MEDIUM,
    HIGH;

    public int score() {
        return ordinal() + 1;
    }
}
