package org.hubcycle.evaluation.domain;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Submitted responses; the hub filter applies. */
public interface ResponseRepository extends JpaRepository<Response, Long> {

    boolean existsBySurveyIdAndPairKey(long surveyId, String pairKey);

    /** Every answer of the surveys' responses, in no order: a projection, so thousands of responses load fast. */
    @Query(
            "select new org.hubcycle.evaluation.domain.AnswerRow(r.id, r.surveyId, r.hubId, r.pairKey, key(a), a.value, a.quotable)"
                    + " from Response r left join r.answers a where r.surveyId in :surveyIds")
    java.util.stream.Stream<AnswerRow> answersOf(Collection<Long> surveyIds);
}
