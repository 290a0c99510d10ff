package org.hubcycle.evaluation.domain;

import org.hubcycle.shared.Labelled;

/** How a question is answered. */
public enum QuestionKind implements Labelled {
    /** A statement to agree or disagree with on a five-point scale (1 strongly disagree … 5 strongly agree). */
    AGREEMENT,
    /** One of the question's options. */
    SINGLE,
    /** Any of the question's options. */
    MULTIPLE,
    /** A whole number. */
    NUMBER,
    /** Free text, up to 2,000 characters. */
    TEXT;

    /** Whether the question offers options to choose from. */
    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }
}
