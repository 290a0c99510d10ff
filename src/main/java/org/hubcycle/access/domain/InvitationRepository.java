package org.hubcycle.access.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hubcycle.access.internal.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Invitations; the hub filter limits a hub's users to their hub's. */
public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByUserIdAndAcceptedAtIsNull(long userId);

    List<Invitation> findByUserIdIn(Collection<Long> userIds);

    /** The invitations to roles someone no longer holds, not accepted yet: their links stop working. */
    List<Invitation> findByUserIdAndHubIdAndRoleInAndAcceptedAtIsNull(long userId, long hubId, Collection<Role> roles);

    Page<Invitation> findAllByOrderByInvitedAtDescIdDesc(Pageable pageable);
}
