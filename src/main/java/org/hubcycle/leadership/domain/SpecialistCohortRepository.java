package org.hubcycle.leadership.domain;

import java.util.List;
import org.hubcycle.shared.Phase;
import org.springframework.data.jpa.repository.JpaRepository;

/** Specialist cohorts; the hub filter applies. */
public interface SpecialistCohortRepository extends JpaRepository<SpecialistCohort, Long> {

    List<SpecialistCohort> findByHubIdOrderByPhaseAscNumberDesc(long hubId);

    boolean existsByHubIdAndPhaseAndNumber(long hubId, Phase phase, int number);
}
