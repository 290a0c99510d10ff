package org.hubcycle.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<EvaluationPlan, Long> {

    @EntityGraph(attributePaths = "questions")
    Optional<EvaluationPlan> findFirstByProjectIdOrderByVersionDesc(long projectId);

    @EntityGraph(attributePaths = "questions")
    List<EvaluationPlan> findByIdIn(Collection<Long> ids);

    /** Whether any survey opened from the plan has a response: then the plan is frozen. */
    @Query(
            "select count(r) > 0 from Response r where r.surveyId in (select s.id from Survey s where s.planId = :planId)")
    boolean answered(long planId);
}
