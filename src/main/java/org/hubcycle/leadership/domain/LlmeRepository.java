package org.hubcycle.leadership.domain;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** The people on the register, or who left it after the day given. */
    @Query("select l.personId from Llme l where l.leftOn is null or l.leftOn > :day")
    Set<Long> onTheRegisterAfter(LocalDate day);

    List<Llme> findByHubIdOrderByFullNameAscIdAsc(long hubId);
}
