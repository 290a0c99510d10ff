package org.hubcycle.shared;

import java.util.List;

/**
 * What a module keeps that names a person of the directory by their id: an LLME's place on the register, the work
 * groups they lead, the visits they recorded. Each module that keeps such records implements it, and the directory
 * gathers them without knowing the modules: the person's page lists them, and a hub may remove a person only when
 * no module keeps anything about them.
 */
public interface PersonRecords {

    /**
     * Records of one kind: where they come on the person's page (lower first), the message naming them (given the
     * count and the latest's name), how many there are, the latest's name, and where to see it (null: nowhere).
     */
    record Held(int order, String message, long count, String latest, String link) {}

    /** What this module keeps naming the person, as the current user's hub sees it; kinds with none are left out. */
    List<Held> of(long personId);
}
