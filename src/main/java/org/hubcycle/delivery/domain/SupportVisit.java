package org.hubcycle.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** A specialist's or SLE's Record of Visit to a school of a work group (seed 003). */
@Entity
@Table(name = "support_visit")
@Filter(name = HubScope.FILTER)
public class SupportVisit extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "work_group_id", nullable = false)
    private Long workGroupId;

    @Column(name = "school_urn", nullable = false)
    private Integer schoolUrn;

    @Column(name = "visitor_person_id", nullable = false)
    private Long visitorPersonId;

    @Column(name = "visitor_name", nullable = false, length = 120)
    private String visitorName;

    @Column(name = "visit_date", nullable = false)
    private LocalDate date;

    @Column(name = "year_groups", nullable = false, length = 200)
    private String yearGroups;

    @Column(nullable = false, length = 500)
    private String focus;

    @Column(length = 4000)
    private String notes;

    @Column(name = "next_steps", length = 2000)
    private String nextSteps;

    @Version
    private long version;

    protected SupportVisit() {}

    public SupportVisit(
            long hubId,
            long workGroupId,
            int schoolUrn,
            long visitorPersonId,
            String visitorName,
            LocalDate date,
            List<String> yearGroups,
            String focus,
            String notes,
            String nextSteps) {
        super(hubId);
        this.workGroupId = workGroupId;
        this.schoolUrn = schoolUrn;
        this.visitorPersonId = visitorPersonId;
        this.visitorName = visitorName;
        this.date = date;
        this.yearGroups = String.join(",", yearGroups);
        this.focus = focus;
        this.notes = notes;
        this.nextSteps = nextSteps;
    }

    /** Corrects what the record says; who made the visit stays as recorded. */
    public void correct(
            int schoolUrn, LocalDate date, List<String> yearGroups, String focus, String notes, String nextSteps) {
        this.schoolUrn = schoolUrn;
        this.date = date;
        this.yearGroups = String.join(",", yearGroups);
        this.focus = focus;
        this.notes = notes;
        this.nextSteps = nextSteps;
    }

    public Long getId() {
        return id;
    }

    public Long getWorkGroupId() {
        return workGroupId;
    }

    public Integer getSchoolUrn() {
        return schoolUrn;
    }

    public String getVisitorName() {
        return visitorName;
    }

    public LocalDate getDate() {
        return date;
    }

    public List<String> getYearGroups() {
        return Arrays.asList(yearGroups.split(","));
    }

    public String getFocus() {
        return focus;
    }

    public String getNotes() {
        return notes;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public long getVersion() {
        return version;
    }
}
