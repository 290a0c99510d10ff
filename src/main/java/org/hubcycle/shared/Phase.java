package org.hubcycle.shared;

/** Phases of education a project or school belongs to; a project may span several. */
public enum Phase {
    EARLY_YEARS,
    PRIMARY,
    SECONDARY,
    POST_16
}
