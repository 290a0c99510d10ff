package org.hubcycle.catalogue.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.CatalogueTerms.ChargeBasis;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.catalogue.CatalogueTerms.Section;
import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;
import org.hubcycle.catalogue.EligibilityRule;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.RequiredRoles;
import org.hubcycle.catalogue.WorkGroupActivity;
import org.hubcycle.catalogue.domain.CodedProject;
import org.hubcycle.catalogue.domain.Project;
import org.hubcycle.catalogue.domain.ProjectRepository;
import org.hubcycle.catalogue.domain.WorkGroup;
import org.hubcycle.catalogue.domain.WorkGroupRepository;
import org.hubcycle.catalogue.internal.CatalogueViews.ProjectView;
import org.hubcycle.catalogue.internal.CatalogueViews.PublishedOffer;
import org.hubcycle.catalogue.internal.CatalogueViews.WorkGroupView;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Phase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects and hubs' published offers. A published offer is public: the callers that show it to
 * people who are not signed in run it in {@code HubScope.asSystem}, and it only ever contains work
 * groups whose status is published (never drafts).
 */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    private final ProjectRepository projects;
    private final WorkGroupRepository workGroups;
    private final Hubs hubs;
    private final People people;
    private final ObjectProvider<WorkGroupActivity.PlacesTaken> places;
    private final ObjectProvider<WorkGroupActivity.SessionDates> sessionDates;
    private final Clock clock;

    Catalogue(
            ProjectRepository projects,
            WorkGroupRepository workGroups,
            Hubs hubs,
            People people,
            ObjectProvider<WorkGroupActivity.PlacesTaken> places,
            ObjectProvider<WorkGroupActivity.SessionDates> sessionDates,
            Clock clock) {
        this.projects = projects;
        this.workGroups = workGroups;
        this.hubs = hubs;
        this.people = people;
        this.places = places;
        this.sessionDates = sessionDates;
        this.clock = clock;
    }

    public Optional<ProjectView> project(String code) {
        try {
            return projects.findByCode(ProjectCode.parse(code).value()).map(p -> view(p, continuedCodes(List.of(p))));
        } catch (IllegalArgumentException notACode) {
            return Optional.empty();
        }
    }

    public Page<ProjectView> projects(AcademicYear year, Pageable pageable) {
        Page<Project> page = projects.findByAcademicYearOrderByCode(year.startYear(), pageable);
        Map<Long, String> continued = continuedCodes(page.getContent());
        return page.map(p -> view(p, continued));
    }

    /**
     * A hub's published offer for a year, grouped by section as the Work Group Summary groups it; optionally one
     * phase only. The hub is found by its address in the same transaction, so its contact is read with it. The
     * projects come without their intended outcomes, which neither the page nor the Summary shows (one read
     * fewer on the busiest public page); {@link #publishedOfferInFull} has them.
     */
    public PublishedOffer publishedOffer(String hubSlug, AcademicYear year, Phase phase) {
        return publishedOffer(hubSlug, year, phase, false);
    }

    /** A hub's published offer for a year with each project in full, intended outcomes too, as the API gives it. */
    public PublishedOffer publishedOfferInFull(String hubSlug, AcademicYear year) {
        return publishedOffer(hubSlug, year, null, true);
    }

    private PublishedOffer publishedOffer(String hubSlug, AcademicYear year, Phase phase, boolean withOutcomes) {
        // The hub's name and contact only (one read): its area and lead school are not shown here.
        HubSummary hub = hubs.findBySlug(hubSlug).orElseThrow(() -> new NotFoundException("not-found.hub"));
        long hubId = hub.id();
        List<WorkGroup> offered = workGroups.findByHubIdAndAcademicYearAndStatusInOrderByName(
                hubId, year.startYear(), WorkGroupStatus.PUBLISHED);
        Map<Long, Project> byId =
                projects
                        .findByIdIn(offered.stream()
                                .map(WorkGroup::getProjectId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Project::getId, Function.identity()));
        Map<Section, List<WorkGroupView>> sections = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            sections.put(section, new ArrayList<>());
        }
        Map<Long, String> leads = leadNames(offered);
        Activity activity = activity(offered);
        Map<Long, String> continued = continuedCodes(byId.values());
        Map<Long, ProjectView> projectViews = new HashMap<>();
        byId.values().forEach(p -> projectViews.put(p.getId(), view(p, continued, withOutcomes)));
        for (WorkGroup group : offered) {
            Project project = byId.get(group.getProjectId());
            if (phase == null || project.getPhases().contains(phase)) {
                sections.get(project.getSection())
                        .add(view(group, project, projectViews.get(project.getId()), leads, activity));
            }
        }
        return new PublishedOffer(
                hub.name(),
                hub.slug(),
                hubs.contactEmail(hubId).orElse(null),
                year,
                sections.entrySet().stream()
                        .filter(e -> !e.getValue().isEmpty())
                        .map(e -> new CatalogueViews.Section(e.getKey().label(), List.copyOf(e.getValue())))
                        .toList());
    }

    /**
     * One work group of a hub's published offer; empty for a draft, another hub's or another year's.
     * When it is full, the hub's next group of the same project with places left comes with it. Its project comes
     * without intended outcomes, which the group's page does not show.
     */
    public Optional<WorkGroupView> publishedWorkGroup(long hubId, AcademicYear year, long id) {
        return workGroups
                .findById(id)
                .filter(g -> g.getHubId() == hubId
                        && g.getAcademicYear().equals(year)
                        && g.getStatus().published())
                .map(g -> {
                    Project project = projects.findById(g.getProjectId()).orElseThrow();
                    List<WorkGroup> siblings = workGroups
                            .findByHubIdAndAcademicYearAndStatusInOrderByName(
                                    hubId, year.startYear(), EnumSet.of(WorkGroupStatus.OPEN))
                            .stream()
                            .filter(s -> s.getProjectId().equals(g.getProjectId()))
                            .toList();
                    List<WorkGroup> both = new ArrayList<>(siblings);
                    if (!siblings.contains(g)) {
                        both.add(g);
                    }
                    Activity activity = activity(both);
                    Map<Long, String> leads = leadNames(both);
                    ProjectView projectView = view(project, continuedCodes(List.of(project)), false);
                    WorkGroupView view = view(g, project, projectView, leads, activity);
                    if (view.full()) {
                        WorkGroupView next = siblings.stream()
                                .filter(s -> !s.getId().equals(g.getId()))
                                .map(s -> view(s, project, projectView, leads, activity))
                                .filter(v -> v.open() && !v.full())
                                .findFirst()
                                .orElse(null);
                        view = view.withAlternative(next);
                    }
                    return view;
                });
    }

    /** What the other modules know of the groups: places taken and session dates. */
    private record Activity(Map<Long, Integer> taken, Map<Long, List<LocalDate>> dates) {}

    private Activity activity(List<WorkGroup> groups) {
        List<Long> ids = groups.stream().map(WorkGroup::getId).toList();
        WorkGroupActivity.PlacesTaken placesTaken = places.getIfAvailable();
        WorkGroupActivity.SessionDates planned = sessionDates.getIfAvailable();
        return new Activity(
                placesTaken == null ? Map.of() : placesTaken.taken(ids),
                planned == null ? Map.of() : planned.dates(ids));
    }

    private Map<Long, String> leadNames(List<WorkGroup> groups) {
        return people.namesById(groups.stream()
                .flatMap(g -> java.util.stream.Stream.of(g.getLeadPersonId(), g.getCoLeadPersonId()))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    private WorkGroupView view(
            WorkGroup g, Project project, ProjectView projectView, Map<Long, String> leadNames, Activity activity) {
        String leads = java.util.stream.Stream.of(g.getLeadPersonId(), g.getCoLeadPersonId())
                .filter(java.util.Objects::nonNull)
                .map(leadNames::get)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.joining(" and "));
        int left = Math.max(0, g.getCapacitySchools() - activity.taken().getOrDefault(g.getId(), 0));
        return new WorkGroupView(
                g.getId(),
                g.getName(),
                g.getSummary(),
                leads.isEmpty() ? null : leads,
                g.getCapacitySchools(),
                g.getPlacesPerSchool(),
                RequiredRoles.of(g.getRolesRequired()),
                g.getSessionCount(),
                g.getSessionLength().label(),
                g.getSessionFormat().label(),
                g.getVenue(),
                g.getStartMonth(),
                g.getApplicationDeadline(),
                g.getCostPence(),
                g.getNoShowChargePence(),
                project.getNoShowBasis() == ChargeBasis.PER_PARTICIPANT,
                availability(g, left),
                left,
                activity.dates().getOrDefault(g.getId(), List.of()),
                null,
                projectView);
    }

    /** Where a group stands for schools: from the hub's status, its deadline and its places. */
    private CatalogueViews.Availability availability(WorkGroup g, int placesLeft) {
        return switch (g.getStatus()) {
            case OPEN ->
                g.getApplicationDeadline() != null && LocalDate.now(clock).isAfter(g.getApplicationDeadline())
                        ? CatalogueViews.Availability.CLOSED
                        : placesLeft == 0
                                ? CatalogueViews.Availability.FULL
                                : placesLeft <= CatalogueViews.Availability.FEW
                                        ? CatalogueViews.Availability.FEW_LEFT
                                        : CatalogueViews.Availability.OPEN;
            case RUNNING -> CatalogueViews.Availability.RUNNING;
            case COMPLETED -> CatalogueViews.Availability.COMPLETED;
            default -> CatalogueViews.Availability.CLOSED;
        };
    }

    /** The codes of the projects these continue, by id: one query for them all. */
    private Map<Long, String> continuedCodes(Collection<Project> continuing) {
        List<Long> ids = continuing.stream()
                .map(Project::getContinuesFromId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return ids.isEmpty()
                ? Map.of()
                : projects.codesOf(ids).stream().collect(Collectors.toMap(CodedProject::id, CodedProject::code));
    }

    private ProjectView view(Project p, Map<Long, String> continuedCodes) {
        return view(p, continuedCodes, true);
    }

    private ProjectView view(Project p, Map<Long, String> continuedCodes, boolean withOutcomes) {
        String continuesFrom = p.getContinuesFromId() == null ? null : continuedCodes.get(p.getContinuesFromId());
        return new ProjectView(
                p.getId(),
                p.getCode(),
                p.getTitle(),
                p.getAcademicYear(),
                p.getPhases().stream().map(Catalogue::phaseLabel).toList(),
                p.getSection().label(),
                p.getStrategicGoal(),
                p.getType().label(),
                p.getStage().label(),
                p.getFamily(),
                paragraphs(p.getRationale()),
                p.getParticipants(),
                withOutcomes ? outcomes(p) : Map.of(),
                paragraphs(p.getPreviousComments()),
                EligibilityRule.forSchools(p.getEligibility()),
                continuesFrom,
                p.getAllocation().label(),
                p.getFunding().entitlements().stream()
                        .map(Funding.Entitlement::line)
                        .toList(),
                p.getCompletionSessions(),
                p.getNoShowBasis().label(),
                p.isWithdrawn() ? p.getWithdrawnReason() : null);
    }

    /** The project's intended outcomes by area, in the order of the areas; areas without any left out. */
    private static Map<String, List<String>> outcomes(Project p) {
        Map<String, List<String>> outcomes = new LinkedHashMap<>();
        for (OutcomeArea area : OutcomeArea.values()) {
            List<String> texts = p.getOutcomes().stream()
                    .filter(o -> o.area() == area)
                    .map(Project.Outcome::text)
                    .toList();
            if (!texts.isEmpty()) {
                outcomes.put(area.label(), texts);
            }
        }
        return outcomes;
    }

    static String phaseLabel(Phase phase) {
        return switch (phase) {
            case EARLY_YEARS -> "Early Years";
            case PRIMARY -> "Primary";
            case SECONDARY -> "Secondary";
            case POST_16 -> "Post-16";
        };
    }

    private static List<String> paragraphs(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\n\\s*\\n|\\n"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
