package org.hubcycle.evaluation.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Final evaluations; the hub filter applies. */
public interface FinalEvaluationRepository extends JpaRepository<FinalEvaluation, Long> {

    @EntityGraph(attributePaths = "narratives")
    Optional<FinalEvaluation> findByWorkGroupId(long workGroupId);
}
