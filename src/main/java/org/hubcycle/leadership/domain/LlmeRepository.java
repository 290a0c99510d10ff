package org.hubcycle.leadership.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The register; the hub filter applies. */
public interface LlmeRepository extends JpaRepository<Llme, Long>, JpaSpecificationExecutor<Llme> {

    Optional<Llme> findByPersonId(long personId);

    /**
     * The entry, locked until the transaction ends: leaving the register and expressing interest take it, so an
     * expression of interest cannot be saved beside a departure that withdraws the others.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Llme l where l.id = :id")
    Optional<Llme> findForUpdate(long id);

    List<Llme> findByPersonIdIn(Collection<Long> personIds);

    List<Llme> findByHubIdOrderByFullNameAscIdAsc(long hubId);
}
