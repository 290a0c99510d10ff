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
@FilterDef(
        name = HubScope.FILTER,
        defaultCondition = "(:allHubs = 1 or hub_id = :hubId)",
        applyToLoadByKey = true,
        parameters = {@ParamDef(name = "allHubs", type = Integer.class), @ParamDef(name = "hubId", type = Long.class)})
public abstract class HubOwned {

    @Column(name = "hub_id")
    private Long hubId;

    protected HubOwned() {}

    protected HubOwned(Long hubId) {
        this.hubId = hubId;
    }

    /** Moves a record that belongs to no hub yet into one (an account that takes a hub role, say). */
    protected void joinHub(Long hubId) {
        if (this.hubId != null && !this.hubId.equals(hubId)) {
            throw new IllegalStateException("The record belongs to another hub");
        }
        this.hubId = hubId;
    }

    /** Takes a record out of its hub (an account that holds no hub role any more, say). */
    protected void leaveHub() {
        this.hubId = null;
    }

    public Long getHubId() {
        return hubId;
    }
}
