package org.hubcycle.leadership.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** A hub's call for expressions of interest in its work groups for a year, open until a deadline. */
@Entity
@Table(name = "eoi_round")
@Filter(name = HubScope.FILTER)
public class EoiRound extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "eoi_round_work_group", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "work_group_id", nullable = false)
    private Set<Long> workGroupIds = new LinkedHashSet<>();

    protected EoiRound() {}

    public EoiRound(
            long hubId,
            AcademicYear year,
            String title,
            LocalDate deadline,
            Set<Long> workGroupIds,
            Instant createdAt) {
        super(hubId);
        this.academicYear = year.startYear();
        this.title = title;
        this.deadline = deadline;
        this.workGroupIds = new LinkedHashSet<>(workGroupIds);
        this.createdAt = createdAt;
    }

    /** Open to expressions of interest, and to changing them, until the end of the deadline day. */
    public boolean openOn(LocalDate today) {
        return !today.isAfter(deadline);
    }

    public boolean covers(long workGroupId) {
        return workGroupIds.contains(workGroupId);
    }

    public Long getId() {
        return id;
    }

    public AcademicYear getAcademicYear() {
        return new AcademicYear(academicYear);
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getWorkGroupIds() {
        return Set.copyOf(workGroupIds);
    }
}
