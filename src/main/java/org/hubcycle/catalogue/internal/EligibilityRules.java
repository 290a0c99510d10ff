package org.hubcycle.catalogue.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * Rules read, by their JSON. A page of a hub's work groups reads its projects' few rules once each
     * per work group, per request; rules cannot be changed once made, so one reading serves every reader.
     */
    private static final Map<String, EligibilityRule> READ = new ConcurrentHashMap<>();

    /** More distinct rules than the country's projects have: the map is emptied when it reaches this. */
    static final int KEPT = 2_000;

    /** Reads a stored or typed rule; a message saying what is wrong if it cannot. */
    public static EligibilityRule fromJson(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        EligibilityRule rule = READ.get(json);
        if (rule == null) {
            rule = read(json);
            if (READ.size() >= KEPT) {
                READ.clear();
            }
            READ.put(json, rule);
        }
        return rule;
    }

    private static EligibilityRule read(String json) {
        try {
            return JSON.readValue(json, EligibilityRule.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "The eligibility rule is not one Hubcycle understands: " + e.getOriginalMessage());
        }
    }
}
