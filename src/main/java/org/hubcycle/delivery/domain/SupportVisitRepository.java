package org.hubcycle.delivery.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Support visits; the hub filter applies. */
public interface SupportVisitRepository extends JpaRepository<SupportVisit, Long> {

    List<SupportVisit> findByWorkGroupIdInOrderByDateDescIdDesc(Collection<Long> workGroupIds);
}
