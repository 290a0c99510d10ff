package org.hubcycle.access.accounts;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubcycle.access.domain.InvitationRepository;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.access.internal.Role;
import org.hubcycle.access.security.HubcycleUser;
import org.hubcycle.access.security.SignedInSessions;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Someone leaves a hub's team: the hub lead takes a member of staff off it, the national admin anyone on it,
 * hub leads included (as each adds them). They lose the team's roles at once, in every session they have and
 * in every API token, keep any role as the hub's LLME or work group lead, and are emailed. An invitation to
 * the team they have not accepted stops working.
 */
@Service
public class TeamMembers {

    /** Who takes someone off a team: the national admin, or a hub lead of that hub. */
    public record Remover(String email, boolean national) {

        /** The signed-in person as a remover: the national admin, a hub lead, or null for anyone else. */
        public static Remover of(HubcycleUser user) {
            if (user.seesAllHubs()) {
                return new Remover(user.email(), true);
            }
            return user.hasRole("HUB_LEAD") ? new Remover(user.email(), false) : null;
        }
    }

    /**
     * A member of a hub's team, as the confirmation page shows them; lastLead when they are the hub's only working
     * hub lead, whom nobody takes off the team until there is another.
     */
    public record Member(
            long id, String name, String email, List<Role> teamRoles, List<Role> otherRoles, boolean lastLead) {}

    private final UserAccountRepository users;
    private final InvitationRepository invitations;
    private final SignedInSessions sessions;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final SystemWork system;
    private final Hubs hubs;

    TeamMembers(
            UserAccountRepository users,
            InvitationRepository invitations,
            SignedInSessions sessions,
            Outbox outbox,
            ApplicationEventPublisher events,
            SystemWork system,
            Hubs hubs) {
        this.users = users;
        this.invitations = invitations;
        this.sessions = sessions;
        this.outbox = outbox;
        this.events = events;
        this.system = system;
        this.hubs = hubs;
    }

    /** Whether this remover may take a member holding these roles off the team (the hub page's links). */
    public static boolean mayRemove(Remover me, String memberEmail, Set<Role> memberRoles) {
        return !me.email().equals(memberEmail)
                && memberRoles.stream().anyMatch(Role.TEAM_ROLES::contains)
                && (me.national() || !memberRoles.contains(Role.HUB_LEAD));
    }

    /** The member of the hub's team this remover may take off it; not found for anyone else. */
    public Member removable(Remover me, long hubId, long userId) {
        return system.inTransaction(() -> member(check(me, hubId, userId)));
    }

    /**
     * Takes the member off the team; refused (not found) once they are off it already, and refused while they are
     * the hub's only working hub lead.
     */
    public Member remove(Remover me, long hubId, long userId) {
        Member removed = system.inTransaction(() -> {
            UserAccount account = check(me, hubId, userId);
            Member before = member(account);
            if (before.lastLead()) {
                throw new Refused(null, "team.remove.lastLead");
            }
            Set<Role> lost = account.leaveTeam(Role.TEAM_ROLES);
            invitations.deleteAll(
                    invitations.findByUserIdAndHubIdAndRoleInAndAcceptedAtIsNull(account.getId(), hubId, lost));
            String roles = lost.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
            outbox.queue(Email.of("access.team-removed")
                    .to(account.getEmail())
                    .hub(hubId)
                    .subject(hubs.findById(hubId).map(HubSummary::name).orElse("the hub"))
                    .with("name", account.getDisplayName())
                    .with("roles", roles)
                    .with("stays", !before.otherRoles().isEmpty()));
            events.publishEvent(Audited.of("access.team-removed", hubId, account.getEmail(), roles));
            return before;
        });
        sessions.refresh(removed.email());
        return removed;
    }

    private UserAccount check(Remover me, long hubId, long userId) {
        UserAccount account = users.findById(userId)
                .filter(u -> Long.valueOf(hubId).equals(u.getHubId()))
                .filter(u -> u.getRoles().stream().anyMatch(Role.TEAM_ROLES::contains))
                .orElseThrow(() -> new NotFoundException("not-found.team-member"));
        if (!mayRemove(me, account.getEmail(), account.getRoles())) {
            throw new AccessDeniedException(
                    "Only the national centre takes a hub lead off a team; nobody removes themselves");
        }
        return account;
    }

    private Member member(UserAccount account) {
        List<Role> team = account.getRoles().stream()
                .filter(Role.TEAM_ROLES::contains)
                .sorted()
                .toList();
        List<Role> other = account.getRoles().stream()
                .filter(r -> !Role.TEAM_ROLES.contains(r))
                .sorted()
                .toList();
        return new Member(
                account.getId(),
                account.getDisplayName(),
                account.getEmail(),
                team,
                other,
                Leads.lastHubLead(users, account));
    }
}
