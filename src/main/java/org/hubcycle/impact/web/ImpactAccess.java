package org.hubcycle.impact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Whose impact records a request may reach, and of which year: the national admin any hub's, a hub's
 * team only its own (another hub's address finds nothing, as an unknown one does); a year that has begun.
 */
@Component
class ImpactAccess {

    private final Hubs hubs;
    private final Clock clock;

    ImpactAccess(Hubs hubs, Clock clock) {
        this.hubs = hubs;
        this.clock = clock;
    }

    HubSummary hub(String slug, HubMember member) {
        if (member.seesAllHubs()) {
            return hubs.findBySlug(slug).orElseThrow(() -> new NotFoundException("not-found.hub"));
        }
        HubSummary own = own(member);
        if (!own.slug().equals(slug)) {
            throw new NotFoundException("not-found.hub");
        }
        return own;
    }

    HubSummary own(HubMember member) {
        return Optional.ofNullable(member.hubId())
                .flatMap(hubs::findById)
                .orElseThrow(() -> new NotFoundException("not-found.hub"));
    }

    /** A review is of a year that has begun: a later one finds nothing. */
    AcademicYear within(AcademicYear year) {
        if (year.compareTo(thisYear()) > 0) {
            throw new NotFoundException("not-found.impact-review");
        }
        return year;
    }

    AcademicYear thisYear() {
        return AcademicYear.containing(LocalDate.now(clock));
    }
}
