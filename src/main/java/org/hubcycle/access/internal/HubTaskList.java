package org.hubcycle.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hubcycle.shared.AfterCommit;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.HubTasks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A hub's task list for its home page: every module's {@link HubTasks}, in the cycle's order. Counted
 * once and kept for the hub until one of its records changes (any audited change of the hub) or a
 * minute has passed (for what a date passing changes, such as a session now held); the home page is
 * every signed-in person's first page and should cost nothing more than its session.
 */
@Component
public class HubTaskList {

    /** The longest a count is shown after it was made. */
    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Counted(Instant at, List<HubTasks.Task> tasks) {}

    private final List<HubTasks> modules;
    private final Clock clock;
    private final Map<Long, Counted> counted = new ConcurrentHashMap<>();

    HubTaskList(List<HubTasks> modules, Clock clock) {
        this.modules = modules;
        this.clock = clock;
    }

    public List<HubTasks.Task> of(long hubId) {
        Instant now = clock.instant();
        Counted known = counted.get(hubId);
        if (known != null && known.at().plus(FRESH_FOR).isAfter(now)) {
            return known.tasks();
        }
        LocalDate today = LocalDate.now(clock);
        List<HubTasks.Task> tasks = modules.stream()
                .flatMap(m -> m.tasks(hubId, today).stream())
                .sorted(Comparator.comparingInt(HubTasks.Task::order))
                .toList();
        counted.put(hubId, new Counted(now, tasks));
        return tasks;
    }

    /** A change to a hub's records is counted again on its next home page. */
    @EventListener
    void onChange(Audited event) {
        if (event.hubId() != null) {
            AfterCommit.run(() -> counted.remove(event.hubId()));
        }
    }
}
