package org.hubcycle.insights.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.SchoolFacts;
import org.hubcycle.directory.SchoolFacts.Fact;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.EnrolmentFigures;
import org.hubcycle.enrolment.EnrolmentFigures.Reach;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.hubcycle.enrolment.TfmPathways;
import org.hubcycle.leadership.MasterySpecialists;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.SystemWork;
import org.springframework.stereotype.Service;

/**
 * The reach of a year's offer: per project and per work group, the places offered, the schools that
 * held one, completed and withdrew, the places left empty and the participants; and the capacity of
 * the hub's leaders, its active Mastery Specialists per phase against its schools. For a hub (its
 * published work groups) beside England's capacity; for England, every hub's projects summed.
 */
@Service
public class OfferReach {

    /** A work group's reach: its places, and what the enrolments reached. */
    public record GroupLine(WorkGroupBrief group, Reach reach) {

        public long emptyPlaces() {
            return Math.max(0, group.capacitySchools() - reach.recruited());
        }
    }

    /** A project's reach, its work groups summed. */
    public record ProjectLine(String code, String title, int groups, long places, Reach reach) {

        public long emptyPlaces() {
            return Math.max(0, places - reach.recruited());
        }
    }

    /** A year's offer summed: its published work groups, their places and what they reached (participants apart). */
    public record YearLine(AcademicYear year, int groups, long places, Reach reach) {

        public long emptyPlaces() {
            return Math.max(0, places - reach.recruited());
        }
    }

    /** Active Mastery Specialists of a pathway's phase against the schools that follow it. */
    public record Capacity(String pathway, long specialists, long schools) {

        /** Schools per specialist, or null with none. */
        public Double schoolsPerSpecialist() {
            return specialists == 0 ? null : (double) schools / specialists;
        }
    }

    /** The year's reach: a hub's (hub null: England's) projects and work groups, and capacity for the hub and England. */
    public record Figures(
            AcademicYear year,
            HubSummary hub,
            List<ProjectLine> projects,
            List<GroupLine> groups,
            List<Capacity> hubCapacity,
            List<Capacity> englandCapacity) {}

    private final HubOffers offers;
    private final EnrolmentFigures enrolments;
    private final MasterySpecialists specialists;
    private final SchoolFacts facts;
    private final SystemWork system;
    private final Schools schools;

    OfferReach(
            HubOffers offers,
            EnrolmentFigures enrolments,
            MasterySpecialists specialists,
            SchoolFacts facts,
            SystemWork system,
            Schools schools) {
        this.offers = offers;
        this.enrolments = enrolments;
        this.specialists = specialists;
        this.facts = facts;
        this.system = system;
        this.schools = schools;
    }

    public Figures of(AcademicYear year, HubSummary hub) {
        List<WorkGroupBrief> briefs = (hub == null ? offers.briefs(year) : offers.briefs(hub.id(), year))
                .stream()
                        .filter(g -> g.status().published())
                        .sorted(Comparator.comparing(WorkGroupBrief::projectCode)
                                .thenComparing(WorkGroupBrief::name))
                        .toList();
        Map<Long, Reach> reach = enrolments.reachByWorkGroup(hub == null ? null : hub.id(), year);
        List<GroupLine> groups = briefs.stream()
                .map(g -> new GroupLine(g, reach.getOrDefault(g.id(), Reach.NONE)))
                .toList();
        Map<String, ProjectLine> projects = new LinkedHashMap<>();
        for (GroupLine g : groups) {
            projects.merge(
                    g.group().projectCode(),
                    new ProjectLine(
                            g.group().projectCode(),
                            g.group().projectTitle(),
                            1,
                            g.group().capacitySchools(),
                            g.reach()),
                    (a, b) -> new ProjectLine(
                            a.code(),
                            a.title(),
                            a.groups() + 1,
                            a.places() + b.places(),
                            a.reach().plus(b.reach())));
        }
        // Every hub's specialists, whoever asks: England's capacity is shown beside a hub's.
        Map<Long, MasterySpecialists.Active> active = system.inTransaction(() -> specialists.activeByHub(year));
        return new Figures(
                year,
                hub,
                new ArrayList<>(projects.values()),
                hub == null ? List.of() : groups,
                hub == null ? null : capacity(active, hub.id()),
                capacity(active, null));
    }

    /**
     * The ten years up to this one, oldest first, each the sum of its published work groups as the year's
     * own page sums them (without participants).
     */
    public List<YearLine> history(AcademicYear last, HubSummary hub) {
        List<AcademicYear> years = Engagement.tenYears(last);
        Map<Long, Reach> reach = enrolments.reachByWorkGroup(hub == null ? null : hub.id(), years.get(0), last);
        List<YearLine> lines = new ArrayList<>();
        for (AcademicYear y : years) {
            List<WorkGroupBrief> groups = published(y, hub);
            Reach sum = Reach.NONE;
            long places = 0;
            for (WorkGroupBrief g : groups) {
                Reach r = reach.getOrDefault(g.id(), Reach.NONE);
                sum = sum.plus(new Reach(r.recruited(), r.completed(), r.withdrawn(), 0));
                places += g.capacitySchools();
            }
            lines.add(new YearLine(y, groups.size(), places, sum));
        }
        return lines;
    }

    /** Which enrolments a reach figure counts, as its list's address names them. */
    public enum Counted {
        /** Schools that held a place: taking part, completed or not. */
        RECRUITED(EnrolmentStatus.holdingPlace()),
        COMPLETED(EnumSet.of(EnrolmentStatus.COMPLETED)),
        WITHDRAWN(EnumSet.of(EnrolmentStatus.WITHDRAWN)),
        /** Places that came to an end with a result, completed or not: what completion is a share of. */
        ENDED(EnumSet.of(EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED));

        private final Set<EnrolmentStatus> statuses;

        Counted(Set<EnrolmentStatus> statuses) {
            this.statuses = statuses;
        }
    }

    /** An enrolment behind a reach figure, with its school's name and its work group. */
    public record EnrolmentLine(int urn, String school, WorkGroupBrief group, EnrolmentStatus status) {}

    /**
     * The enrolments behind one figure, by school name: of one published work group ({@code group}), of a
     * project's published work groups ({@code project}), or (neither) of every work group of the hub's
     * year, as the national table's completion counts them. Worked out from the same reads as the figures.
     */
    public List<EnrolmentLine> enrolments(
            AcademicYear year, HubSummary hub, String project, Long group, Counted counted) {
        boolean all = project == null && group == null;
        Map<Long, WorkGroupBrief> groups = new HashMap<>();
        for (WorkGroupBrief g :
                all ? (hub == null ? offers.briefs(year) : offers.briefs(hub.id(), year)) : published(year, hub)) {
            if (all || (group != null && g.id() == group) || g.projectCode().equals(project)) {
                groups.put(g.id(), g);
            }
        }
        List<EnrolmentFigures.Listed> listed =
                enrolments.listed(hub == null ? null : hub.id(), year, counted.statuses).stream()
                        .filter(e -> all || groups.containsKey(e.workGroupId()))
                        .toList();
        Map<Integer, String> names = schools.namesByUrn(listed.stream()
                .map(EnrolmentFigures.Listed::schoolUrn)
                .distinct()
                .toList());
        return listed.stream()
                .map(e -> new EnrolmentLine(
                        e.schoolUrn(),
                        names.getOrDefault(e.schoolUrn(), String.valueOf(e.schoolUrn())),
                        groups.get(e.workGroupId()),
                        e.status()))
                .sorted(Comparator.comparing(EnrolmentLine::school).thenComparing(EnrolmentLine::urn))
                .toList();
    }

    /** A year's published work groups of the hub (null: every hub), by project and name. */
    private List<WorkGroupBrief> published(AcademicYear year, HubSummary hub) {
        return (hub == null ? offers.briefs(year) : offers.briefs(hub.id(), year))
                .stream()
                        .filter(g -> g.status().published())
                        .sorted(Comparator.comparing(WorkGroupBrief::projectCode)
                                .thenComparing(WorkGroupBrief::name))
                        .toList();
    }

    /** Capacity per pathway: a hub's (or England's, hub null) active specialists against its schools of the pathway's phases. */
    private List<Capacity> capacity(Map<Long, MasterySpecialists.Active> active, Long hubId) {
        long primary = 0;
        long secondary = 0;
        for (Map.Entry<Long, MasterySpecialists.Active> e : active.entrySet()) {
            if (hubId == null || hubId.equals(e.getKey())) {
                primary += e.getValue().primary();
                secondary += e.getValue().secondary();
            }
        }
        long primarySchools = 0;
        long secondarySchools = 0;
        for (Fact f : facts.inScope()) {
            if (f.phase() != null && (hubId == null || hubId.equals(f.hubId()))) {
                primarySchools += TfmPathways.PRIMARY.phases().contains(f.phase()) ? 1 : 0;
                secondarySchools += TfmPathways.SECONDARY.phases().contains(f.phase()) ? 1 : 0;
            }
        }
        return List.of(
                new Capacity(TfmPathways.PRIMARY.name(), primary, primarySchools),
                new Capacity(TfmPathways.SECONDARY.name(), secondary, secondarySchools));
    }
}
