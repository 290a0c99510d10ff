package org.hubcycle.catalogue.internal;

import java.util.List;
import org.hubcycle.catalogue.domain.WorkGroup;
import org.hubcycle.catalogue.domain.WorkGroupRepository;
import org.hubcycle.shared.PersonRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue's records of a person: the work groups they lead or co-lead, in any year. */
@Component
class CataloguePersonRecords implements PersonRecords {

    private final WorkGroupRepository workGroups;

    CataloguePersonRecords(WorkGroupRepository workGroups) {
        this.workGroups = workGroups;
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
                "/delivery/work-groups/" + latest.getId()));
    }
}
