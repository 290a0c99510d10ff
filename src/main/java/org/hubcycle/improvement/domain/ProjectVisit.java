package org.hubcycle.improvement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/**
 * A leader's Record of Visit to one of a project's schools (seed 003): whom it worked with, the year groups
 * it saw, its focus and the next steps agreed. The records show each school's coverage and its governors'
 * engagement, and are the evidence for reports to governors and the final monitoring report.
 */
@Entity
@Table(name = "improvement_visit")
@Filter(name = HubScope.FILTER)
public class ProjectVisit extends HubOwned {

    /** A visit as recorded, but for who made it. */
    public record Words(
            int schoolUrn,
            LocalDate date,
            Set<Audience> audiences,
            List<String> yearGroups,
            String focus,
            String nextSteps) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "school_urn", nullable = false)
    private Integer schoolUrn;

    @Column(name = "visitor_person_id", nullable = false)
    private Long visitorPersonId;

    @Column(name = "visitor_name", nullable = false, length = 120)
    private String visitorName;

    @Column(name = "visit_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 120)
    private String audiences;

    @Column(name = "year_groups", nullable = false, length = 200)
    private String yearGroups;

    @Column(nullable = false, length = 500)
    private String focus;

    @Column(name = "next_steps", length = 2000)
    private String nextSteps;

    @Version
    private int version;

    protected ProjectVisit() {}

    public ProjectVisit(long hubId, long projectId, long visitorPersonId, String visitorName, Words words) {
        super(hubId);
        this.projectId = projectId;
        this.visitorPersonId = visitorPersonId;
        this.visitorName = visitorName;
        correct(words);
    }

    /** Corrects what the record says; who made the visit stays as recorded. */
    public void correct(Words words) {
        this.schoolUrn = words.schoolUrn();
        this.date = words.date();
        this.audiences = words.audiences().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.yearGroups = String.join(",", words.yearGroups());
        this.focus = words.focus();
        this.nextSteps = words.nextSteps();
    }

    public Words words() {
        Set<Audience> with = EnumSet.noneOf(Audience.class);
        Arrays.stream(audiences.split(",")).map(Audience::valueOf).forEach(with::add);
        return new Words(schoolUrn, date, with, Arrays.asList(yearGroups.split(",")), focus, nextSteps);
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getSchoolUrn() {
        return schoolUrn;
    }

    public Long getVisitorPersonId() {
        return visitorPersonId;
    }

    public String getVisitorName() {
        return visitorName;
    }

    public int getVersion() {
        return version;
    }
}
