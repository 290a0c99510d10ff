package org.hubcycle.delivery.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Support visits; the hub filter applies. */
public interface SupportVisitRepository extends JpaRepository<SupportVisit, Long> {

    List<SupportVisit> findByWorkGroupIdInOrderByDateDescIdDesc(Collection<Long> workGroupIds);

    long countByVisitorPersonId(long personId);

    /** The latest visit a person recorded. */
    Optional<SupportVisit> findFirstByVisitorPersonIdOrderByDateDescIdDesc(long personId);
}
