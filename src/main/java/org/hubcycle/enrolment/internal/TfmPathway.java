package org.hubcycle.enrolment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.hubcycle.enrolment.internal.Eligibility.Participation;

/**
 * Where a school stands on the Teaching for Mastery pathway, from its history: primary schools move
 * Readiness → Development → Embedding → Sustaining, secondary schools Development → Embedding →
 * Embedding and Sustaining. Stages are known by the project family names the national centre uses.
 */
public final class TfmPathway {

    /** One pathway: its name and its stages in order, each a project family. */
    private record Pathway(String name, List<String> families, List<String> stages) {}

    /** Where the school stands on one pathway. */
    public record Stage(String pathway, String reached, String reachedIn, String current, String next) {

        public String describe() {
            StringBuilder text = new StringBuilder(pathway + ": ");
            text.append(reached == null ? "no stage completed yet" : "completed " + reached + " in " + reachedIn);
            if (current != null) {
                text.append("; taking part in ").append(current).append(" now");
            }
            if (next != null) {
                text.append("; next: ").append(next);
            }
            return text.toString();
        }
    }

    private static final List<Pathway> PATHWAYS = List.of(
            new Pathway(
                    "Primary Teaching for Mastery",
                    List.of(
                            "Primary TfM Readiness",
                            "Primary TfM Development",
                            "Primary TfM Embedding",
                            "Primary TfM Sustaining"),
                    List.of("Readiness", "Development", "Embedding", "Sustaining")),
            new Pathway(
                    "Secondary Teaching for Mastery",
                    List.of("Secondary TfM Development", "Secondary TfM Embedding", "Secondary TfM Sustaining"),
                    List.of("Development", "Embedding", "Embedding and Sustaining")));

    private TfmPathway() {}

    /** The school's stage on each pathway it has any history on. */
    public static List<Stage> of(List<Participation> history) {
        List<Stage> stages = new ArrayList<>();
        for (Pathway p : PATHWAYS) {
            List<Participation> onPath = history.stream()
                    .filter(h ->
                            h.family() != null && p.families().stream().anyMatch(f -> f.equalsIgnoreCase(h.family())))
                    .toList();
            if (onPath.isEmpty()) {
                continue;
            }
            Optional<Participation> completed = onPath.stream()
                    .filter(h -> h.status() == EnrolmentStatus.COMPLETED)
                    .max(Comparator.comparingInt((Participation h) -> index(p, h))
                            .thenComparing(Participation::year));
            Optional<Participation> current = onPath.stream()
                    .filter(h -> h.status() == EnrolmentStatus.ACCEPTED)
                    .max(Comparator.comparing(Participation::year));
            int reached = completed.map(h -> index(p, h)).orElse(-1);
            int after = Math.max(reached, current.map(h -> index(p, h)).orElse(-1));
            stages.add(new Stage(
                    p.name(),
                    reached < 0 ? null : p.stages().get(reached),
                    completed.map(h -> h.year().toString()).orElse(null),
                    current.map(h -> p.stages().get(index(p, h))).orElse(null),
                    after + 1 < p.stages().size() ? p.stages().get(after + 1) : null));
        }
        return stages;
    }

    private static int index(Pathway p, Participation h) {
        for (int i = 0; i < p.families().size(); i++) {
            if (p.families().get(i).equalsIgnoreCase(h.family())) {
                return i;
            }
        }
        return -1;
    }
}
