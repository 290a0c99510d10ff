package org.hubcycle.leadership;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubcycle.leadership.domain.LlmeRoleRepository;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.shared.AcademicYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules ask of the LLME register about system leaders: a hub's SLEs and NLEs, who lead school improvement. */
@Service
public class SystemLeaders {

    /** A system leader as a person of the directory, with their roles' words (e.g. "SLE"). */
    public record Leader(long personId, String name, String roles) {}

    private static final List<RoleType> LEADING = List.of(RoleType.SLE, RoleType.NLE);

    private final LlmeRoleRepository roles;

    SystemLeaders(LlmeRoleRepository roles) {
        this.roles = roles;
    }

    /**
     * The hub's LLMEs holding an SLE or NLE role at some time in the years of these days (inclusive), but for those who
     * had left the register by the first day (ADR 0047), by name, in one query.
     */
    @Transactional(readOnly = true)
    public List<Leader> of(long hubId, LocalDate from, LocalDate to) {
        Map<Long, Leader> leaders = new LinkedHashMap<>();
        for (Object[] row : roles.holding(
                hubId,
                LEADING,
                AcademicYear.containing(from).startYear(),
                AcademicYear.containing(to).startYear(),
                from)) {
            long personId = (Long) row[0];
            String role = ((RoleType) row[2]).label();
            leaders.merge(
                    personId,
                    new Leader(personId, (String) row[1], role),
                    (a, b) -> a.roles().contains(role) ? a : new Leader(personId, a.name(), a.roles() + ", " + role));
        }
        return List.copyOf(leaders.values());
    }
}
