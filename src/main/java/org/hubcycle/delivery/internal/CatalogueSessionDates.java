package org.hubcycle.delivery.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.WorkGroupActivity;
import org.hubcycle.delivery.domain.DeliverySessionRepository;
import org.hubcycle.delivery.domain.SessionDate;
import org.hubcycle.shared.SystemWork;
import org.springframework.stereotype.Component;

/** Tells the public catalogue when each work group's sessions are, so schools can plan cover before they apply. */
@Component
class CatalogueSessionDates implements WorkGroupActivity.SessionDates {

    private final DeliverySessionRepository sessions;
    private final SystemWork system;

    CatalogueSessionDates(DeliverySessionRepository sessions, SystemWork system) {
        this.sessions = sessions;
        this.system = system;
    }

    @Override
    public Map<Long, List<LocalDate>> dates(Collection<Long> workGroupIds) {
        if (workGroupIds.isEmpty()) {
            return Map.of();
        }
        return system.inTransaction(() -> sessions.datesOf(workGroupIds).stream()
                .collect(Collectors.groupingBy(
                        SessionDate::workGroupId, Collectors.mapping(SessionDate::date, Collectors.toList()))));
    }
}
