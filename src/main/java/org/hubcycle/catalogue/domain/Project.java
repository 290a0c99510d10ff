package org.hubcycle.catalogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.CatalogueTerms.Allocation;
import org.hubcycle.catalogue.CatalogueTerms.ChargeBasis;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.catalogue.CatalogueTerms.ProjectType;
import org.hubcycle.catalogue.CatalogueTerms.Section;
import org.hubcycle.catalogue.CatalogueTerms.Stage;
import org.hubcycle.catalogue.EligibilityRule;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.internal.EligibilityRules;
import org.hubcycle.catalogue.internal.ProjectCode;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Phase;

/** A national (or a hub's innovation) project specification, as seed 001 lays one out. */
@Entity
@Table(name = "project")
public class Project {

    /** One intended outcome, in its area, in order. */
    @Embeddable
    public record Outcome(
            @Enumerated(EnumType.STRING) @Column(name = "area", length = 30)
            OutcomeArea area,

            @Column(name = "position") int position,
            @Column(name = "text", length = 1000) String text) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Goes up with every change saved, so a form opened before another admin's change cannot undo it unseen. */
    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 12)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(nullable = false, length = 100)
    private String phases;

    @Enumerated(EnumType.STRING)
    @Column(name = "catalogue_section", nullable = false, length = 40)
    private Section section;

    @Column(name = "strategic_goal", length = 200)
    private String strategicGoal;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", nullable = false, length = 20)
    private ProjectType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage;

    @Column(length = 100)
    private String family;

    @Column(length = 8000)
    private String rationale;

    @Column(length = 4000)
    private String participants;

    @Column(name = "previous_comments", length = 8000)
    private String previousComments;

    @Column(name = "continues_from_id")
    private Long continuesFromId;

    @Column(name = "owner_hub_id")
    private Long ownerHubId;

    @Column(length = 4000)
    private String eligibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Allocation allocation = Allocation.FIRST_COME;

    @Column(length = 2000)
    private String funding;

    @Column(name = "completion_sessions")
    private Integer completionSessions;

    @Enumerated(EnumType.STRING)
    @Column(name = "no_show_basis", nullable = false, length = 20)
    private ChargeBasis noShowBasis = ChargeBasis.PER_SCHOOL;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_reason", length = 500)
    private String withdrawnReason;

    @ElementCollection
    @CollectionTable(name = "project_outcome", joinColumns = @JoinColumn(name = "project_id"))
    @OrderBy("area, position")
    private List<Outcome> outcomes = new ArrayList<>();

    protected Project() {}

    public Project(
            ProjectCode code,
            String title,
            Set<Phase> phases,
            Section section,
            String strategicGoal,
            ProjectType type,
            Stage stage,
            String family) {
        respecify(code, title, phases, section, strategicGoal, type, stage, family);
    }

    public void respecify(
            ProjectCode code,
            String title,
            Set<Phase> phases,
            Section section,
            String strategicGoal,
            ProjectType type,
            Stage stage,
            String family) {
        this.code = code.value();
        this.academicYear = code.year().startYear();
        this.title = title;
        this.phases = phases.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.section = section;
        this.strategicGoal = strategicGoal;
        this.type = type;
        this.stage = stage;
        this.family = family;
    }

    public Project describe(String rationale, String participants, String previousComments) {
        this.rationale = rationale;
        this.participants = participants;
        this.previousComments = previousComments;
        return this;
    }

    public Project withOutcomes(OutcomeArea area, String... texts) {
        outcomes.removeIf(o -> o.area() == area);
        for (int i = 0; i < texts.length; i++) {
            outcomes.add(new Outcome(area, i + 1, texts[i]));
        }
        return this;
    }

    public Project withEligibility(EligibilityRule rule) {
        this.eligibility = EligibilityRules.toJson(rule);
        return this;
    }

    /** How places are given, and what each school with a place receives. */
    public Project enrolling(Allocation allocation, Funding funding) {
        this.allocation = allocation;
        this.funding = funding == null || funding.isEmpty() ? null : funding.lines();
        return this;
    }

    /** A school completes after attending this many sessions; null when the lead confirms who completed. */
    public Project completingAfter(Integer sessions) {
        this.completionSessions = sessions;
        return this;
    }

    /** How a no-show is charged: per school that does not attend, or per participant who does not. */
    public Project chargingNoShows(ChargeBasis basis) {
        this.noShowBasis = basis == null ? ChargeBasis.PER_SCHOOL : basis;
        return this;
    }

    /** An innovation project belongs to the hub that proposed it: only that hub runs it. */
    public Project ownedBy(Long hubId) {
        this.ownerHubId = hubId;
        return this;
    }

    public Project continuing(Long previousProjectId) {
        this.continuesFromId = previousProjectId;
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public AcademicYear getAcademicYear() {
        return new AcademicYear(academicYear);
    }

    public Set<Phase> getPhases() {
        return phases.isEmpty()
                ? EnumSet.noneOf(Phase.class)
                : Arrays.stream(phases.split(","))
                        .map(Phase::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Phase.class)));
    }

    public Section getSection() {
        return section;
    }

    public String getStrategicGoal() {
        return strategicGoal;
    }

    public ProjectType getType() {
        return type;
    }

    public Stage getStage() {
        return stage;
    }

    public String getFamily() {
        return family;
    }

    public String getRationale() {
        return rationale;
    }

    public String getParticipants() {
        return participants;
    }

    public String getPreviousComments() {
        return previousComments;
    }

    public Long getContinuesFromId() {
        return continuesFromId;
    }

    public Long getOwnerHubId() {
        return ownerHubId;
    }

    public EligibilityRule getEligibility() {
        return EligibilityRules.fromJson(eligibility);
    }

    public List<Outcome> getOutcomes() {
        return List.copyOf(outcomes);
    }

    public Allocation getAllocation() {
        return allocation;
    }

    public Integer getCompletionSessions() {
        return completionSessions;
    }

    public ChargeBasis getNoShowBasis() {
        return noShowBasis;
    }

    public Funding getFunding() {
        return Funding.parse(funding);
    }

    public long getVersion() {
        return version;
    }

    /** The national centre withdraws it: hubs cannot plan new work groups for it, those planned keep it. */
    public void withdraw(String reason, Instant at) {
        this.withdrawnReason = reason;
        this.withdrawnAt = at;
    }

    /** It is offered again. */
    public void reinstate() {
        this.withdrawnReason = null;
        this.withdrawnAt = null;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }
}
