package org.hubcycle.catalogue;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Eligibility rules as stored (JSON) and as a national admin writes them. */
public final class EligibilityRules {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EligibilityRules() {
    }

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
            throw new IllegalArgumentException("The eligibility rule is not one Hubcycle understands: " + e.getOriginalMessage());
        }
    }
}
