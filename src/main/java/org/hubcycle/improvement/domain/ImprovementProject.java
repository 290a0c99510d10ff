package org.hubcycle.improvement.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.Reviewed;

/**
 * A hub's school improvement project (seed 003): a group of schools it works with over a period, through
 * the SLEs and NLEs named on it, towards its aims. It ends in a final monitoring report, which the national
 * centre accepts or returns as every {@link Reviewed} report; once the report is submitted the project, its
 * KPIs, risks and visits stand as they are.
 */
@Entity
@Table(name = "improvement_project")
@Filter(name = HubScope.FILTER)
public class ImprovementProject extends Reviewed {

    /** The plan: what the project is, when it runs, its schools and the leaders working on it. */
    public record Plan(
            String title, String aims, LocalDate startsOn, LocalDate endsOn, Set<Integer> schools, Set<Long> leaders) {}

    /** The final monitoring report's words (seed 003's headings); any may be empty while it is a draft. */
    public record Report(String goodPractice, String differently, String sustainability) {

        public static final Report EMPTY = new Report(null, null, null);

        boolean complete() {
            return present(goodPractice) && present(differently) && present(sustainability);
        }

        private static boolean present(String words) {
            return words != null && !words.isBlank();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String aims;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "good_practice", length = 4000)
    private String goodPractice;

    @Column(length = 4000)
    private String differently;

    @Column(length = 4000)
    private String sustainability;

    @Column(name = "submitted_by", length = 254)
    private String submittedBy;

    @ElementCollection
    @CollectionTable(name = "improvement_project_school", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "school_urn")
    private Set<Integer> schools = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "improvement_project_leader", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "person_id")
    private Set<Long> leaders = new HashSet<>();

    protected ImprovementProject() {}

    public ImprovementProject(long hubId, Plan plan, Instant at, String by) {
        super(hubId, at, by);
        apply(plan);
    }

    /** The hub changes the plan: refused once the final report has reached the national centre. */
    public void replan(Plan plan, Instant at, String by) {
        edited(at, by);
        apply(plan);
    }

    private void apply(Plan plan) {
        if (plan.endsOn().isBefore(plan.startsOn())) {
            throw new Refused("endDay", "improvement.project.endsOn.beforeStart");
        }
        this.title = plan.title();
        this.aims = plan.aims();
        this.startsOn = plan.startsOn();
        this.endsOn = plan.endsOn();
        this.schools.clear();
        this.schools.addAll(plan.schools());
        this.leaders.clear();
        this.leaders.addAll(plan.leaders());
    }

    public void writeReport(Report report, Instant at, String by) {
        edited(at, by);
        this.goodPractice = report.goodPractice();
        this.differently = report.differently();
        this.sustainability = report.sustainability();
    }

    /** The hub lead submits the final report: each of its three parts is written. */
    public void submit(String figures, Instant at, String by) {
        if (!report().complete()) {
            throw new Refused(null, "improvement.report.incomplete");
        }
        submitted(figures, at, by);
        this.submittedBy = by;
    }

    public Plan plan() {
        return new Plan(title, aims, startsOn, endsOn, Set.copyOf(schools), Set.copyOf(leaders));
    }

    public Report report() {
        return new Report(goodPractice, differently, sustainability);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }
}
