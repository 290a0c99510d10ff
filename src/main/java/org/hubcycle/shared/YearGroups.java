package org.hubcycle.shared;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** England's school year groups, Reception to Year 13, and those a school of a GIAS phase teaches. */
public final class YearGroups {

    /** The year groups, in school order. */
    public static final List<String> ALL = List.of(
            "Reception",
            "Year 1",
            "Year 2",
            "Year 3",
            "Year 4",
            "Year 5",
            "Year 6",
            "Year 7",
            "Year 8",
            "Year 9",
            "Year 10",
            "Year 11",
            "Year 12",
            "Year 13");

    /**
     * The year groups schools of these phases (GIAS's words) teach, in school order: a primary
     * school's Reception to Year 6, a secondary's Year 7 to 13, a middle school's the years either side of the
     * change; every year group for an all-through school or a phase Hubcycle does not know.
     */
    public static List<String> forPhases(Collection<String> phases) {
        Set<String> offered = new HashSet<>();
        for (String phase : phases) {
            offered.addAll(
                    switch (phase == null ? "" : phase) {
                        case "Nursery" -> ALL.subList(0, 1);
                        case "Primary" -> ALL.subList(0, 7);
                        case "Middle deemed primary", "Middle deemed secondary" -> ALL.subList(3, 11);
                        case "Secondary" -> ALL.subList(7, 14);
                        case "16 plus" -> ALL.subList(12, 14);
                        default -> ALL;
                    });
        }
        return offered.isEmpty() ? ALL : ALL.stream().filter(offered::contains).toList();
    }

    /**
     * The year groups a school teaches, from its statutory ages as GIAS gives them: a 4 to 11 primary teaches
     * Reception to Year 6, a 9 to 13 middle school Year 5 to Year 8, an 11 to 16 secondary Year 7 to Year 11
     * (the youngest pupils start in the year group four below their age, Reception for a four-year-old; the
     * oldest turn their high age in the year group five below it). Younger (nursery) and older (over 18) ages
     * are left out. Without both ages, or with ages that make no year group, the school's phase decides.
     */
    public static List<String> forAges(Integer lowAge, Integer highAge, String phase) {
        if (lowAge == null || highAge == null) {
            return forPhases(java.util.Collections.singletonList(phase));
        }
        int first = Math.max(0, lowAge - 4);
        int last = Math.min(ALL.size() - 1, highAge - 5);
        return first > last ? forPhases(java.util.Collections.singletonList(phase)) : ALL.subList(first, last + 1);
    }

    /** The year groups any of these schools teach, in school order (each a list from {@link #forAges}). */
    public static List<String> union(Collection<List<String>> taught) {
        Set<String> offered = new HashSet<>();
        taught.forEach(offered::addAll);
        return offered.isEmpty() ? ALL : ALL.stream().filter(offered::contains).toList();
    }

    private YearGroups() {}
}
