package org.hubcycle.catalogue.internal;

import org.hubcycle.catalogue.EligibilityRule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Eligibility rules as stored (JSON). A national admin builds them from form controls, so a stored
 * rule is a few levels deep; anything nested deeper than {@value #DEEPEST} is refused as it is read,
 * long before it could exhaust the stack.
 */
public final class EligibilityRules {

    static final int DEEPEST = 32;

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(DEEPEST)
                            .build())
                    .build())
            .build();

    private EligibilityRules() {}

    public static String toJson(EligibilityRule rule) {
        return rule == null ? null : JSON.writeValueAsString(rule);
    }

    /** Reads a stored or typed rule; a message saying what is wrong if it cannot. */
    public static EligibilityRule fromJson(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(json, EligibilityRule.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "The eligibility rule is not one Hubcycle understands: " + e.getOriginalMessage());
        }
    }
}
