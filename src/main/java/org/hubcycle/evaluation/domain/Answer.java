package org.hubcycle.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One answer as stored: the agreement point (1–5), the chosen option numbers (from 0, comma
 * separated), the number, or the text; and whether the respondent let a comment be quoted.
 */
@Embeddable
public record Answer(
        @Column(name = "answer", length = 4000) String value,
        @Column(name = "quotable") boolean quotable) {}
