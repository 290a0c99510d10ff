package org.hubcycle.leadership;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubcycle.directory.People;
import org.hubcycle.leadership.domain.LlmeRoleRepository;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.leadership.internal.LeadershipTerms.SpecialistStatus;
import org.hubcycle.shared.AcademicYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules ask of the LLME register: whether a school has an active Mastery Specialist, and how many each hub has. */
@Service
public class MasterySpecialists {

    private final People people;
    private final LlmeRoleRepository roles;

    MasterySpecialists(People people, LlmeRoleRepository roles) {
        this.people = people;
        this.roles = roles;
    }

    /** A hub's active Mastery Specialists in a year, by the pathway's phase they work in. */
    public record Active(long primary, long secondary) {}

    /** Each hub's active Mastery Specialists in the year (the hubs the scope sees), by hub id. */
    @Transactional(readOnly = true)
    public Map<Long, Active> activeByHub(AcademicYear year) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : roles.activeSpecialistsByHub(
                List.of(RoleType.PRIMARY_MASTERY_SPECIALIST, RoleType.SECONDARY_MASTERY_SPECIALIST),
                SpecialistStatus.ACTIVE,
                year.startYear())) {
            long[] c = counts.computeIfAbsent((Long) row[0], h -> new long[2]);
            c[row[1] == RoleType.PRIMARY_MASTERY_SPECIALIST ? 0 : 1] += (Long) row[2];
        }
        Map<Long, Active> active = new HashMap<>();
        counts.forEach((hub, c) -> active.put(hub, new Active(c[0], c[1])));
        return active;
    }

    /** Whether someone working at one of these schools is an active Mastery Specialist in the year (of the current scope). */
    @Transactional(readOnly = true)
    public boolean activeAt(Collection<Integer> schoolUrns, AcademicYear year) {
        List<Long> staff = people.atSchools(schoolUrns);
        return !staff.isEmpty()
                && roles.anyActiveSpecialist(
                        staff,
                        List.of(RoleType.PRIMARY_MASTERY_SPECIALIST, RoleType.SECONDARY_MASTERY_SPECIALIST),
                        SpecialistStatus.ACTIVE,
                        year.startYear());
    }
}
