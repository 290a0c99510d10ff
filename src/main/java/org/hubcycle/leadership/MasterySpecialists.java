package org.hubcycle.leadership;

import java.util.Collection;
import java.util.List;
import org.hubcycle.directory.People;
import org.hubcycle.leadership.domain.LlmeRoleRepository;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.leadership.internal.LeadershipTerms.SpecialistStatus;
import org.hubcycle.shared.AcademicYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules ask of the LLME register: whether a school has an active Mastery Specialist. */
@Service
public class MasterySpecialists {

    private final People people;
    private final LlmeRoleRepository roles;

    MasterySpecialists(People people, LlmeRoleRepository roles) {
        this.people = people;
        this.roles = roles;
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
