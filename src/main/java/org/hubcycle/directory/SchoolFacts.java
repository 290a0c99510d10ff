package org.hubcycle.directory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.hubcycle.directory.domain.SchoolLink;
import org.hubcycle.directory.domain.SchoolLinkRepository;
import org.hubcycle.shared.AfterCommit;
import org.hubcycle.shared.Audited;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What figures about schools need of every school in scope at once: the open state-funded schools of
 * England (not independent schools), each with its phase, region, local authority, type group, trust,
 * Ofsted rating, percentage eligible for free school meals, and the hub whose area it is in (by its
 * recorded choice, else its local authority). Read in one query, without entities, and kept for ten
 * minutes (or until the directory changes on this node): every figure page needs all ~30,000 of them,
 * and twenty readers each holding their own copy ran a 256 MB heap out of memory.
 */
@Service
public class SchoolFacts {

    /** GIAS's phases of education, from the youngest pupils up, as lists and filters offer them. */
    public static final List<String> PHASES = List.of(
            "Nursery",
            "Primary",
            "Middle deemed primary",
            "Middle deemed secondary",
            "Secondary",
            "All-through",
            "16 plus",
            "Not applicable");

    /** The GIAS type groups of state-funded schools and colleges: the schools Maths Hubs serve. */
    public static final List<String> STATE_FUNDED =
            List.of("Academies", "Free Schools", "Local authority maintained schools", "Special schools", "Colleges");

    /** A school in scope, as figures break it down; any of its words may be null when GIAS has none. */
    public record Fact(
            int urn,
            String name,
            String phase,
            String region,
            String localAuthority,
            String typeGroup,
            String trust,
            String ofsted,
            BigDecimal percentFsm,
            Long hubId) {}

    /** How long a reading of the facts is used before it is read again. */
    static final Duration FRESH_FOR = Duration.ofMinutes(10);

    /** A reading of the facts, with the successors in scope found so far (NONE for a school without one). */
    private record Reading(Instant at, List<Fact> facts, Set<Integer> urns, Map<Integer, Integer> successors) {

        Reading(Instant at, List<Fact> facts) {
            this(
                    at,
                    facts,
                    Set.copyOf(facts.stream().map(Fact::urn).toList()),
                    new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    private static final int NONE = 0;

    private final JdbcTemplate jdbc;
    private final SchoolLinkRepository links;
    private final Clock clock;
    private volatile Reading reading;

    SchoolFacts(DataSource dataSource, SchoolLinkRepository links, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(5_000);
        this.links = links;
        this.clock = clock;
    }

    /** Every open state-funded school in England (about 30,000 on the national extract), as last read. */
    public List<Fact> inScope() {
        return reading().facts();
    }

    /**
     * The school in scope that each of these URNs became, following GIAS successor links through
     * conversions and amalgamations (at most ten generations); URNs with none are left out. So a converted
     * academy carries its predecessor's history. What is found is kept with the reading: ten years of
     * closed schools took most of a year-on-year page to follow again on every request.
     */
    public Map<Integer, Integer> successorsInScope(Collection<Integer> urns) {
        Reading current = reading();
        Map<Integer, Integer> found = new HashMap<>();
        List<Integer> unknown = new java.util.ArrayList<>();
        for (int urn : urns) {
            Integer known = current.successors().get(urn);
            if (known == null) {
                unknown.add(urn);
            } else if (known != NONE) {
                found.put(urn, known);
            }
        }
        if (!unknown.isEmpty()) {
            Map<Integer, Integer> fresh = successors(unknown, current.urns()::contains);
            for (int urn : unknown) {
                Integer successor = fresh.get(urn);
                current.successors().put(urn, successor == null ? NONE : successor);
                if (successor != null) {
                    found.put(urn, successor);
                }
            }
        }
        return found;
    }

    private Reading reading() {
        Reading current = reading;
        if (current == null || current.at().plus(FRESH_FOR).isBefore(clock.instant())) {
            synchronized (this) {
                current = reading;
                if (current == null || current.at().plus(FRESH_FOR).isBefore(clock.instant())) {
                    current = new Reading(clock.instant(), read());
                    reading = current;
                }
            }
        }
        return current;
    }

    /**
     * A change to the directory's schools (an import, a school's choice of hub, a hub's area) is read at once. A
     * change to its people is not a change to schools.
     */
    @EventListener
    void onChange(Audited event) {
        if (event.type().startsWith("directory.") && !event.type().startsWith("directory.person-")) {
            AfterCommit.run(() -> reading = null);
        }
    }

    private List<Fact> read() {
        // The same words repeat thousands of times (phases, regions, trusts): each is kept once.
        Map<String, String> words = new HashMap<>();
        java.util.function.UnaryOperator<String> once = w -> w == null ? null : words.computeIfAbsent(w, k -> k);
        return List.copyOf(jdbc.query(
                "select s.urn, s.name, s.phase, s.region, la.name, s.type_group, s.trust_name, s.ofsted_rating,"
                        + " s.percent_fsm, coalesce(c.hub_id, a.hub_id)"
                        + " from school s join local_authority la on la.code = s.la_code"
                        + " left join school_hub_choice c on c.urn = s.urn"
                        + " left join hub_area a on a.la_code = s.la_code"
                        + " where s.status in ('Open', 'Open, but proposed to close')"
                        + " and s.type_group in (?, ?, ?, ?, ?)",
                (rs, i) -> {
                    long hub = rs.getLong(10);
                    Long hubId = rs.wasNull() ? null : hub;
                    return new Fact(
                            rs.getInt(1),
                            rs.getString(2),
                            once.apply(rs.getString(3)),
                            once.apply(rs.getString(4)),
                            once.apply(rs.getString(5)),
                            once.apply(rs.getString(6)),
                            once.apply(rs.getString(7)),
                            once.apply(rs.getString(8)),
                            rs.getBigDecimal(9),
                            hubId);
                },
                STATE_FUNDED.toArray()));
    }

    /** The first successor of each URN that {@code current} accepts, following links ten generations at most. */
    private Map<Integer, Integer> successors(Collection<Integer> urns, java.util.function.IntPredicate current) {
        Map<Integer, Integer> found = new HashMap<>();
        // Each school reached so far, with the URNs asked about that it descends from.
        Map<Integer, Set<Integer>> frontier = new HashMap<>();
        for (int urn : urns) {
            frontier.computeIfAbsent(urn, u -> new HashSet<>()).add(urn);
        }
        Set<Integer> seen = new HashSet<>(frontier.keySet());
        for (int generation = 0; generation < 10 && !frontier.isEmpty(); generation++) {
            Map<Integer, Set<Integer>> next = new HashMap<>();
            for (SchoolLink link : links.findByUrnInAndKind(frontier.keySet(), "Successor")) {
                int successor = link.getLinkUrn();
                for (int origin : frontier.get(link.getUrn())) {
                    if (current.test(successor)) {
                        found.putIfAbsent(origin, successor);
                    } else if (seen.add(successor) || next.containsKey(successor)) {
                        next.computeIfAbsent(successor, u -> new HashSet<>()).add(origin);
                    }
                }
            }
            next.values().forEach(origins -> origins.removeIf(found::containsKey));
            next.values().removeIf(Set::isEmpty);
            frontier = next;
        }
        return found;
    }
}
