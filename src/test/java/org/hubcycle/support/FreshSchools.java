package org.hubcycle.support;

import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.shared.HubScope;
import org.springframework.data.domain.PageRequest;

/** A school with no history for a test to apply with: open, primary, in a local authority, never applied, no predecessors. */
public final class FreshSchools {

    private FreshSchools() {}

    /** The first such school of the local authority, after skipping {@code skip} of them. */
    public static int primary(Schools schools, Applications applications, String la, int skip) {
        return HubScope.asSystem(() ->
                schools
                        .search(new SchoolSearch(null, "Primary", la, null, "Open", null, null), PageRequest.of(0, 200))
                        .stream()
                        .filter(s -> applications.forSchool(s.urn()).isEmpty()
                                && schools.lineage(s.urn()).size() == 1)
                        .skip(skip)
                        .findFirst()
                        .orElseThrow()
                        .urn());
    }
}
