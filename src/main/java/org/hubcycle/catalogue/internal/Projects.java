package org.hubcycle.catalogue.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.CatalogueTerms.Allocation;
import org.hubcycle.catalogue.CatalogueTerms.ChargeBasis;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.catalogue.CatalogueTerms.ProjectType;
import org.hubcycle.catalogue.CatalogueTerms.Section;
import org.hubcycle.catalogue.CatalogueTerms.Stage;
import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;
import org.hubcycle.catalogue.EligibilityRule;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.domain.Project;
import org.hubcycle.catalogue.domain.ProjectRepository;
import org.hubcycle.catalogue.domain.WorkGroup;
import org.hubcycle.catalogue.domain.WorkGroupRepository;
import org.hubcycle.directory.Hubs;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The national admin writes and changes project specifications. */
@Service
public class Projects {

    /** A project specification as the national admin writes it; outcomes in order within each area. */
    /** The project families known so far, for choosing one in an eligibility rule. */
    @Transactional(readOnly = true)
    public List<String> families() {
        return projects.distinctFamilies();
    }

    public record ProjectInput(
            ProjectCode code,
            String title,
            Set<Phase> phases,
            Section section,
            String strategicGoal,
            ProjectType type,
            Stage stage,
            String family,
            String rationale,
            String participants,
            String previousComments,
            Map<OutcomeArea, List<String>> outcomes,
            String continuesFrom,
            EligibilityRule eligibility,
            Allocation allocation,
            Funding funding,
            Integer completionSessions,
            ChargeBasis noShowBasis,
            Long version) {}

    private final ProjectRepository projects;
    private final WorkGroupRepository workGroups;
    private final Hubs hubs;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Projects(
            ProjectRepository projects,
            WorkGroupRepository workGroups,
            Hubs hubs,
            Outbox outbox,
            ApplicationEventPublisher events,
            Clock clock) {
        this.projects = projects;
        this.workGroups = workGroups;
        this.hubs = hubs;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ProjectInput> input(String code) {
        return projects.findByCode(code)
                .map(p -> new ProjectInput(
                        new ProjectCode(p.getCode()),
                        p.getTitle(),
                        p.getPhases().isEmpty() ? EnumSet.noneOf(Phase.class) : EnumSet.copyOf(p.getPhases()),
                        p.getSection(),
                        p.getStrategicGoal(),
                        p.getType(),
                        p.getStage(),
                        p.getFamily(),
                        p.getRationale(),
                        p.getParticipants(),
                        p.getPreviousComments(),
                        outcomes(p),
                        p.getContinuesFromId() == null
                                ? null
                                : projects.findById(p.getContinuesFromId())
                                        .map(Project::getCode)
                                        .orElse(null),
                        p.getEligibility(),
                        p.getAllocation(),
                        p.getFunding(),
                        p.getCompletionSessions(),
                        p.getNoShowBasis(),
                        p.getVersion()));
    }

    /** Saves a new project, or changes the one with {@code existingCode}; refuses a code another project has. */
    @Transactional
    public String save(String existingCode, ProjectInput in) {
        Optional<Project> other = projects.findByCode(in.code().value());
        if (other.isPresent() && !in.code().value().equals(existingCode)) {
            throw new Refused("code", "project.code.exists", in.code().toString());
        }
        Long continuesFrom = null;
        if (in.continuesFrom() != null) {
            continuesFrom = projects.findByCode(in.continuesFrom())
                    .map(Project::getId)
                    .orElseThrow(() -> new Refused("continuesFrom", "project.continues.unknown", in.continuesFrom()));
        }
        Project project;
        if (existingCode == null) {
            project = projects.save(new Project(
                    in.code(),
                    in.title(),
                    in.phases(),
                    in.section(),
                    in.strategicGoal(),
                    in.type(),
                    in.stage(),
                    in.family()));
        } else {
            project = projects.findByCode(existingCode).orElseThrow(() -> new NotFoundException("not-found.project"));
            Refused.unlessStill(in.version(), project.getVersion(), "project.changedMeanwhile");
            project.respecify(
                    in.code(),
                    in.title(),
                    in.phases(),
                    in.section(),
                    in.strategicGoal(),
                    in.type(),
                    in.stage(),
                    in.family());
        }
        project.describe(in.rationale(), in.participants(), in.previousComments())
                .continuing(continuesFrom)
                .withEligibility(in.eligibility())
                .enrolling(in.allocation(), in.funding())
                .completingAfter(in.completionSessions())
                .chargingNoShows(in.noShowBasis());
        for (OutcomeArea area : OutcomeArea.values()) {
            project.withOutcomes(
                    area, in.outcomes().getOrDefault(area, List.of()).toArray(String[]::new));
        }
        events.publishEvent(Audited.of(
                existingCode == null ? "catalogue.project-created" : "catalogue.project-changed",
                null,
                in.code() + " " + in.title()));
        return project.getCode();
    }

    /**
     * The national centre withdraws a project, saying why: hubs can no longer plan new work groups for it
     * (those already planned keep it), and no offer copied into its year takes it up.
     */
    @Transactional
    public void withdraw(String code, String reason, String by) {
        Project project = projects.findByCode(code).orElseThrow(() -> new NotFoundException("not-found.project"));
        if (project.isWithdrawn()) {
            throw new Refused(null, "project.withdraw.already");
        }
        project.withdraw(reason, clock.instant());
        tellHubsRunningIt(project, reason);
        events.publishEvent(
                Audited.of("catalogue.project-withdrawn", null, project.getCode() + " " + project.getTitle(), reason)
                        .by(by));
    }

    /** Emails each hub with a work group planned on the project (at its contact address) that it is withdrawn, and why. */
    private void tellHubsRunningIt(Project project, String reason) {
        Map<Long, List<String>> groupsByHub =
                workGroups
                        .findByProjectIdAndStatusNotOrderByHubIdAscNameAsc(project.getId(), WorkGroupStatus.CANCELLED)
                        .stream()
                        .collect(Collectors.groupingBy(
                                WorkGroup::getHubId,
                                java.util.LinkedHashMap::new,
                                Collectors.mapping(WorkGroup::getName, Collectors.toList())));
        groupsByHub.forEach((hubId, groups) -> hubs.contactEmail(hubId)
                .ifPresent(contact -> outbox.queue(Email.of("catalogue.project-withdrawn")
                        .to(contact)
                        .hub(hubId)
                        .subject(project.getCode())
                        .with("code", project.getCode())
                        .with("title", project.getTitle())
                        .with("reason", reason)
                        .with("groups", String.join(", ", groups)))));
    }

    /** The national centre offers a withdrawn project again. */
    @Transactional
    public void reinstate(String code, String by) {
        Project project = projects.findByCode(code).orElseThrow(() -> new NotFoundException("not-found.project"));
        if (project.isWithdrawn()) {
            project.reinstate();
            events.publishEvent(
                    Audited.of("catalogue.project-reinstated", null, project.getCode() + " " + project.getTitle())
                            .by(by));
        }
    }

    private static Map<OutcomeArea, List<String>> outcomes(Project p) {
        Map<OutcomeArea, List<String>> byArea = new java.util.EnumMap<>(OutcomeArea.class);
        p.getOutcomes()
                .forEach(o -> byArea.computeIfAbsent(o.area(), a -> new java.util.ArrayList<>())
                        .add(o.text()));
        return byArea;
    }
}
