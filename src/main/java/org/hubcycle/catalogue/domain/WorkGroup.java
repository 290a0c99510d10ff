package org.hubcycle.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hubcycle.catalogue.CatalogueTerms.SessionFormat;
import org.hubcycle.catalogue.CatalogueTerms.SessionLength;
import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** One hub's running of a project in one academic year: its offer to schools. */
@Entity
@Table(name = "work_group")
@Filter(name = HubScope.FILTER)
public class WorkGroup extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String summary;

    @Column(name = "lead_person_id")
    private Long leadPersonId;

    @Column(name = "co_lead_person_id")
    private Long coLeadPersonId;

    @Column(name = "capacity_schools", nullable = false)
    private int capacitySchools;

    @Column(name = "places_per_school", nullable = false)
    private int placesPerSchool;

    @Column(name = "roles_required", length = 200)
    private String rolesRequired;

    @Column(name = "session_count", nullable = false)
    private int sessionCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_length", nullable = false, length = 10)
    private SessionLength sessionLength;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_format", nullable = false, length = 10)
    private SessionFormat sessionFormat;

    @Column(length = 200)
    private String venue;

    @Column(name = "start_month")
    private LocalDate startMonth;

    @Column(name = "application_deadline")
    private LocalDate applicationDeadline;

    @Column(name = "cost_pence", nullable = false)
    private int costPence;

    @Column(name = "no_show_charge_pence", nullable = false)
    private int noShowChargePence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkGroupStatus status;

    /** Goes up with every change saved, so a form opened before someone else's change cannot undo it unseen. */
    @Version
    private long version;

    protected WorkGroup() {}

    public WorkGroup(long hubId, long projectId, AcademicYear year, String name, WorkGroupStatus status) {
        super(hubId);
        this.projectId = projectId;
        this.academicYear = year.startYear();
        this.name = name;
        this.status = status;
        this.capacitySchools = 1;
        this.placesPerSchool = 1;
        this.sessionLength = SessionLength.FULL_DAY;
        this.sessionFormat = SessionFormat.IN_PERSON;
    }

    public WorkGroup offer(String summary, int capacitySchools, int placesPerSchool, String rolesRequired) {
        this.summary = summary;
        this.capacitySchools = capacitySchools;
        this.placesPerSchool = placesPerSchool;
        this.rolesRequired = rolesRequired;
        return this;
    }

    public WorkGroup sessions(
            int count,
            SessionLength length,
            SessionFormat format,
            String venue,
            LocalDate startMonth,
            LocalDate applicationDeadline) {
        this.sessionCount = count;
        this.sessionLength = length;
        this.sessionFormat = format;
        this.venue = venue;
        this.startMonth = startMonth;
        this.applicationDeadline = applicationDeadline;
        return this;
    }

    /** The work group's leads: people the hub recorded (commissioning from EOIs comes with the leadership module). */
    public WorkGroup leads(Long leadPersonId, Long coLeadPersonId) {
        this.leadPersonId = leadPersonId;
        this.coLeadPersonId = coLeadPersonId;
        return this;
    }

    public WorkGroup rename(long projectId, String name, WorkGroupStatus status) {
        this.projectId = projectId;
        this.name = name;
        this.status = status;
        return this;
    }

    /**
     * A draft copy of this work group for another year, running that year's continuation of its
     * project, for the hub to review. Leads are not copied: next year's are commissioned next year.
     */
    public WorkGroup copyFor(AcademicYear year, long continuationProjectId) {
        int shift = year.startYear() - academicYear;
        return new WorkGroup(getHubId(), continuationProjectId, year, name, WorkGroupStatus.DRAFT)
                .offer(summary, capacitySchools, placesPerSchool, rolesRequired)
                .sessions(
                        sessionCount,
                        sessionLength,
                        sessionFormat,
                        venue,
                        startMonth == null ? null : startMonth.plusYears(shift),
                        applicationDeadline == null ? null : applicationDeadline.plusYears(shift))
                .charges(costPence, noShowChargePence);
    }

    public WorkGroup charges(int costPence, int noShowChargePence) {
        this.costPence = costPence;
        this.noShowChargePence = noShowChargePence;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public AcademicYear getAcademicYear() {
        return new AcademicYear(academicYear);
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public Long getLeadPersonId() {
        return leadPersonId;
    }

    public Long getCoLeadPersonId() {
        return coLeadPersonId;
    }

    public int getCapacitySchools() {
        return capacitySchools;
    }

    public int getPlacesPerSchool() {
        return placesPerSchool;
    }

    public String getRolesRequired() {
        return rolesRequired;
    }

    public int getSessionCount() {
        return sessionCount;
    }

    public SessionLength getSessionLength() {
        return sessionLength;
    }

    public SessionFormat getSessionFormat() {
        return sessionFormat;
    }

    public String getVenue() {
        return venue;
    }

    public LocalDate getStartMonth() {
        return startMonth;
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public int getCostPence() {
        return costPence;
    }

    public int getNoShowChargePence() {
        return noShowChargePence;
    }

    public WorkGroupStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
