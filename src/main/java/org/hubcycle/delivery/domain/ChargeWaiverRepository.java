package org.hubcycle.delivery.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Waived charges; the hub filter applies. */
public interface ChargeWaiverRepository extends JpaRepository<ChargeWaiver, Long> {

    List<ChargeWaiver> findBySessionIdIn(Collection<Long> sessionIds);
}
