package org.hubcycle.evaluation.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Submitted responses; the hub filter applies. */
public interface ResponseRepository extends JpaRepository<Response, Long> {

    boolean existsBySurveyIdAndPairKey(long surveyId, String pairKey);
}
