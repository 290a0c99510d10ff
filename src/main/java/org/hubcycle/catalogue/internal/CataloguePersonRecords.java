package org.hubcycle.catalogue.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hubcycle.catalogue.domain.WorkGroup;
import org.hubcycle.catalogue.domain.WorkGroupRepository;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.PersonRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's records of a person: the work groups they lead or co-lead, in any year; under way while the latest is
 * of this year or a later one.
 */
@Component
class CataloguePersonRecords implements PersonRecords {

    private final WorkGroupRepository workGroups;
    private final Clock clock;

    CataloguePersonRecords(WorkGroupRepository workGroups, Clock clock) {
        this.workGroups = workGroups;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Held> of(long personId) {
        List<WorkGroup> led = workGroups.ledBy(List.of(personId));
        if (led.isEmpty()) {
            return List.of();
        }
        WorkGroup latest = led.get(0);
        return List.of(new Held(
                20,
                "person.held.workGroups",
                led.size(),
                latest.getName() + " (" + latest.getAcademicYear() + ")",
                "/delivery/work-groups/" + latest.getId(),
                latest.getAcademicYear().compareTo(AcademicYear.containing(LocalDate.now(clock))) >= 0));
    }

    @Override
    public Set<Long> stillNeeded(AcademicYear lastYearDue) {
        return workGroups.leadingAfter(lastYearDue.startYear());
    }
}
