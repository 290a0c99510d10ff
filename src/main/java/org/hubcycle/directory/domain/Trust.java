package org.hubcycle.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A trust (GIAS group), written by the GIAS import. */
@Entity
@Immutable
@Table(name = "trust")
public class Trust {

    @Id
    private Integer uid;

    private String name;

    @Column(name = "companies_house_number")
    private String companiesHouseNumber;

    @Column(name = "group_type")
    private String groupType;

    private String status;

    @Column(name = "open_date")
    private LocalDate openDate;

    @Column(name = "close_date")
    private LocalDate closeDate;

    protected Trust() {}

    public Integer getUid() {
        return uid;
    }

    public String getName() {
        return name;
    }

    public String getCompaniesHouseNumber() {
        return companiesHouseNumber;
    }

    public String getGroupType() {
        return groupType;
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
}
