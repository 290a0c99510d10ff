package org.hubcycle.enrolment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.enrolment.domain.EnrolmentRepository;
import org.hubcycle.enrolment.domain.FundedCount;
import org.hubcycle.enrolment.domain.StatusCount;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.AfterCommit;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A hub's year in figures: applications by status, engaged schools, committed funding and charges. */
@Service
public class EnrolmentFigures {

    /** A work group's applications counted by status, with its places. */
    public record GroupCount(Terms group, Map<EnrolmentStatus, Long> counts, int placesTaken) {

        public long count(String status) {
            return counts.getOrDefault(EnrolmentStatus.valueOf(status), 0L);
        }

        public long applications() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One work group's applications counted by status, and the places they hold. */
    public record StatusCounts(Map<EnrolmentStatus, Long> counts) {

        public long count(String status) {
            return counts.getOrDefault(EnrolmentStatus.valueOf(status), 0L);
        }

        public int placesTaken() {
            return placesHeld(counts);
        }
    }

    /** Committed funding and charges of one work group in a year. */
    public record Money(Terms group, int places, int lateWithdrawals, long fundingPence, long chargesPence) {

        public String funding() {
            return Funding.pounds(fundingPence);
        }

        public String charges() {
            return Funding.pounds(chargesPence);
        }
    }

    /** How long a year's completions are used before they are read again (each is ~12,000 schools nationally). */
    static final Duration FRESH_FOR = Duration.ofMinutes(10);

    /** A year's schools with a completed enrolment, as read at a time. */
    private record Completed(Instant at, Set<Integer> schools) {}

    private final Map<Integer, Completed> completed = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final EnrolmentRepository enrolments;
    private final WorkGroupTerms workGroups;
    private final HubOffers offers;
    private final SystemWork system;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EnrolmentFigures(
            EnrolmentRepository enrolments,
            WorkGroupTerms workGroups,
            HubOffers offers,
            SystemWork system,
            DataSource dataSource,
            Clock clock) {
        this.enrolments = enrolments;
        this.workGroups = workGroups;
        this.offers = offers;
        this.system = system;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(5_000);
        this.clock = clock;
    }

    /** The figures of a hub's year, for its enrolment page. */
    public record Year(List<GroupCount> groups, List<Money> money, long engaged) {}

    /**
     * A hub's year at once: its published work groups' applications by status, funding and charges (of
     * any work group that holds places), and engaged schools, in one transaction that reads the work
     * groups' terms once for both tables.
     */
    @Transactional(readOnly = true)
    public Year year(long hubId, AcademicYear year) {
        List<Long> workGroupIds = offers.publishedIds(hubId, year);
        Map<Long, FundedCount> funded = funded(hubId, year);
        Set<Long> ids = new LinkedHashSet<>(workGroupIds);
        ids.addAll(funded.keySet());
        List<Terms> terms = workGroups.of(ids);
        Set<Long> listed = Set.copyOf(workGroupIds);
        return new Year(
                counts(
                        hubId,
                        year,
                        terms.stream().filter(t -> listed.contains(t.id())).toList()),
                money(terms.stream().filter(t -> funded.containsKey(t.id())).toList(), funded),
                engagedSchools(hubId, year));
    }

    /** One work group's applications counted by status (the caller has checked the reader may see it). */
    @Transactional(readOnly = true)
    public StatusCounts counts(long workGroupId) {
        return new StatusCounts(byStatus(enrolments.countsOfWorkGroup(workGroupId)));
    }

    /**
     * Every school with at least one completed enrolment in the year, in any hub: England's engaged
     * schools by the DfE's counting rule (signed up but not completed does not count), as URNs as they
     * were when the school took part. Read for the system: engagement is counted across hubs.
     */
    public Set<Integer> completedSchools(AcademicYear year) {
        Completed kept = completed.get(year.startYear());
        if (kept != null && kept.at().plus(FRESH_FOR).isAfter(clock.instant())) {
            return kept.schools();
        }
        long seen = changes.get();
        Instant at = clock.instant();
        Set<Integer> schools = system.inTransaction(
                () -> Set.copyOf(enrolments.schoolsWith(year.startYear(), EnrolmentStatus.COMPLETED)));
        if (changes.get() == seen) {
            completed.put(year.startYear(), new Completed(at, schools));
        }
        return schools;
    }

    /**
     * A change to an enrolment's status (each is audited as {@code enrolment.<status>}) is counted at once
     * on this node: the kept completions are dropped, and a reading begun before the change is not kept.
     * Another node sees it within {@link #FRESH_FOR}.
     */
    @EventListener
    void onChange(Audited event) {
        if (event.type().startsWith("enrolment.")) {
            AfterCommit.run(() -> {
                changes.incrementAndGet();
                completed.clear();
            });
        }
    }

    /** Schools that completed out of those whose place came to an end with a result (completed or not), per hub. */
    public record Completion(long completed, long ended) {

        public double percent() {
            return ended == 0 ? 0 : 100.0 * completed / ended;
        }
    }

    /**
     * Each hub's completion in a year (the hubs the scope sees): of the enrolments that ended completed
     * or not completed, the share completed. Withdrawals are left out: a withdrawal is often an
     * application that never held a place, and is reported beside it as a count of its own.
     */
    @Transactional(readOnly = true)
    public Map<Long, Completion> completionByHub(AcademicYear year) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : enrolments.countsByHub(year.startYear())) {
            EnrolmentStatus status = (EnrolmentStatus) row[1];
            if (status == EnrolmentStatus.COMPLETED || status == EnrolmentStatus.NOT_COMPLETED) {
                long[] c = counts.computeIfAbsent((Long) row[0], h -> new long[2]);
                c[1] += (Long) row[2];
                if (status == EnrolmentStatus.COMPLETED) {
                    c[0] += (Long) row[2];
                }
            }
        }
        Map<Long, Completion> completion = new HashMap<>();
        counts.forEach((hub, c) -> completion.put(hub, new Completion(c[0], c[1])));
        return completion;
    }

    /**
     * What a work group (or a project, summed) reached in a year: schools that held a place (taking part,
     * completed or not), completed, withdrawn (at any point), and the participants named on the places held.
     */
    public record Reach(long recruited, long completed, long withdrawn, long participants) {

        public static final Reach NONE = new Reach(0, 0, 0, 0);

        public Reach plus(Reach other) {
            return new Reach(
                    recruited + other.recruited,
                    completed + other.completed,
                    withdrawn + other.withdrawn,
                    participants + other.participants);
        }
    }

    /** Each work group's reach in a year, by its id: a hub's groups, or (hub null) every hub's the scope sees. */
    @Transactional(readOnly = true)
    public Map<Long, Reach> reachByWorkGroup(Long hubId, AcademicYear year) {
        Map<Long, long[]> counts = counted(enrolments.countsByWorkGroup(hubId, year.startYear(), year.startYear()));
        for (Object[] row :
                enrolments.participantsByWorkGroup(hubId, year.startYear(), EnrolmentStatus.holdingPlace())) {
            counts.computeIfAbsent((Long) row[0], g -> new long[4])[3] = (Long) row[1];
        }
        return reach(counts);
    }

    /**
     * Each work group's reach in the years from {@code first} to {@code last}, by its id, without its
     * participants (counting them over ten years of every hub is the slow part): for reach year on year.
     */
    @Transactional(readOnly = true)
    public Map<Long, Reach> reachByWorkGroup(Long hubId, AcademicYear first, AcademicYear last) {
        return reach(counted(enrolments.countsByWorkGroup(hubId, first.startYear(), last.startYear())));
    }

    /** Schools recruited, completed and withdrawn per work group: [recruited, completed, withdrawn, participants]. */
    private static Map<Long, long[]> counted(List<StatusCount> byStatus) {
        Map<Long, long[]> counts = new HashMap<>();
        for (StatusCount c : byStatus) {
            long[] r = counts.computeIfAbsent(c.workGroupId(), g -> new long[4]);
            if (c.status().holdsPlace()) {
                r[0] += c.count();
            }
            if (c.status() == EnrolmentStatus.COMPLETED) {
                r[1] += c.count();
            }
            if (c.status() == EnrolmentStatus.WITHDRAWN) {
                r[2] += c.count();
            }
        }
        return counts;
    }

    private static Map<Long, Reach> reach(Map<Long, long[]> counts) {
        Map<Long, Reach> reach = new HashMap<>();
        counts.forEach((group, r) -> reach.put(group, new Reach(r[0], r[1], r[2], r[3])));
        return reach;
    }

    /** An enrolment behind a figure: which school (its URN then), in which work group, and how it stands. */
    public record Listed(long id, int schoolUrn, long workGroupId, EnrolmentStatus status) {}

    /** A year's enrolments of these statuses, in a hub (null: every hub the scope sees), by work group. */
    @Transactional(readOnly = true)
    public List<Listed> listed(Long hubId, AcademicYear year, Set<EnrolmentStatus> statuses) {
        return enrolments.listed(hubId, year.startYear(), statuses).stream()
                .map(row -> new Listed((Long) row[0], (Integer) row[1], (Long) row[2], (EnrolmentStatus) row[3]))
                .toList();
    }

    /** A stage of a Teaching for Mastery pathway that a school (by its URN then) completed in a year. */
    public record StageCompleted(int urn, TfmPathways.Pathway pathway, int stage, int startYear) {}

    /**
     * Every stage of the Teaching for Mastery pathways completed in any year, in any hub: what a school's
     * place on the pathway is worked out from. Read for the system, like engagement, with plain JDBC from
     * one index (about 30,000 rows on the national dataset).
     */
    public List<StageCompleted> stagesCompleted() {
        Map<String, TfmPathways.Pathway> byFamily = new HashMap<>();
        TfmPathways.ALL.forEach(p -> p.families().forEach(f -> byFamily.put(f, p)));
        String families = String.join(", ", Collections.nCopies(byFamily.size(), "?"));
        List<Object> parameters = new ArrayList<>(List.of(EnrolmentStatus.COMPLETED.name()));
        parameters.addAll(byFamily.keySet());
        return jdbc.query(
                "select school_urn, project_family, academic_year from enrolment where status = ?"
                        + " and project_family in (" + families + ")",
                (rs, i) -> {
                    TfmPathways.Pathway p = byFamily.get(rs.getString(2));
                    return new StageCompleted(rs.getInt(1), p, p.stageOf(rs.getString(2)), rs.getInt(3));
                },
                parameters.toArray());
    }

    /**
     * The hub's engaged schools in a year: those with at least one completed enrolment. A school that
     * signed up but did not complete does not count (the DfE's counting rule).
     */
    @Transactional(readOnly = true)
    public long engagedSchools(long hubId, AcademicYear year) {
        return enrolments.countEngaged(hubId, year.startYear(), EnrolmentStatus.COMPLETED);
    }

    /** Funding committed to schools with places, and what schools are charged, per work group of a hub's year. */
    @Transactional(readOnly = true)
    public List<Money> money(long hubId, AcademicYear year) {
        Map<Long, FundedCount> funded = funded(hubId, year);
        return money(workGroups.of(funded.keySet()), funded);
    }

    private List<GroupCount> counts(long hubId, AcademicYear year, List<Terms> groups) {
        Map<Long, Map<EnrolmentStatus, Long>> counts = enrolments.countsByWorkGroup(hubId, year.startYear()).stream()
                .collect(Collectors.groupingBy(StatusCount::workGroupId, Collectors.toList()))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> byStatus(e.getValue())));
        return groups.stream()
                .map(t -> {
                    Map<EnrolmentStatus, Long> c = counts.getOrDefault(t.id(), Map.of());
                    return new GroupCount(t, c, placesHeld(c));
                })
                .toList();
    }

    private static Map<EnrolmentStatus, Long> byStatus(List<StatusCount> counts) {
        return counts.stream()
                .collect(Collectors.toMap(
                        StatusCount::status,
                        StatusCount::count,
                        Long::sum,
                        () -> new EnumMap<>(EnrolmentStatus.class)));
    }

    private static int placesHeld(Map<EnrolmentStatus, Long> counts) {
        return (int) counts.entrySet().stream()
                .filter(x -> x.getKey().holdsPlace())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    private Map<Long, FundedCount> funded(long hubId, AcademicYear year) {
        return enrolments.funded(hubId, year.startYear(), EnrolmentStatus.holdingPlace()).stream()
                .collect(Collectors.toMap(FundedCount::workGroupId, Function.identity()));
    }

    private static List<Money> money(List<Terms> groups, Map<Long, FundedCount> funded) {
        return groups.stream()
                .map(t -> {
                    FundedCount counts = funded.get(t.id());
                    int placesHeld = (int) counts.placesHeld();
                    int late = (int) counts.lateWithdrawals();
                    Funding funding = t.funding();
                    return new Money(
                            t,
                            placesHeld,
                            late,
                            (long) placesHeld * funding.perSchoolPence(),
                            (long) placesHeld * t.costPence() + (long) late * t.noShowChargePence());
                })
                .sorted(Comparator.comparing(m -> m.group().name()))
                .toList();
    }
}
