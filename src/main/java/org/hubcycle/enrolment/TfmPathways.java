package org.hubcycle.enrolment;

import java.util.List;
import java.util.Set;

/**
 * The Teaching for Mastery pathways: primary schools move Readiness → Development → Embedding →
 * Sustaining, secondary schools Development → Embedding → Embedding and Sustaining. Stages are known by
 * the project family names the national centre uses; a school follows the pathway of its GIAS phase
 * (middle schools as deemed, all-through schools the secondary one).
 */
public final class TfmPathways {

    /** One pathway: its key and name, the GIAS phases that follow it, and its stages in order, each a project family. */
    public record Pathway(String key, String name, Set<String> phases, List<String> families, List<String> stages) {

        /** The stage a project family is on this pathway (0 the first), or -1 when it is not one of its. */
        public int stageOf(String family) {
            for (int i = 0; family != null && i < families.size(); i++) {
                if (families.get(i).equalsIgnoreCase(family)) {
                    return i;
                }
            }
            return -1;
        }

        /** The stage schools go on to after Development (Embedding on both pathways). */
        public int development() {
            return stages.indexOf("Development");
        }
    }

    public static final Pathway PRIMARY = new Pathway(
            "primary",
            "Primary Teaching for Mastery",
            Set.of("Primary", "Middle deemed primary"),
            List.of(
                    "Primary TfM Readiness",
                    "Primary TfM Development",
                    "Primary TfM Embedding",
                    "Primary TfM Sustaining"),
            List.of("Readiness", "Development", "Embedding", "Sustaining"));

    public static final Pathway SECONDARY = new Pathway(
            "secondary",
            "Secondary Teaching for Mastery",
            Set.of("Secondary", "Middle deemed secondary", "All-through"),
            List.of("Secondary TfM Development", "Secondary TfM Embedding", "Secondary TfM Sustaining"),
            List.of("Development", "Embedding", "Embedding and Sustaining"));

    public static final List<Pathway> ALL = List.of(PRIMARY, SECONDARY);

    private TfmPathways() {}
}
