package org.hubcycle.impact.domain;

import org.hubcycle.shared.Labelled;

/**
 * Where a hub looks for its impact: the settings the national centre's impact review asks about, the
 * phases of school first, then how the hub's LLME community, its subject knowledge (SKTM) and initial
 * teacher training work, and its system leadership partnerships contributed to them.
 */
public enum Setting implements Labelled {
    PRIMARY("Primary"),
    SECONDARY("Secondary"),
    POST_16("16 plus"),
    LLME_COMMUNITY(null),
    SKTM_ITT(null),
    SYSTEM_LEADERSHIP(null);

    private final String giasPhase;

    Setting(String giasPhase) {
        this.giasPhase = giasPhase;
    }

    /** The GIAS phase of the schools this setting is about, whose engagement it quotes; null for the others. */
    public String giasPhase() {
        return giasPhase;
    }

    /** Its question, as the review asks it of the year (the label is the heading). */
    public String questionCode() {
        return "impact.setting.question." + name();
    }
}
