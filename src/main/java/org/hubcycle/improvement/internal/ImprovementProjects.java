package org.hubcycle.improvement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.directory.People.PersonView;
import org.hubcycle.directory.Schools;
import org.hubcycle.improvement.domain.ImprovementProject;
import org.hubcycle.improvement.domain.ImprovementProject.Plan;
import org.hubcycle.improvement.domain.ImprovementProject.Report;
import org.hubcycle.improvement.domain.ImprovementProjectRepository;
import org.hubcycle.improvement.internal.ProjectRecords.Coverage;
import org.hubcycle.leadership.SystemLeaders;
import org.hubcycle.leadership.SystemLeaders.Leader;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.ReportReceived;
import org.hubcycle.shared.ReportStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hub's school improvement projects (seed 003): the hub's team plans one (its aims, period, schools and
 * the SLEs and NLEs who work on it), and at its end writes the final monitoring report, which the hub lead
 * submits with the project's coverage as it then stands; the national centre accepts it or returns it with
 * a comment, and the person who submitted it is emailed the decision.
 */
@Service
public class ImprovementProjects {

    /** A line of a list of projects. */
    public record Listed(
            long id, String hubName, String title, LocalDate startsOn, LocalDate endsOn, ReportStatus status) {}

    private final ImprovementProjectRepository projects;
    private final ProjectRecords records;
    private final Schools schools;
    private final People people;
    private final Hubs hubs;
    private final SystemLeaders systemLeaders;
    private final Dates dates;
    private final Outbox outbox;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImprovementProjects(
            ImprovementProjectRepository projects,
            ProjectRecords records,
            Schools schools,
            People people,
            Hubs hubs,
            SystemLeaders systemLeaders,
            Dates dates,
            Outbox outbox,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock) {
        this.projects = projects;
        this.records = records;
        this.schools = schools;
        this.people = people;
        this.hubs = hubs;
        this.systemLeaders = systemLeaders;
        this.dates = dates;
        this.outbox = outbox;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** The projects the scope sees (a hub's own, or every hub's), the latest first. */
    @Transactional(readOnly = true)
    public Page<Listed> list(Pageable pageable) {
        return listed(projects.findAllByOrderByStartsOnDescIdDesc(pageable));
    }

    /** The projects whose final report waits for the national centre's decision, the latest first. */
    @Transactional(readOnly = true)
    public Page<Listed> awaitingDecision(Pageable pageable) {
        return listed(projects.findByStatusOrderByStartsOnDescIdDesc(ReportStatus.SUBMITTED, pageable));
    }

    @Transactional(readOnly = true)
    public long countAwaitingDecision() {
        return projects.countByStatus(ReportStatus.SUBMITTED);
    }

    /** One hub's projects (of those the scope sees), the latest first. */
    @Transactional(readOnly = true)
    public Page<Listed> ofHub(long hubId, Pageable pageable) {
        return listed(projects.findByHubIdOrderByStartsOnDescIdDesc(hubId, pageable));
    }

    /** The projects a leader works on, the latest first. */
    @Transactional(readOnly = true)
    public Page<Listed> ledBy(long personId, Pageable pageable) {
        return listed(projects.findByLeader(personId, pageable));
    }

    private Page<Listed> listed(Page<ImprovementProject> page) {
        Map<Long, String> hubNames =
                hubs.namesById(page.map(ImprovementProject::getHubId).toSet());
        return page.map(p -> new Listed(
                p.getId(), hubNames.get(p.getHubId()), p.getTitle(), p.getStartsOn(), p.getEndsOn(), p.getStatus()));
    }

    /** A project of the scope; another hub's is not found, as an unknown one is. */
    @Transactional(readOnly = true)
    public ProjectView find(long id) {
        return view(load(id));
    }

    /**
     * The SLEs and NLEs of the hub who may be named on a project running over these days (today when not known): not
     * those who had left the register by its first day.
     */
    @Transactional(readOnly = true)
    public List<Leader> leadersFor(long hubId, LocalDate startsOn, LocalDate endsOn) {
        LocalDate from = startsOn != null ? startsOn : LocalDate.now(clock);
        LocalDate to = endsOn != null && !endsOn.isBefore(from) ? endsOn : from;
        return systemLeaders.of(hubId, from, to);
    }

    @Transactional
    public long start(long hubId, Plan plan, String by) {
        check(hubId, plan);
        ImprovementProject project = projects.save(new ImprovementProject(hubId, plan, clock.instant(), by));
        events.publishEvent(Audited.of("improvement.project-started", hubId, plan.title()));
        tellLeaders(project, plan.leaders());
        return project.getId();
    }

    /** Changes the plan; {@code version} is the one its form was opened on. */
    @Transactional
    public void replan(long id, int version, Plan plan, String by) {
        ImprovementProject project = current(id, version);
        check(project.getHubId(), plan);
        ProjectRecords.Visited visited = records.visited(id);
        if (visited.first() != null
                && (visited.first().isBefore(plan.startsOn()) || visited.last().isAfter(plan.endsOn()))) {
            throw new Refused(
                    "startDay",
                    "improvement.project.dates.visited",
                    dates.date(visited.first()),
                    dates.date(visited.last()));
        }
        List<String> dropped = visited.schools().stream()
                .filter(urn -> !plan.schools().contains(urn))
                .sorted()
                .map(String::valueOf)
                .toList();
        if (!dropped.isEmpty()) {
            throw new Refused("schools", "improvement.project.schools.visited", String.join(", ", dropped));
        }
        Set<Long> named = new HashSet<>(plan.leaders());
        named.removeAll(project.plan().leaders());
        project.replan(plan, clock.instant(), by);
        events.publishEvent(Audited.of("improvement.project-changed", project.getHubId(), plan.title()));
        tellLeaders(project, named);
    }

    /** Every school is one GIAS knows, and every leader an SLE or NLE of the hub in the project's years. */
    private void check(long hubId, Plan plan) {
        Set<Integer> known = schools.namesByUrn(plan.schools()).keySet();
        List<String> unknown = plan.schools().stream()
                .filter(urn -> !known.contains(urn))
                .sorted()
                .map(String::valueOf)
                .toList();
        if (!unknown.isEmpty()) {
            throw new Refused("schools", "improvement.project.schools.unknown", String.join(", ", unknown));
        }
        Set<Long> leaders = leadersFor(hubId, plan.startsOn(), plan.endsOn()).stream()
                .map(Leader::personId)
                .collect(Collectors.toSet());
        if (!leaders.containsAll(plan.leaders())) {
            throw new Refused("leaders", "improvement.project.leaders.unknown");
        }
    }

    @Transactional
    public void saveReport(long id, int version, Report report, String by) {
        current(id, version).writeReport(report, clock.instant(), by);
    }

    /** The hub lead submits the final report with the project's coverage as it stands now. */
    @Transactional
    public void submit(long id, int version, Report report, String by) {
        ImprovementProject project = current(id, version);
        project.writeReport(report, clock.instant(), by);
        Coverage coverage = records.coverage(view(project));
        project.submit(json.writeValueAsString(coverage), clock.instant(), by);
        events.publishEvent(Audited.of("improvement.report-submitted", project.getHubId(), project.getTitle()));
        events.publishEvent(new ReportReceived(
                project.getHubId(),
                hubs.namesById(List.of(project.getHubId())).get(project.getHubId()),
                "improvement.report.received",
                List.of(project.getTitle()),
                "/improvement/" + project.getId() + "/report"));
    }

    @Transactional
    public void accept(long id, int version, String by) {
        ImprovementProject project = current(id, version);
        project.accept(clock.instant(), by);
        events.publishEvent(Audited.of("improvement.report-accepted", project.getHubId(), project.getTitle()));
        tellHub(project, true);
    }

    @Transactional
    public void returnToHub(long id, int version, String comment, String by) {
        ImprovementProject project = current(id, version);
        project.returnWith(comment, clock.instant(), by);
        events.publishEvent(
                Audited.of("improvement.report-returned", project.getHubId(), project.getTitle(), comment.strip()));
        tellHub(project, false);
    }

    /** The project's coverage of its schools: as kept with its report once submitted, else as the records stand. */
    @Transactional(readOnly = true)
    public Coverage coverage(ProjectView project) {
        return project.figures() != null
                ? json.readValue(project.figures(), Coverage.class)
                : records.coverage(project);
    }

    private ImprovementProject current(long id, int version) {
        ImprovementProject project = load(id);
        if (version >= 0 && project.getVersion() != version) {
            throw new Refused(null, "improvement.project.changed");
        }
        return project;
    }

    private ImprovementProject load(long id) {
        return projects.findWithPlanById(id).orElseThrow(() -> new NotFoundException("not-found.improvement-project"));
    }

    private ProjectView view(ImprovementProject project) {
        Plan plan = project.plan();
        Map<Integer, String> schoolNames = schools.namesByUrn(plan.schools());
        Map<Long, String> leaderNames = people.namesById(plan.leaders());
        return new ProjectView(
                project.getId(),
                project.getHubId(),
                hubs.namesById(List.of(project.getHubId())).get(project.getHubId()),
                plan,
                named(plan.schools().stream().map(Integer::longValue).toList(), urn -> schoolNames.get(urn.intValue())),
                named(plan.leaders(), leaderNames::get),
                project.getStatus(),
                project.report(),
                project.getReturnComment(),
                project.getSubmittedAt(),
                project.frozen() ? project.getFigures() : null,
                project.getVersion());
    }

    private static List<ProjectView.Named> named(Collection<Long> ids, Function<Long, String> name) {
        return ids.stream()
                .map(id -> new ProjectView.Named(id, name.apply(id) == null ? String.valueOf(id) : name.apply(id)))
                .sorted(Comparator.comparing(ProjectView.Named::name))
                .toList();
    }

    /** Emails each leader newly named on the project where to find it and record their visits. */
    private void tellLeaders(ImprovementProject project, Collection<Long> named) {
        for (PersonView leader : people.views(named).values()) {
            if (leader.email() == null) {
                continue; // the hub erased their contact details (ADR 0048)
            }
            outbox.queue(Email.of("improvement.leader-named")
                    .to(leader.email())
                    .hub(project.getHubId())
                    .subject(project.getTitle())
                    .with("name", leader.fullName())
                    .with("title", project.getTitle())
                    .with("from", dates.date(project.getStartsOn()))
                    .with("to", dates.date(project.getEndsOn()))
                    .with("id", project.getId()));
        }
    }

    /** Emails the national centre's decision to the person who submitted the report. */
    private void tellHub(ImprovementProject project, boolean accepted) {
        outbox.queue(Email.of("improvement.report-decided")
                .to(project.getSubmittedBy())
                .hub(project.getHubId())
                .subject(project.getTitle(), accepted ? "accepted" : "returned to change")
                .with("title", project.getTitle())
                .with("id", project.getId())
                .with("accepted", accepted)
                .with("comment", project.getReturnComment()));
    }
}
