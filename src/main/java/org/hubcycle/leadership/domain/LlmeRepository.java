package org.hubcycle.leadership.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The register; the hub filter applies. */
public interface LlmeRepository extends JpaRepository<Llme, Long>, JpaSpecificationExecutor<Llme> {

    Optional<Llme> findByPersonId(long personId);

    List<Llme> findByPersonIdIn(Collection<Long> personIds);

    List<Llme> findByHubIdOrderByFullNameAscIdAsc(long hubId);
}
