package org.hubcycle.impact.domain;

import org.hubcycle.shared.Labelled;

/** What a participant allows the hub to do with their story. */
public enum Consent implements Labelled {
    /** Share it, with their name and school. */
    NAMED,
    /** Share it, without their name or school. */
    ANONYMOUS,
    /** Keep it to the hub and the national centre's evaluation. */
    HUB_ONLY;

    /** Whether the hub may show who wrote it. */
    public boolean named() {
        return this == NAMED;
    }
}
