package org.hubcycle.delivery.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hubcycle.catalogue.WorkGroupActivity;
import org.hubcycle.delivery.domain.DeliverySessionRepository;
import org.hubcycle.delivery.domain.Session;
import org.hubcycle.shared.HubScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Tells the public catalogue when each work group's sessions are, so schools can plan cover before they apply. */
@Component
class CatalogueSessionDates implements WorkGroupActivity.SessionDates {

    private final DeliverySessionRepository sessions;
    private final TransactionTemplate transactions;

    CatalogueSessionDates(DeliverySessionRepository sessions, TransactionTemplate transactions) {
        this.sessions = sessions;
        this.transactions = transactions;
    }

    @Override
    public Map<Long, List<LocalDate>> dates(Collection<Long> workGroupIds) {
        if (workGroupIds.isEmpty()) {
            return Map.of();
        }
        return HubScope.asSystem(() -> transactions.execute(status -> sessions.findByWorkGroupIdInOrderByDateAscSequenceAsc(workGroupIds)
                .stream().collect(Collectors.groupingBy(Session::getWorkGroupId, Collectors.mapping(Session::getDate, Collectors.toList())))));
    }
}
