package org.hubcycle.delivery.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Support visits; the hub filter applies. */
public interface SupportVisitRepository extends JpaRepository<SupportVisit, Long> {

    List<SupportVisit> findByWorkGroupIdInOrderByDateDescIdDesc(Collection<Long> workGroupIds);

    /** How many visits a person recorded, with the latest, in one query. */
    @Query("select new org.hubcycle.delivery.domain.VisitsBy(count(*) over (), v.workGroupId, v.date)"
            + " from SupportVisit v where v.visitorPersonId = :personId order by v.date desc, v.id desc limit 1")
    Optional<VisitsBy> visitsBy(long personId);

    /** The people who recorded a visit after the day given. */
    @Query("select distinct v.visitorPersonId from SupportVisit v where v.date > :day")
    Set<Long> visitorsAfter(LocalDate day);
}
