package org.hubcycle.catalogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.CatalogueTerms.SessionFormat;
import org.hubcycle.catalogue.CatalogueTerms.SessionLength;
import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;
import org.hubcycle.catalogue.domain.Project;
import org.hubcycle.catalogue.domain.ProjectRepository;
import org.hubcycle.catalogue.domain.WorkGroup;
import org.hubcycle.catalogue.domain.WorkGroupRepository;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hub builds its offer for a year: work groups running projects, drafted, opened and copied
 * into the next year. Work groups are hub-owned, so a hub user reaches only their own hub's: another
 * hub's work group is not found.
 */
@Service
public class HubOffers {

    /** A work group as the hub edits it. Money in pence; dates may be missing. */
    public record WorkGroupInput(
            long projectId,
            String name,
            String summary,
            Long leadPersonId,
            Long coLeadPersonId,
            int capacitySchools,
            int placesPerSchool,
            String rolesRequired,
            int sessionCount,
            SessionLength sessionLength,
            SessionFormat sessionFormat,
            String venue,
            LocalDate startMonth,
            LocalDate applicationDeadline,
            int costPence,
            int noShowChargePence,
            WorkGroupStatus status) {}

    /** A row of the hub's offer page. */
    public record OfferRow(
            long id,
            String name,
            String projectCode,
            String projectTitle,
            String status,
            boolean draft,
            int capacitySchools) {}

    public record ProjectOption(long id, String code, String title) {}

    /** A work group as other modules see it: what it is, for which year, and who leads it. */
    public record WorkGroupBrief(
            long id,
            long hubId,
            String name,
            AcademicYear year,
            String projectCode,
            String projectTitle,
            WorkGroupStatus status,
            int capacitySchools,
            Long leadPersonId,
            Long coLeadPersonId) {

        public boolean cancelled() {
            return status == WorkGroupStatus.CANCELLED;
        }

        public boolean ledBy(long personId) {
            return Long.valueOf(personId).equals(leadPersonId)
                    || Long.valueOf(personId).equals(coLeadPersonId);
        }
    }

    /** What became of adding a lead to a work group. */
    public enum LeadOutcome {
        /** Now its lead. */
        LEAD,
        /** Now its co-lead. */
        CO_LEAD,
        /** Already one of its leads: nothing changed. */
        ALREADY,
        /** It has a lead and a co-lead already: nothing changed. */
        FULL
    }

    private final WorkGroupRepository workGroups;
    private final ProjectRepository projects;
    private final ApplicationEventPublisher events;

    HubOffers(WorkGroupRepository workGroups, ProjectRepository projects, ApplicationEventPublisher events) {
        this.workGroups = workGroups;
        this.projects = projects;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<OfferRow> offer(long hubId, AcademicYear year) {
        List<WorkGroup> groups = workGroups.findByHubIdAndAcademicYearAndStatusInOrderByName(
                hubId, year.startYear(), List.of(WorkGroupStatus.values()));
        Map<Long, Project> byId =
                projects
                        .findByIdIn(groups.stream()
                                .map(WorkGroup::getProjectId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Project::getId, Function.identity()));
        return groups.stream()
                .map(g -> new OfferRow(
                        g.getId(),
                        g.getName(),
                        byId.get(g.getProjectId()).getCode(),
                        byId.get(g.getProjectId()).getTitle(),
                        g.getStatus().label(),
                        g.getStatus() == WorkGroupStatus.DRAFT,
                        g.getCapacitySchools()))
                .toList();
    }

    /** A work group of the current scope; empty when the scope does not see it. */
    @Transactional(readOnly = true)
    public Optional<WorkGroupBrief> brief(long id) {
        return workGroups.findById(id).map(g -> briefsOf(List.of(g)).get(0));
    }

    /** Work groups of the current scope, by id, in the order asked; ids the scope does not see are left out. */
    @Transactional(readOnly = true)
    public List<WorkGroupBrief> briefs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, WorkGroup> byId =
                workGroups.findAllById(ids).stream().collect(Collectors.toMap(WorkGroup::getId, Function.identity()));
        return briefsOf(
                ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList());
    }

    /** The ids of a hub's published work groups in a year, by name: those schools see and apply to. */
    @Transactional(readOnly = true)
    public List<Long> publishedIds(long hubId, AcademicYear year) {
        return workGroups.idsOf(hubId, year.startYear(), WorkGroupStatus.PUBLISHED);
    }

    /** A year's work groups of a hub (every status), for choosing among them. */
    @Transactional(readOnly = true)
    public List<WorkGroupBrief> briefs(long hubId, AcademicYear year) {
        return briefsOf(workGroups.findByHubIdAndAcademicYearAndStatusInOrderByName(
                hubId, year.startYear(), List.of(WorkGroupStatus.values())));
    }

    /** A year's work groups in every hub the scope sees, not cancelled ones: for figures across hubs. */
    @Transactional(readOnly = true)
    public List<WorkGroupBrief> briefs(AcademicYear year) {
        return briefsOf(workGroups.findByAcademicYearAndStatusNot(year.startYear(), WorkGroupStatus.CANCELLED));
    }

    /** A project's work groups in every hub the scope sees (not cancelled ones), by hub and name. */
    @Transactional(readOnly = true)
    public List<WorkGroupBrief> ofProject(long projectId) {
        return briefsOf(
                workGroups.findByProjectIdAndStatusNotOrderByHubIdAscNameAsc(projectId, WorkGroupStatus.CANCELLED));
    }

    /** Every work group the given people lead or co-lead (those the scope sees), newest year first. */
    @Transactional(readOnly = true)
    public List<WorkGroupBrief> ledBy(Collection<Long> personIds) {
        return personIds.isEmpty() ? List.of() : briefsOf(workGroups.ledBy(personIds));
    }

    /**
     * Makes a person one of a work group's two leads: its lead when they asked to lead (or the
     * co-lead's place is taken) and that place is free, otherwise its co-lead. A work group never
     * has more than two leads. The audit log names them ({@code personName}).
     */
    @Transactional
    public LeadOutcome addLead(long workGroupId, long personId, String personName, boolean preferLead) {
        WorkGroup group =
                workGroups.findForUpdate(workGroupId).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        Long lead = group.getLeadPersonId();
        Long coLead = group.getCoLeadPersonId();
        if (Long.valueOf(personId).equals(lead) || Long.valueOf(personId).equals(coLead)) {
            return LeadOutcome.ALREADY;
        }
        LeadOutcome outcome;
        if (lead == null && (preferLead || coLead != null)) {
            group.leads(personId, coLead);
            outcome = LeadOutcome.LEAD;
        } else if (coLead == null) {
            group.leads(lead, personId);
            outcome = LeadOutcome.CO_LEAD;
        } else {
            return LeadOutcome.FULL;
        }
        events.publishEvent(Audited.of("catalogue.work-group-lead-added", group.getHubId(), group.getName(), personName)
                .worded(
                        outcome == LeadOutcome.LEAD
                                ? "audit.detail.catalogue.work-group-lead-added"
                                : "audit.detail.catalogue.work-group-lead-added.co-lead"));
        return outcome;
    }

    private List<WorkGroupBrief> briefsOf(List<WorkGroup> groups) {
        Map<Long, Project> byId =
                projects
                        .findByIdIn(groups.stream()
                                .map(WorkGroup::getProjectId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Project::getId, Function.identity()));
        return groups.stream()
                .map(g -> new WorkGroupBrief(
                        g.getId(),
                        g.getHubId(),
                        g.getName(),
                        g.getAcademicYear(),
                        byId.get(g.getProjectId()).getCode(),
                        byId.get(g.getProjectId()).getTitle(),
                        g.getStatus(),
                        g.getCapacitySchools(),
                        g.getLeadPersonId(),
                        g.getCoLeadPersonId()))
                .toList();
    }

    /** The projects a hub may run in a year: the national ones, and its own innovation projects (never another hub's). */
    @Transactional(readOnly = true)
    public List<ProjectOption> projectsFor(long hubId, AcademicYear year, Long kept) {
        return projects.findByAcademicYearOrderByCode(year.startYear(), PageRequest.of(0, 500)).stream()
                .filter(p -> mayRun(p, hubId))
                .filter(p -> !p.isWithdrawn() || p.getId().equals(kept))
                .map(p -> new ProjectOption(p.getId(), p.getCode(), p.getTitle()))
                .toList();
    }

    private static boolean mayRun(Project project, long hubId) {
        return project.getOwnerHubId() == null || project.getOwnerHubId() == hubId;
    }

    /** A work group as its hub's lead last saved it, to edit, with the version its form is opened on. */
    public record SavedWorkGroup(long hubId, AcademicYear year, WorkGroupInput values, long version) {}

    /** A work group of the current user's hub, to edit; empty for any other. */
    @Transactional(readOnly = true)
    public Optional<SavedWorkGroup> saved(long id) {
        return workGroups
                .findById(id)
                .map(g -> new SavedWorkGroup(
                        g.getHubId(),
                        g.getAcademicYear(),
                        new WorkGroupInput(
                                g.getProjectId(),
                                g.getName(),
                                g.getSummary(),
                                g.getLeadPersonId(),
                                g.getCoLeadPersonId(),
                                g.getCapacitySchools(),
                                g.getPlacesPerSchool(),
                                g.getRolesRequired(),
                                g.getSessionCount(),
                                g.getSessionLength(),
                                g.getSessionFormat(),
                                g.getVenue(),
                                g.getStartMonth(),
                                g.getApplicationDeadline(),
                                g.getCostPence(),
                                g.getNoShowChargePence(),
                                g.getStatus()),
                        g.getVersion()));
    }

    @Transactional
    public long create(long hubId, AcademicYear year, WorkGroupInput input) {
        requireProject(input.projectId(), hubId, year, null);
        requireRoles(input);
        WorkGroup group = workGroups.save(
                apply(new WorkGroup(hubId, input.projectId(), year, input.name(), input.status()), input));
        events.publishEvent(Audited.of(
                "catalogue.work-group-created",
                hubId,
                group.getName(),
                year,
                input.status().label()));
        return group.getId();
    }

    /** Changes a work group, if nobody has saved it since its form was opened on version {@code opened} (null: not said). */
    @Transactional
    public void update(long id, Long opened, WorkGroupInput input) {
        WorkGroup group = workGroups.findById(id).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        Refused.unlessStill(opened, group.getVersion(), "offer.changedMeanwhile");
        requireProject(input.projectId(), group.getHubId(), group.getAcademicYear(), group.getProjectId());
        requireRoles(input);
        String before = group.getStatus().label();
        apply(group.rename(input.projectId(), input.name(), input.status()), input);
        events.publishEvent(Audited.of(
                        "catalogue.work-group-updated",
                        group.getHubId(),
                        group.getName(),
                        before,
                        input.status().label())
                .worded(
                        before.equals(input.status().label())
                                ? "audit.detail.catalogue.work-group-updated"
                                : "audit.detail.catalogue.work-group-updated.status"));
    }

    /**
     * What copying an offer did: the work groups copied, those left because no project continues
     * theirs next year yet (by name and project code), and those next year has already.
     */
    public record CopyResult(int copied, List<String> noContinuation, int alreadyThere) {}

    /**
     * Copies a year's offer (all but cancelled work groups) into the next year as drafts, each running
     * next year's continuation of its project, without leads. A work group whose project has no
     * continuation yet is not copied, and said; copying again later copies it once there is one.
     */
    @Transactional
    public CopyResult copyToNextYear(long hubId, AcademicYear year) {
        List<WorkGroup> groups = workGroups
                .findByHubIdAndAcademicYearAndStatusInOrderByName(
                        hubId, year.startYear(), List.of(WorkGroupStatus.values()))
                .stream()
                .filter(g -> g.getStatus() != WorkGroupStatus.CANCELLED)
                .toList();
        List<String> existing = workGroups
                .findByHubIdAndAcademicYearAndStatusInOrderByName(
                        hubId, year.next().startYear(), List.of(WorkGroupStatus.values()))
                .stream()
                .map(WorkGroup::getName)
                .toList();
        Map<Long, Project> current =
                projects
                        .findByIdIn(groups.stream()
                                .map(WorkGroup::getProjectId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Project::getId, Function.identity()));
        Map<Long, Project> continuation =
                projects
                        .findByContinuesFromIdInAndAcademicYear(
                                current.keySet(), year.next().startYear())
                        .stream()
                        .filter(p -> mayRun(p, hubId) && !p.isWithdrawn())
                        .collect(Collectors.toMap(Project::getContinuesFromId, Function.identity(), (a, b) -> a));
        List<WorkGroup> copies = new java.util.ArrayList<>();
        List<String> without = new java.util.ArrayList<>();
        int already = 0;
        for (WorkGroup g : groups) {
            if (existing.contains(g.getName())) {
                already++;
            } else if (continuation.containsKey(g.getProjectId())) {
                copies.add(g.copyFor(
                        year.next(), continuation.get(g.getProjectId()).getId()));
            } else {
                without.add(g.getName() + " (" + current.get(g.getProjectId()).getCode() + ")");
            }
        }
        workGroups.saveAll(copies);
        events.publishEvent(Audited.of(
                        "catalogue.offer-copied",
                        hubId,
                        year.toString(),
                        year.next(),
                        copies.size(),
                        String.join(", ", without))
                .worded(
                        without.isEmpty()
                                ? "audit.detail.catalogue.offer-copied"
                                : "audit.detail.catalogue.offer-copied.without"));
        return new CopyResult(copies.size(), without, already);
    }

    /**
     * A project the hub may run in the work group's year: another year's, another hub's innovation project,
     * or one the national centre has withdrawn (unless the group already runs it: {@code kept}) is refused.
     */
    private void requireProject(long projectId, long hubId, AcademicYear year, Long kept) {
        Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException("not-found.project"));
        if (!mayRun(project, hubId)) {
            throw new Refused("projectId", "offer.project.otherHub");
        }
        if (project.isWithdrawn() && !project.getId().equals(kept)) {
            throw new Refused("projectId", "offer.project.withdrawn", project.getCode());
        }
        if (!project.getAcademicYear().equals(year)) {
            throw new Refused("projectId", "offer.project.otherYear", project.getCode(), year.toString());
        }
    }

    /** The roles each school must nominate read as roles, and fit in its places. */
    private static void requireRoles(WorkGroupInput input) {
        RequiredRoles roles;
        try {
            roles = RequiredRoles.parse(input.rolesRequired());
        } catch (IllegalArgumentException notRoles) {
            throw new Refused("rolesRequired", "offer.roles.format", notRoles.getMessage());
        }
        if (roles.total() > input.placesPerSchool()) {
            throw new Refused("rolesRequired", "offer.roles.tooMany", roles.describe(), input.placesPerSchool());
        }
    }

    private static WorkGroup apply(WorkGroup group, WorkGroupInput in) {
        return group.offer(
                        in.summary(),
                        in.capacitySchools(),
                        in.placesPerSchool(),
                        in.rolesRequired() == null
                                ? null
                                : RequiredRoles.parse(in.rolesRequired()).text())
                .sessions(
                        in.sessionCount(),
                        in.sessionLength(),
                        in.sessionFormat(),
                        in.venue(),
                        in.startMonth(),
                        in.applicationDeadline())
                .charges(in.costPence(), in.noShowChargePence())
                .leads(in.leadPersonId(), in.coLeadPersonId());
    }
}
