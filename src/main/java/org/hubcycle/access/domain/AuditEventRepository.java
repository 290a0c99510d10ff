package org.hubcycle.access.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Hub users see only their hub's events: the hub filter applies to every query here. */
public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    Page<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

    Page<AuditEvent> findByTypeOrderByOccurredAtDescIdDesc(String type, Pageable pageable);

    Page<AuditEvent> findByHubIdOrderByOccurredAtDescIdDesc(Long hubId, Pageable pageable);

    @Query("select distinct e.type from AuditEvent e order by e.type")
    List<String> findTypes();
}
