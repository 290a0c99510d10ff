package org.hubcycle.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/**
 * Base of every entity that belongs to one hub. Subclasses add
 * {@code @Filter(name = HubScope.FILTER)} so that {@link HubScope} limits them to the current
 * user's hub in every query and every load by id.
 */
@MappedSuperclass
@FilterDef(name = HubScope.FILTER, defaultCondition = "(:allHubs = 1 or hub_id = :hubId)", applyToLoadByKey = true,
        parameters = {@ParamDef(name = "allHubs", type = Integer.class), @ParamDef(name = "hubId", type = Long.class)})
public abstract class HubOwned {

    @Column(name = "hub_id")
    private Long hubId;

    protected HubOwned() {
    }

    protected HubOwned(Long hubId) {
        this.hubId = hubId;
    }

    public Long getHubId() {
        return hubId;
    }
}
