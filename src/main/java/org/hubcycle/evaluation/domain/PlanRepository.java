package org.hubcycle.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<EvaluationPlan, Long> {

    /** The current version of a project's national plan. */
    @EntityGraph(attributePaths = "questions")
    Optional<EvaluationPlan> findFirstByProjectIdAndHubIdIsNullOrderByVersionDesc(long projectId);

    /** The current version of a hub's local questions for a project. */
    @EntityGraph(attributePaths = "questions")
    Optional<EvaluationPlan> findFirstByProjectIdAndHubIdOrderByVersionDesc(long projectId, long hubId);

    @EntityGraph(attributePaths = "questions")
    List<EvaluationPlan> findByIdIn(Collection<Long> ids);

    /** Whether any survey opened from the plan has a response: then the plan is frozen. */
    @Query(
            "select count(r) > 0 from Response r where r.surveyId in (select s.id from Survey s where s.planId = :planId or s.localPlanId = :planId)")
    boolean answered(long planId);
}
