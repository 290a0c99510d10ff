package org.hubcycle.access.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** A person's tokens, newest first: few, as each person may hold only a handful that work. */
    List<ApiToken> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

    Optional<ApiToken> findByIdAndUserId(long id, long userId);

    @Query("select count(t) from ApiToken t where t.userId = :userId and t.revokedAt is null and t.expiresAt > :now")
    long countWorking(long userId, Instant now);

    /** Tokens that still work and expire before {@code before}, whose owner has not been told yet. */
    @Query("select t from ApiToken t where t.revokedAt is null and t.expiryToldAt is null"
            + " and t.expiresAt > :now and t.expiresAt <= :before order by t.expiresAt, t.id")
    List<ApiToken> expiringUntold(Instant now, Instant before);

    /** Writes down a use, unless a newer one already was (by another request or node at the same moment). */
    @Transactional
    @Modifying
    @Query(
            "update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :now)")
    int used(long id, Instant now);
}
