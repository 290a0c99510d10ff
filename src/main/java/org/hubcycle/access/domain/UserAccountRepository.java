package org.hubcycle.access.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hubcycle.access.internal.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    /** The account with its roles, in one query: for signing in, outside any longer transaction. */
    @Query("select u from UserAccount u left join fetch u.roles where u.email = :email")
    Optional<UserAccount> findWithRolesByEmail(String email);

    /** The account with its roles, in one query: for a request made with one of its API tokens. */
    @Query("select u from UserAccount u left join fetch u.roles where u.id = :id")
    Optional<UserAccount> findWithRolesById(long id);

    boolean existsByEmail(String email);

    Page<UserAccount> findByHubIdOrderByDisplayNameAscIdAsc(Long hubId, Pageable pageable);

    Optional<UserAccount> findByOidcSubject(String subject);

    List<UserAccount> findBySchoolUrnAndSchoolContactStatus(int urn, SchoolContactStatus status);

    List<UserAccount> findBySchoolUrnAndSchoolContactStatusIn(int urn, Collection<SchoolContactStatus> statuses);

    List<UserAccount> findBySchoolContactStatusIn(Collection<SchoolContactStatus> statuses);

    @Query("select u from UserAccount u join u.roles r where u.hubId = :hubId and r = :role")
    List<UserAccount> findByHubIdAndRole(long hubId, Role role);

    @Query("select u from UserAccount u join u.roles r where r = :role")
    List<UserAccount> findByRole(Role role);

    /**
     * The enabled accounts holding a national role, as [email, display name], whoever asks: a native query,
     * which the hub filter does not narrow, so a hub's action can tell the national centre.
     */
    @Query(
            value = "select u.email, u.display_name from app_user u join app_user_role r on r.user_id = u.id"
                    + " where r.role = 'NATIONAL_ADMIN' and u.enabled order by u.email",
            nativeQuery = true)
    List<Object[]> nationalAdmins();

    List<UserAccount> findByIdIn(Collection<Long> ids);

    /** A page of every account, by email address (the email index's order), with no count. */
    List<UserAccount> findByOrderByEmailAsc(Pageable pageable);

    /** How many accounts there are, counted up to {@code limit}. */
    @Query(value = "select count(*) from (select 1 from app_user fetch first :limit rows only) a", nativeQuery = true)
    long countUpTo(int limit);

    /**
     * Deletes the accounts someone asked for before this time and never confirmed: those with a password of their
     * own, not enabled, a school contact's role only, and no confirmation link still working. Their roles and links
     * go with them. Returns how many.
     */
    @Modifying
    @Query(value = """
                    delete from app_user u
                    where u.enabled = false and u.password_hash <> '{none}' and u.suspended_at is null
                      and u.created_at < :before
                      and not exists (select 1 from app_user_role r where r.user_id = u.id and r.role <> 'SCHOOL_CONTACT')
                      and not exists (select 1 from account_token t where t.user_id = u.id and t.expires_at > :now)
                      and not exists (select 1 from api_token a where a.user_id = u.id)
                    """, nativeQuery = true)
    int deleteUnconfirmedBefore(Instant before, Instant now);

    /** Records that the account with this address signed in now; any warning that it would be closed is void. */
    @Transactional
    @Modifying
    @Query(
            value = "update app_user set last_signed_in_at = :at, dormancy_warned_at = null where email = :email",
            nativeQuery = true)
    int signedIn(String email, Instant at);

    /** Working accounts nobody has signed in to since this time (or made then, and never used), not yet told. */
    @Query("select u from UserAccount u where u.enabled = true and u.suspendedAt is null and u.dormancyWarnedAt is null"
            + " and coalesce(u.lastSignedInAt, u.createdAt) < :before order by u.id")
    List<UserAccount> unusedSince(Instant before);

    /** Accounts nobody has signed in to since this time, whose person was told before that one. */
    @Query("select u from UserAccount u where u.dormancyWarnedAt < :warnedBefore"
            + " and coalesce(u.lastSignedInAt, u.createdAt) < :before order by u.id")
    List<UserAccount> unusedAndWarned(Instant before, Instant warnedBefore);
}
