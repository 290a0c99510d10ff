package org.hubcycle.evaluation.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Submitted responses; the hub filter applies. */
public interface ResponseRepository extends JpaRepository<Response, Long> {

    @EntityGraph(attributePaths = "answers")
    List<Response> findBySurveyIdIn(Collection<Long> surveyIds);

    boolean existsBySurveyIdAndPairKey(long surveyId, String pairKey);
}
