package org.hubcycle.access.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, String> {

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

    /** Every link of one kind sent to an account stops working, e.g. once one of them is used. */
    @Modifying
    @Query("delete from AccountToken t where t.userId = :userId and t.purpose = :purpose")
    void deleteByUserIdAndPurpose(long userId, AccountToken.Purpose purpose);
}
