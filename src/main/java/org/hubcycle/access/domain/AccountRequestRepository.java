package org.hubcycle.access.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountRequestRepository extends JpaRepository<AccountRequest, Long> {

    long countByEmailAndKindAndRequestedAtAfter(String email, String kind, Instant after);

    /** Forgets the requests made before this time; returns how many. */
    @Modifying
    @Query("delete from AccountRequest r where r.requestedAt < :before")
    int deleteBefore(Instant before);
}
