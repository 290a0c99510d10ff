package org.hubcycle.access.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    /** The account with its roles, in one query: for signing in, outside any longer transaction. */
    @Query("select u from UserAccount u left join fetch u.roles where u.email = :email")
    Optional<UserAccount> findWithRolesByEmail(String email);

    boolean existsByEmail(String email);

    Page<UserAccount> findByHubIdOrderByDisplayNameAscIdAsc(Long hubId, Pageable pageable);
}
