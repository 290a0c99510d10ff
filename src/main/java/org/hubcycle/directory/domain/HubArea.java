package org.hubcycle.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A local authority in a hub's area. Each local authority belongs to at most one hub. */
@Entity
@Table(name = "hub_area")
public class HubArea {

    @Id
    @Column(name = "la_code", length = 3)
    private String laCode;

    @Column(name = "hub_id", nullable = false)
    private Long hubId;

    protected HubArea() {}

    public HubArea(String laCode, Long hubId) {
        this.laCode = laCode;
        this.hubId = hubId;
    }

    public String getLaCode() {
        return laCode;
    }

    public Long getHubId() {
        return hubId;
    }
}
