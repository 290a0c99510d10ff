package org.hubcycle.shared.web;

import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.NotFoundException;

/** What page addresses carry, read the same way everywhere. */
public final class Addresses {

    private Addresses() {}

    /**
     * An academic year in an address ({@code 2026-27}); a page for a year that is not one is not found,
     * nor for the first or last year there is, whose page could not link to the year before or after.
     */
    public static AcademicYear year(String text) {
        AcademicYear year;
        try {
            year = AcademicYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("not-found.academic-year");
        }
        if (!year.hasNeighbours()) {
            throw new NotFoundException("not-found.academic-year");
        }
        return year;
    }
}
