package org.hubcycle.delivery.internal;

import java.util.List;
import java.util.Set;
import org.hubcycle.delivery.domain.SupportVisitRepository;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.PersonRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Delivery's records of a person: the Records of Visits they made to work groups' schools. */
@Component
class DeliveryPersonRecords implements PersonRecords {

    private final SupportVisitRepository visits;
    private final Dates dates;

    DeliveryPersonRecords(SupportVisitRepository visits, Dates dates) {
        this.visits = visits;
        this.dates = dates;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Held> of(long personId) {
        return visits.visitsBy(personId)
                .map(made -> List.of(new Held(
                        30,
                        "person.held.supportVisits",
                        made.count(),
                        dates.date(made.latestDate()),
                        "/delivery/work-groups/" + made.latestWorkGroupId() + "/visits",
                        false)))
                .orElse(List.of());
    }

    @Override
    public Set<Long> stillNeeded(AcademicYear lastYearDue) {
        return visits.visitorsAfter(lastYearDue.lastDay());
    }
}
