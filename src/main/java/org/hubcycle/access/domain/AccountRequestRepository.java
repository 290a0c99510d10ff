package org.hubcycle.access.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRequestRepository extends JpaRepository<AccountRequest, Long> {

    long countByEmailAndKindAndRequestedAtAfter(String email, String kind, Instant after);
}
