package org.hubcycle.leadership.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.leadership.internal.LeadershipTerms.SpecialistStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Roles LLMEs hold; the hub filter applies. */
public interface LlmeRoleRepository extends JpaRepository<LlmeRole, Long> {

    /** The roles of these LLMEs, the latest first, each with its cohort, in one query. */
    @Query("select new org.hubcycle.leadership.domain.RoleWithCohort(r, c) from LlmeRole r"
            + " left join SpecialistCohort c on c.id = r.cohortId"
            + " where r.llmeId in :llmeIds order by r.fromYear desc, r.id desc")
    List<RoleWithCohort> withCohorts(Collection<Long> llmeIds);

    List<LlmeRole> findByCohortIdOrderByIdAsc(long cohortId);

    List<LlmeRole> findByLlmeId(long llmeId);

    List<LlmeRole> findByCohortIdAndStatus(long cohortId, SpecialistStatus status);

    boolean existsByLlmeIdAndRoleAndToYearIsNull(long llmeId, RoleType role);

    /** People holding an active role of these types in the year, per hub and type: [hub id, type, count]. */
    @Query("select r.hubId, r.role, count(distinct r.llmeId) from LlmeRole r where r.role in :types"
            + " and r.status = :active and r.fromYear <= :year and (r.toYear is null or r.toYear >= :year)"
            + " group by r.hubId, r.role")
    List<Object[]> activeSpecialistsByHub(Collection<RoleType> types, SpecialistStatus active, int year);

    /** Whether any of these people holds an active Mastery Specialist role in the year. */
    @Query(
            "select count(r) > 0 from LlmeRole r, Llme l where r.llmeId = l.id and l.personId in :personIds "
                    + "and r.role in :types and r.status = :active and r.fromYear <= :year and (r.toYear is null or r.toYear >= :year)")
    boolean anyActiveSpecialist(
            Collection<Long> personIds, Collection<RoleType> types, SpecialistStatus active, int year);

    /** LLMEs of a hub holding any role in the year: the hub's count of active LLMEs. */
    @Query("select count(distinct r.llmeId) from LlmeRole r where r.hubId = :hubId and r.fromYear <= :year "
            + "and (r.toYear is null or r.toYear >= :year)")
    long countActive(long hubId, int year);

    /**
     * People of a hub holding a role of these types at some time from one year to another, but for those who had left
     * the register by the day given: [person id, name, type].
     */
    @Query("select l.personId, l.fullName, r.role from LlmeRole r, Llme l where r.llmeId = l.id and r.hubId = :hubId"
            + " and r.role in :types and r.fromYear <= :to and (r.toYear is null or r.toYear >= :from)"
            + " and (l.leftOn is null or l.leftOn > :stillOn)"
            + " order by l.fullName, l.personId, r.role")
    List<Object[]> holding(long hubId, Collection<RoleType> types, int from, int to, LocalDate stillOn);
}
