package org.hubcycle.leadership.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Rounds of expressions of interest; the hub filter applies. */
public interface EoiRoundRepository extends JpaRepository<EoiRound, Long> {

    Page<EoiRound> findByHubIdOrderByDeadlineDescIdDesc(long hubId, Pageable pageable);

    List<EoiRound> findByHubIdAndDeadlineGreaterThanEqualOrderByDeadlineAscIdAsc(long hubId, LocalDate today);
}
