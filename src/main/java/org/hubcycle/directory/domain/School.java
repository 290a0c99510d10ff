package org.hubcycle.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** An establishment as GIAS knows it. Written only by the GIAS import (in JDBC batches); read here. */
@Entity
@Immutable
@Table(name = "school")
public class School {

    @Id
    private Integer urn;

    private String name;

    @Column(name = "search_name")
    private String searchName;

    @Column(name = "search_text")
    private String searchText;

    @Column(name = "la_code")
    private String laCode;

    @Column(name = "establishment_number")
    private Integer establishmentNumber;

    @Column(name = "type_name")
    private String typeName;

    @Column(name = "type_group")
    private String typeGroup;

    private String status;

    @Column(name = "open_date")
    private LocalDate openDate;

    @Column(name = "close_date")
    private LocalDate closeDate;

    private String phase;

    @Column(name = "low_age")
    private Integer lowAge;

    @Column(name = "high_age")
    private Integer highAge;

    private Integer pupils;

    @Column(name = "percent_fsm")
    private BigDecimal percentFsm;

    @Column(name = "trust_uid")
    private Integer trustUid;

    @Column(name = "trust_name")
    private String trustName;

    private String ukprn;
    private String street;
    private String town;
    private String postcode;

    @Column(name = "search_postcode")
    private String searchPostcode;

    private String region;

    @Column(name = "ofsted_rating")
    private String ofstedRating;

    @Column(name = "last_changed")
    private LocalDate lastChanged;

    protected School() {}

    public Integer getUrn() {
        return urn;
    }

    public String getName() {
        return name;
    }

    public String getLaCode() {
        return laCode;
    }

    public Integer getEstablishmentNumber() {
        return establishmentNumber;
    }

    public String getTypeName() {
        return typeName;
    }

    public String getTypeGroup() {
        return typeGroup;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getOpenDate() {
        return openDate;
    }

    public LocalDate getCloseDate() {
        return closeDate;
    }

    public String getPhase() {
        return phase;
    }

    public Integer getLowAge() {
        return lowAge;
    }

    public Integer getHighAge() {
        return highAge;
    }

    public Integer getPupils() {
        return pupils;
    }

    public BigDecimal getPercentFsm() {
        return percentFsm;
    }

    public Integer getTrustUid() {
        return trustUid;
    }

    public String getTrustName() {
        return trustName;
    }

    public String getUkprn() {
        return ukprn;
    }

    public String getStreet() {
        return street;
    }

    public String getTown() {
        return town;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getRegion() {
        return region;
    }

    public String getOfstedRating() {
        return ofstedRating;
    }

    public LocalDate getLastChanged() {
        return lastChanged;
    }

    public boolean isOpen() {
        return !"Closed".equals(status);
    }
}
