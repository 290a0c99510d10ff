package org.hubcycle.improvement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Projects' risks; the hub filter applies. */
public interface RiskRepository extends JpaRepository<Risk, Long> {

    List<Risk> findByProjectIdOrderById(long projectId);
}
