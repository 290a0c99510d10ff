package org.hubcycle.leadership.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Expressions of interest; the hub filter applies. */
public interface ExpressionRepository extends JpaRepository<Expression, Long> {

    Optional<Expression> findByRoundIdAndWorkGroupIdAndLlmeId(long roundId, long workGroupId, long llmeId);

    List<Expression> findByRoundIdAndWorkGroupIdOrderBySubmittedAtAscIdAsc(long roundId, long workGroupId);

    List<Expression> findByLlmeIdOrderBySubmittedAtDescIdDesc(long llmeId);

    long countByLlmeId(long llmeId);

    List<Expression> findByLlmeIdInOrderBySubmittedAtDescIdDesc(List<Long> llmeIds);

    /** Counts per work group and status in a round, for the round's summary. */
    @Query(
            "select new org.hubcycle.leadership.domain.InterestCount(e.workGroupId, e.status, count(e)) from Expression e where e.roundId = :roundId group by e.workGroupId, e.status")
    List<InterestCount> countsByWorkGroup(long roundId);
}
