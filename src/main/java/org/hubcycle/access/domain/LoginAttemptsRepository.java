package org.hubcycle.access.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface LoginAttemptsRepository extends JpaRepository<LoginAttempts, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LoginAttempts a where a.throttleKey = :key")
    Optional<LoginAttempts> findForUpdate(String key);
}
