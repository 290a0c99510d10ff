package org.hubcycle.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module has waiting for a hub's team, for the hub lead's home page: each module that has work
 * in the cycle implements it, and the home page gathers them all without knowing the modules.
 */
public interface HubTasks {

    /**
     * A thing to do: its place in the cycle (lower first), the message naming it (given the count), how
     * many there are, where to act on them, and whether any is overdue.
     */
    record Task(int order, String message, long count, String link, boolean overdue) {}

    /** The hub's tasks as of today; a task with nothing waiting is returned with count 0. */
    List<Task> tasks(long hubId, LocalDate today);
}
