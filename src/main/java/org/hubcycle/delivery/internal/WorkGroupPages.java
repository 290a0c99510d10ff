package org.hubcycle.delivery.internal;

import java.util.List;
import java.util.Map;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.WorkGroupAccess;
import org.hubcycle.delivery.internal.Materials.Material;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.enrolment.Seats;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a work group's page shows its leads and hub, read in one transaction of the reader's hub: the group, once
 * the reader may see it, its sessions with their registers, reports and apologies counted, their materials, and
 * whether any school has completed it (so its certificates can be printed).
 */
@Component
public class WorkGroupPages {

    public record WorkGroupPage(
            WorkGroupBrief group,
            boolean canChange,
            List<SessionView> sessions,
            Map<Long, List<Material>> materials,
            boolean certificatesReady) {}

    private final WorkGroupAccess access;
    private final Sessions sessions;
    private final Materials materials;
    private final Seats seats;

    WorkGroupPages(WorkGroupAccess access, Sessions sessions, Materials materials, Seats seats) {
        this.access = access;
        this.sessions = sessions;
        this.materials = materials;
        this.seats = seats;
    }

    @Transactional(readOnly = true)
    public WorkGroupPage of(long workGroupId, Authentication user) {
        WorkGroupBrief group = access.require(workGroupId, user, false);
        List<SessionView> list = sessions.forWorkGroup(workGroupId);
        return new WorkGroupPage(
                group,
                access.mayChange(group, user),
                list,
                materials.of(list.stream().map(SessionView::id).toList()),
                seats.anyCompleted(workGroupId));
    }
}
