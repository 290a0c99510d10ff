package org.hubcycle.improvement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Projects' KPIs; the hub filter applies. */
public interface KpiRepository extends JpaRepository<Kpi, Long> {

    List<Kpi> findByProjectIdOrderById(long projectId);
}
