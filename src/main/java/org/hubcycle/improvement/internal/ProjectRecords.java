package org.hubcycle.improvement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubcycle.directory.People.PersonView;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.improvement.domain.Audience;
import org.hubcycle.improvement.domain.Kpi;
import org.hubcycle.improvement.domain.KpiRepository;
import org.hubcycle.improvement.domain.ProjectVisit;
import org.hubcycle.improvement.domain.ProjectVisitRepository;
import org.hubcycle.improvement.domain.Risk;
import org.hubcycle.improvement.domain.RiskRepository;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.YearGroups;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a project keeps while it runs: its KPIs, its register of risks, and its leaders' Records of Visits
 * (seed 003), with each school's coverage (visits, the year groups it teaches that no visit has seen yet,
 * when its governors last met a leader). All of them change only while the project is open.
 */
@Service
public class ProjectRecords {

    /** Governors met less often than this while a project runs are due a visit (seed 003: a term). */
    public static final int GOVERNORS_DUE_DAYS = 90;

    public record KpiView(long id, Kpi.Words words, LocalDate reviewedOn, int version) {}

    public record RiskView(long id, Risk.Words words, int version) {}

    public record VisitView(
            long id, long visitorPersonId, String visitorName, String school, ProjectVisit.Words words, int version) {}

    /** One school's coverage by the project's visits. */
    public record SchoolLine(
            int urn, String name, int visits, LocalDate lastVisit, LocalDate governorsLast, List<String> notSeen) {}

    /** The project's coverage of its schools: kept with its final report as it stood when submitted. */
    public record Coverage(List<SchoolLine> schools, int visits, int governorVisits) {

        /** A school whose governors no visit has met for a term while the project runs. */
        public boolean governorsDue(SchoolLine line, ProjectView project, LocalDate today) {
            if (!project.open()
                    || today.isBefore(project.plan().startsOn().plusDays(GOVERNORS_DUE_DAYS))
                    || today.isAfter(project.plan().endsOn())) {
                return false;
            }
            return line.governorsLast() == null || line.governorsLast().isBefore(today.minusDays(GOVERNORS_DUE_DAYS));
        }
    }

    private final KpiRepository kpis;
    private final RiskRepository risks;
    private final ProjectVisitRepository visits;
    private final Schools schools;
    private final Dates dates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectRecords(
            KpiRepository kpis,
            RiskRepository risks,
            ProjectVisitRepository visits,
            Schools schools,
            Dates dates,
            ApplicationEventPublisher events,
            Clock clock) {
        this.kpis = kpis;
        this.risks = risks;
        this.visits = visits;
        this.schools = schools;
        this.dates = dates;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<KpiView> kpis(ProjectView project) {
        return kpis.findByProjectIdOrderById(project.id()).stream()
                .map(k -> new KpiView(k.getId(), k.words(), k.getReviewedOn(), k.getVersion()))
                .toList();
    }

    @Transactional(readOnly = true)
    public KpiView kpi(ProjectView project, long id) {
        Kpi kpi = kpiOf(project, id);
        return new KpiView(kpi.getId(), kpi.words(), kpi.getReviewedOn(), kpi.getVersion());
    }

    @Transactional
    public void addKpi(ProjectView project, Kpi.Words words) {
        requireOpen(project);
        kpis.save(new Kpi(project.hubId(), project.id(), words, LocalDate.now(clock)));
        events.publishEvent(Audited.of(
                "improvement.kpi-added", project.hubId(), project.plan().title(), words.measure()));
    }

    @Transactional
    public void changeKpi(ProjectView project, long id, int version, Kpi.Words words) {
        requireOpen(project);
        Kpi kpi = kpiOf(project, id);
        requireVersion(kpi.getVersion(), version);
        kpi.write(words, LocalDate.now(clock));
        events.publishEvent(Audited.of(
                "improvement.kpi-changed",
                project.hubId(),
                project.plan().title(),
                words.measure(),
                words.rating().label()));
    }

    /** The register of risks: open ones first, then the highest scores. */
    @Transactional(readOnly = true)
    public List<RiskView> risks(ProjectView project) {
        return risks.findByProjectIdOrderById(project.id()).stream()
                .map(r -> new RiskView(r.getId(), r.words(), r.getVersion()))
                .sorted(Comparator.comparing((RiskView r) -> r.words().closed())
                        .thenComparing(r -> -r.words().score()))
                .toList();
    }

    @Transactional(readOnly = true)
    public RiskView risk(ProjectView project, long id) {
        Risk risk = riskOf(project, id);
        return new RiskView(risk.getId(), risk.words(), risk.getVersion());
    }

    @Transactional
    public void addRisk(ProjectView project, Risk.Words words) {
        requireOpen(project);
        risks.save(new Risk(project.hubId(), project.id(), words));
        events.publishEvent(Audited.of(
                "improvement.risk-added", project.hubId(), project.plan().title(), words.description()));
    }

    @Transactional
    public void changeRisk(ProjectView project, long id, int version, Risk.Words words) {
        requireOpen(project);
        Risk risk = riskOf(project, id);
        requireVersion(risk.getVersion(), version);
        risk.write(words);
        events.publishEvent(Audited.of(
                "improvement.risk-changed", project.hubId(), project.plan().title(), words.description()));
    }

    /**
     * A page of these visits, all the project's, the latest first: their schools are named from the project's, so no
     * query is needed unless a visit was to a school the project no longer names.
     */
    Page<VisitView> visits(ProjectView project, List<ProjectVisit> all, Pageable pageable) {
        int from = (int) Math.min(pageable.getOffset(), all.size());
        List<ProjectVisit> shown = all.subList(from, Math.min(from + pageable.getPageSize(), all.size()));
        Map<Integer, String> names = new HashMap<>();
        project.schools().forEach(school -> names.put((int) school.id(), school.name()));
        Set<Integer> unnamed = shown.stream()
                .map(ProjectVisit::getSchoolUrn)
                .filter(urn -> !names.containsKey(urn))
                .collect(Collectors.toSet());
        if (!unnamed.isEmpty()) {
            names.putAll(schools.namesByUrn(unnamed));
        }
        return new PageImpl<>(shown.stream().map(v -> view(v, names)).toList(), pageable, all.size());
    }

    @Transactional(readOnly = true)
    public VisitView visit(ProjectView project, long id) {
        ProjectVisit visit = visitOf(project, id);
        return view(visit, schools.namesByUrn(Set.of(visit.words().schoolUrn())));
    }

    /** The schools visits have been to and the days of the first and last (null without visits): a plan keeps them. */
    public record Visited(Set<Integer> schools, LocalDate first, LocalDate last) {}

    @Transactional(readOnly = true)
    public Visited visited(long projectId) {
        List<ProjectVisit> all = visits.findByProjectIdOrderByDateDescIdDesc(projectId);
        return new Visited(
                all.stream().map(v -> v.words().schoolUrn()).collect(Collectors.toSet()),
                all.isEmpty() ? null : all.get(all.size() - 1).words().date(),
                all.isEmpty() ? null : all.get(0).words().date());
    }

    @Transactional
    public long record(ProjectView project, PersonView visitor, ProjectVisit.Words words) {
        requireOpen(project);
        requireSound(project, words);
        ProjectVisit visit =
                visits.save(new ProjectVisit(project.hubId(), project.id(), visitor.id(), visitor.fullName(), words));
        events.publishEvent(Audited.of(
                "improvement.visit-recorded",
                project.hubId(),
                project.plan().title(),
                words.schoolUrn(),
                dates.date(words.date())));
        return visit.getId();
    }

    @Transactional
    public void correct(ProjectView project, long id, int version, ProjectVisit.Words words) {
        requireOpen(project);
        requireSound(project, words);
        ProjectVisit visit = visitOf(project, id);
        requireVersion(visit.getVersion(), version);
        visit.correct(words);
        events.publishEvent(Audited.of(
                "improvement.visit-corrected",
                project.hubId(),
                project.plan().title(),
                words.schoolUrn(),
                dates.date(words.date())));
    }

    @Transactional
    public void delete(ProjectView project, long id, int version) {
        requireOpen(project);
        ProjectVisit visit = visitOf(project, id);
        requireVersion(visit.getVersion(), version);
        visits.delete(visit);
        events.publishEvent(Audited.of(
                "improvement.visit-deleted",
                project.hubId(),
                project.plan().title(),
                visit.words().schoolUrn(),
                dates.date(visit.words().date())));
    }

    /**
     * What is wrong with a visit as recorded, each beside its field: a school not on the project, a date to
     * come or outside the project, nobody worked with, no year groups seen or one that is not a year group.
     */
    public List<Refused> problems(ProjectView project, ProjectVisit.Words words) {
        List<Refused> problems = new ArrayList<>();
        if (!project.plan().schools().contains(words.schoolUrn())) {
            problems.add(new Refused("schoolUrn", "improvement.visit.school.required"));
        }
        if (words.date() != null) {
            if (words.date().isAfter(LocalDate.now(clock))) {
                problems.add(new Refused("day", "improvement.visit.date.future"));
            } else if (words.date().isBefore(project.plan().startsOn())
                    || words.date().isAfter(project.plan().endsOn())) {
                problems.add(new Refused(
                        "day",
                        "improvement.visit.date.outside",
                        dates.date(project.plan().startsOn()),
                        dates.date(project.plan().endsOn())));
            }
        }
        if (words.audiences().isEmpty()) {
            problems.add(new Refused("audiences", "improvement.visit.audiences.required"));
        }
        if (words.yearGroups().isEmpty() || !YearGroups.ALL.containsAll(words.yearGroups())) {
            problems.add(new Refused("yearGroups", "improvement.visit.years.required"));
        }
        return problems;
    }

    private void requireSound(ProjectView project, ProjectVisit.Words words) {
        List<Refused> problems = problems(project, words);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /** The year groups the project's schools teach, in school order: what a visit to them can see. */
    @Transactional(readOnly = true)
    public List<String> yearGroupsTaught(ProjectView project) {
        return YearGroups.union(schools.summaries(project.plan().schools()).values().stream()
                .map(SchoolSummary::yearGroups)
                .toList());
    }

    /** Each school's visits, governors' last meeting and the year groups no visit has seen (two queries). */
    @Transactional(readOnly = true)
    public Coverage coverage(ProjectView project) {
        return coverage(project, allVisits(project));
    }

    /** Every visit of the project, the latest first: its page shows a page of them beside the coverage of all. */
    List<ProjectVisit> allVisits(ProjectView project) {
        return visits.findByProjectIdOrderByDateDescIdDesc(project.id());
    }

    /** The coverage by these visits, all the project's, the latest first (one query, of its schools). */
    Coverage coverage(ProjectView project, List<ProjectVisit> all) {
        Map<Integer, SchoolSummary> summaries = schools.summaries(project.plan().schools());
        Map<Integer, List<ProjectVisit.Words>> bySchool = new HashMap<>();
        int governorVisits = 0;
        for (ProjectVisit visit : all) {
            ProjectVisit.Words words = visit.words();
            bySchool.computeIfAbsent(words.schoolUrn(), urn -> new ArrayList<>())
                    .add(words);
            if (words.audiences().contains(Audience.GOVERNORS)) {
                governorVisits++;
            }
        }
        List<SchoolLine> lines = new ArrayList<>();
        for (int urn : project.plan().schools()) {
            SchoolSummary school = summaries.get(urn);
            List<ProjectVisit.Words> seen = bySchool.getOrDefault(urn, List.of());
            Set<String> yearsSeen = new HashSet<>();
            seen.forEach(w -> yearsSeen.addAll(w.yearGroups()));
            List<String> notSeen = (school == null ? YearGroups.ALL : school.yearGroups())
                    .stream().filter(y -> !yearsSeen.contains(y)).toList();
            lines.add(new SchoolLine(
                    urn,
                    school == null ? "URN " + urn : school.name(),
                    seen.size(),
                    seen.isEmpty() ? null : seen.get(0).date(),
                    seen.stream()
                            .filter(w -> w.audiences().contains(Audience.GOVERNORS))
                            .map(ProjectVisit.Words::date)
                            .findFirst()
                            .orElse(null),
                    notSeen));
        }
        lines.sort(Comparator.comparing(SchoolLine::name));
        return new Coverage(lines, all.size(), governorVisits);
    }

    private Kpi kpiOf(ProjectView project, long id) {
        return kpis.findById(id)
                .filter(k -> k.getProjectId() == project.id())
                .orElseThrow(() -> new NotFoundException("not-found.improvement-kpi"));
    }

    private Risk riskOf(ProjectView project, long id) {
        return risks.findById(id)
                .filter(r -> r.getProjectId() == project.id())
                .orElseThrow(() -> new NotFoundException("not-found.improvement-risk"));
    }

    private ProjectVisit visitOf(ProjectView project, long id) {
        return visits.findById(id)
                .filter(v -> v.getProjectId() == project.id())
                .orElseThrow(() -> new NotFoundException("not-found.improvement-visit"));
    }

    private static void requireOpen(ProjectView project) {
        if (!project.open()) {
            throw new Refused(null, "improvement.project.closed");
        }
    }

    private static void requireVersion(int actual, int seen) {
        if (seen >= 0 && actual != seen) {
            throw new Refused(null, "improvement.record.changed");
        }
    }

    private static VisitView view(ProjectVisit visit, Map<Integer, String> names) {
        ProjectVisit.Words words = visit.words();
        return new VisitView(
                visit.getId(),
                visit.getVisitorPersonId(),
                visit.getVisitorName(),
                names.getOrDefault(words.schoolUrn(), "URN " + words.schoolUrn()),
                words,
                visit.getVersion());
    }
}
