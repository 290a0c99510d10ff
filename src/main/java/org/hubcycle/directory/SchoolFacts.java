package org.hubcycle.directory;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.hubcycle.directory.domain.SchoolLink;
import org.hubcycle.directory.domain.SchoolLinkRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What figures about schools need of every school in scope at once: the open state-funded schools of
 * England (not independent schools), each with its phase, region, local authority, type group, trust,
 * Ofsted rating, percentage eligible for free school meals, and the hub whose area it is in (by its
 * recorded choice, else its local authority). Read in one query, without entities.
 */
@Service
public class SchoolFacts {

    /** The GIAS type groups of state-funded schools and colleges: the schools Maths Hubs serve. */
    public static final List<String> STATE_FUNDED =
            List.of("Academies", "Free Schools", "Local authority maintained schools", "Special schools", "Colleges");

    /** A school in scope, as figures break it down; any of its words may be null when GIAS has none. */
    public record Fact(
            int urn,
            String phase,
            String region,
            String localAuthority,
            String typeGroup,
            String trust,
            String ofsted,
            BigDecimal percentFsm,
            Long hubId) {}

    private final JdbcTemplate jdbc;
    private final SchoolLinkRepository links;

    SchoolFacts(DataSource dataSource, SchoolLinkRepository links) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(5_000);
        this.links = links;
    }

    /** Every open state-funded school in England (about 30,000 on the national extract). */
    @Transactional(readOnly = true)
    public List<Fact> inScope() {
        return jdbc.query(
                "select s.urn, s.phase, s.region, la.name, s.type_group, s.trust_name, s.ofsted_rating,"
                        + " s.percent_fsm, coalesce(c.hub_id, a.hub_id)"
                        + " from school s join local_authority la on la.code = s.la_code"
                        + " left join school_hub_choice c on c.urn = s.urn"
                        + " left join hub_area a on a.la_code = s.la_code"
                        + " where s.status in ('Open', 'Open, but proposed to close')"
                        + " and s.type_group in (?, ?, ?, ?, ?)",
                (rs, i) -> {
                    long hub = rs.getLong(9);
                    return new Fact(
                            rs.getInt(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getBigDecimal(8),
                            rs.wasNull() ? null : hub);
                },
                STATE_FUNDED.toArray());
    }

    /**
     * The school each of these URNs became, following GIAS successor links through conversions and
     * amalgamations (at most ten generations), as the first of the successors that {@code current}
     * accepts; URNs with none are left out. So a converted academy carries its predecessor's history.
     */
    @Transactional(readOnly = true)
    public Map<Integer, Integer> successors(Collection<Integer> urns, java.util.function.IntPredicate current) {
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
