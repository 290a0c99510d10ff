package org.hubcycle.impact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a hub says of one setting: the area it focused on, its statement of impact (what it observed),
 * the evidence (what it noticed) and its reflection (why this is significant).
 */
@Embeddable
public record Statement(
        @Column(length = 200) String focus,
        @Column(length = 4000) String observed,
        @Column(length = 4000) String evidence,
        @Column(length = 4000) String reflection) {

    /** Whether anything is written. */
    public boolean started() {
        return written(focus) || written(observed) || written(evidence) || written(reflection);
    }

    /** The first of statement, evidence and reflection still to write, or null when all three are. */
    public String missing() {
        return !written(observed)
                ? "observed"
                : !written(evidence) ? "evidence" : !written(reflection) ? "reflection" : null;
    }

    private static boolean written(String text) {
        return text != null && !text.isBlank();
    }
}
