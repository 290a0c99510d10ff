package org.hubcycle.insights.web;

import java.time.Clock;
import java.time.LocalDate;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Which year and whose figures a request asks for, and whether the person may see them. */
@Component
class InsightsScope {

    private final Hubs hubs;
    private final Clock clock;

    InsightsScope(Hubs hubs, Clock clock) {
        this.hubs = hubs;
        this.clock = clock;
    }

    /** The year asked for, else the last complete one: this year's work groups have barely begun. */
    AcademicYear year(AcademicYear asked) {
        return asked != null
                ? asked
                : AcademicYear.containing(LocalDate.now(clock)).previous();
    }

    /**
     * The hub whose figures (and lists) to show: a hub user's own, beside England's totals (another
     * hub's slug finds nothing, and England's lists, which name every hub's schools, are not theirs);
     * for the national admin the one named, or none (England).
     */
    HubSummary hub(String slug, HubMember member) {
        boolean named = slug != null && !slug.isBlank();
        if (member.seesAllHubs()) {
            return named ? hubs.findBySlug(slug).orElseThrow(() -> new NotFoundException("not-found.hub")) : null;
        }
        HubSummary own =
                member.hubId() == null ? null : hubs.findById(member.hubId()).orElse(null);
        if (own == null || (named && !own.slug().equals(slug))) {
            throw new NotFoundException("not-found.hub");
        }
        return own;
    }
}
