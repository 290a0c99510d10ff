package org.hubcycle.enrolment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.hubcycle.enrolment.TfmPathways;
import org.hubcycle.enrolment.TfmPathways.Pathway;
import org.hubcycle.enrolment.internal.Eligibility.Participation;

/** Where a school stands on each Teaching for Mastery pathway ({@link TfmPathways}), from its history. */
public final class TfmPathway {

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

    private TfmPathway() {}

    /** The school's stage on each pathway it has any history on. */
    public static List<Stage> of(List<Participation> history) {
        List<Stage> stages = new ArrayList<>();
        for (Pathway p : TfmPathways.ALL) {
            List<Participation> onPath =
                    history.stream().filter(h -> p.stageOf(h.family()) >= 0).toList();
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
        return p.stageOf(h.family());
    }
}
