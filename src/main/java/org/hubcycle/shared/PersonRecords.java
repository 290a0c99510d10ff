package org.hubcycle.shared;

import java.util.List;
import java.util.Set;

/**
 * What a module keeps that names a person of the directory by their id: an LLME's place on the register, the work
 * groups they lead, the visits they recorded. Each module that keeps such records implements it, and the directory
 * gathers them without knowing the modules: the person's page lists them, a hub may remove a person only when no
 * module keeps anything about them, and erase their contact details only when none of that work is under way. A
 * nightly job erases them once nothing needs them for the retention period (ADR 0050).
 */
public interface PersonRecords {

    /**
     * Records of one kind: where they come on the person's page (lower first), the message naming them (given the
     * count and the latest's name), how many there are, the latest's name, where to see it (null: nowhere), and
     * whether any of that work is under way, so that the hub may still need to reach the person about it (their
     * contact details are then kept: ADR 0048).
     */
    record Held(int order, String message, long count, String latest, String link, boolean underWay) {}

    /** What this module keeps naming the person, as the current user's hub sees it; kinds with none are left out. */
    List<Held> of(long personId);

    /**
     * The people, of every hub, whose records here are of a year after {@code lastYearDue} (or on a day after its
     * last), or whose work here is still under way, however old: the hub may still need to reach them, so their contact
     * details are kept. Called by the nightly job, as the system.
     */
    Set<Long> stillNeeded(AcademicYear lastYearDue);
}
