package org.hubcycle.delivery.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Sessions' materials; the hub filter applies. */
public interface SessionMaterialRepository extends JpaRepository<SessionMaterial, Long> {

    List<SessionMaterial> findBySessionIdInOrderById(Collection<Long> sessionIds);
}
