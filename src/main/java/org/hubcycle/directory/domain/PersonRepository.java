package org.hubcycle.directory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** People of the current user's hub: the hub filter applies to every query here. */
public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    Optional<Person> findByTrn(String trn);

    @Query(
            "select p from Person p where lower(p.fullName) like :pattern escape '\\' or p.email like :pattern escape '\\' order by p.fullName, p.id")
    Page<Person> search(String pattern, Pageable pageable);

    Page<Person> findAllByOrderByFullNameAscIdAsc(Pageable pageable);

    @Query("select new org.hubcycle.directory.domain.PersonName(p.id, p.fullName) from Person p where p.id in :ids")
    List<PersonName> namesOf(Collection<Long> ids);

    @Query("select p.id from Person p where p.schoolUrn in :urns")
    List<Long> idsAtSchools(Collection<Integer> urns);

    /** People whose contact details are still held, added before the instant given. */
    @Query("select new org.hubcycle.directory.domain.PersonInHub(p.id, p.hubId) from Person p"
            + " where p.detailsErasedOn is null and p.createdAt < :before")
    List<PersonInHub> holdingDetailsAddedBefore(Instant before);

    /** Erases the contact details of these people, as {@link Person#eraseDetails} does, saving them anew. */
    @Modifying
    @Query("update Person p set p.email = null, p.trn = null, p.schoolUrn = null, p.jobTitle = null,"
            + " p.detailsErasedOn = :on, p.version = p.version + 1 where p.id in :ids")
    int eraseDetails(Collection<Long> ids, LocalDate on);
}
