package org.hubcycle.access.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.access.domain.Invitation;
import org.hubcycle.access.domain.InvitationRepository;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.access.internal.Role;
import org.hubcycle.access.security.SignedInSessions;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.hubcycle.shared.Tokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Giving people roles. Someone with an account takes the role at once (and their signed-in sessions
 * see it without signing in again); someone without one gets an account with no password and an
 * invitation: a link, good for {@value #VALID_DAYS} days, to choose a password, which lands them on
 * the page for the role. The hub can send an invitation again; every step is audited.
 */
@Service
public class Invitations {

    static final int VALID_DAYS = 14;
    static final Duration VALID_FOR = Duration.ofDays(VALID_DAYS);

    /** An invitation as the hub sees it. */
    public record View(
            long id,
            String name,
            String email,
            Role role,
            String reason,
            String invitedBy,
            Instant invitedAt,
            Instant expiresAt,
            int sentCount,
            Invitation.State state) {

        public boolean resendable() {
            return state != Invitation.State.ACCEPTED;
        }
    }

    /** What an invitation's link shows. */
    public record Link(String name, String email, Role role, String hubName, Invitation.State state) {}

    /** An accepted invitation: who, and where they land. */
    public record Accepted(String email, String landingPage) {}

    /** What giving a role did. */
    public enum Outcome {
        INVITED,
        GRANTED,
        ALREADY_HELD,
        REFUSED_OTHER_HUB
    }

    private final UserAccountRepository users;
    private final InvitationRepository invitations;
    private final Hubs hubs;
    private final PasswordEncoder passwords;
    private final SignedInSessions sessions;
    private final Outbox outbox;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final SystemWork system;
    private final Clock clock;

    Invitations(
            UserAccountRepository users,
            InvitationRepository invitations,
            Hubs hubs,
            PasswordEncoder passwords,
            SignedInSessions sessions,
            Outbox outbox,
            MessageSource messages,
            ApplicationEventPublisher events,
            SystemWork system,
            Clock clock) {
        this.users = users;
        this.invitations = invitations;
        this.hubs = hubs;
        this.passwords = passwords;
        this.sessions = sessions;
        this.outbox = outbox;
        this.messages = messages;
        this.events = events;
        this.system = system;
        this.clock = clock;
    }

    /**
     * Gives a person a role for a hub's reason ({@code reasonCode} with its arguments, in messages).
     * Runs for the system in a transaction of its own; the person's sessions are brought up to date
     * once it commits.
     *
     * @param hubId the hub giving the role: the role's hub for a hub role, and the hub that sees the invitation
     */
    public Outcome give(
            long hubId,
            String email,
            String name,
            Role role,
            String invitedBy,
            String reasonCode,
            Object... reasonArguments) {
        return give(hubId, email, name, role, invitedBy, messages.getMessage(reasonCode, reasonArguments, Locale.UK));
    }

    private Outcome give(long hubId, String email, String name, Role role, String invitedBy, String reason) {
        String address = UserAccount.normaliseEmail(email);
        Outcome outcome = system.inTransaction(() -> {
            Optional<UserAccount> existing = users.findByEmail(address);
            if (existing.isPresent()) {
                UserAccount account = existing.get();
                if (!account.canTake(role, hubId)) {
                    events.publishEvent(Audited.of("access.role-not-given", hubId, address, role.label(), reason)
                            .by(invitedBy));
                    return Outcome.REFUSED_OTHER_HUB;
                }
                if (!account.grant(role, hubId)) {
                    return Outcome.ALREADY_HELD;
                }
                events.publishEvent(Audited.of("access.role-granted", hubId, address, role.label(), reason)
                        .by(invitedBy));
                if (!account.hasPassword()) {
                    invite(account, hubId, role, reason, invitedBy);
                    return Outcome.INVITED;
                }
                return Outcome.GRANTED;
            }
            UserAccount account = users.saveAndFlush(new UserAccount(
                            address,
                            name,
                            UserAccount.NO_PASSWORD,
                            EnumSet.of(role),
                            Role.HUB_ROLES.contains(role) ? hubId : null,
                            clock.instant())
                    .invited());
            invite(account, hubId, role, reason, invitedBy);
            return Outcome.INVITED;
        });
        if (outcome == Outcome.GRANTED) {
            sessions.refresh(address);
        }
        return outcome;
    }

    /**
     * A hub corrected the address of someone it invited who has not accepted yet (a typing mistake, say): the
     * invitations it sent to the old address stop working, the roles they gave leave that account (deleted when it
     * holds no other), and the same roles, for the same reasons, are given at the corrected address. An account
     * somebody has proved is never moved: its person changes their own address. Another hub's invitations to the
     * old address stay as they are. Runs for the system, as the account may belong to no hub.
     */
    public void readdress(long hubId, String from, String to, String name, String by) {
        String oldAddress = UserAccount.normaliseEmail(from);
        List<Invitation> moved = system.inTransaction(() -> users.findByEmail(oldAddress)
                .filter(account -> !account.isEnabled())
                .map(account -> withdraw(account, hubId, to, by))
                .orElse(List.of()));
        for (Invitation invitation : moved) {
            give(hubId, to, name, invitation.getRole(), by, invitation.getReason());
        }
    }

    /**
     * A hub takes back a role it gave (an LLME taken off its register by mistake, or who left it): its invitations for
     * the role stop working, and the account loses the role, leaving the hub when it holds none of the hub's roles. An
     * account nobody has proved, left with no role, is deleted; one somebody proved is kept, and its person is told,
     * as when they leave a hub's team. An account of another hub is left alone. The person's sessions are brought up
     * to date.
     */
    public void withdraw(long hubId, String email, Role role, String by) {
        if (email == null) {
            return; // the hub erased the person's contact details (ADR 0048), after their role had gone
        }
        String address = UserAccount.normaliseEmail(email);
        boolean taken = system.inTransaction(() -> users.findByEmail(address)
                .filter(account -> Long.valueOf(hubId).equals(account.getHubId()))
                .map(account -> {
                    invitations.deleteAll(invitations.findByUserIdAndHubIdAndRoleInAndAcceptedAtIsNull(
                            account.getId(), hubId, EnumSet.of(role)));
                    if (account.leaveTeam(EnumSet.of(role)).isEmpty()) {
                        return false;
                    }
                    events.publishEvent(Audited.of("access.role-withdrawn", hubId, account.getEmail(), role.label())
                            .by(by));
                    if (account.isEnabled()) {
                        outbox.queue(Email.of("access.role-withdrawn")
                                .to(account.getEmail())
                                .hub(hubId)
                                .subject(hubs.findById(hubId)
                                        .map(HubSummary::name)
                                        .orElse("the hub"))
                                .with("name", account.getDisplayName())
                                .with("role", role.label())
                                .with("llme", role == Role.LLME)
                                .with("stays", account.getHubId() != null));
                    } else if (account.getRoles().isEmpty()) {
                        users.delete(account);
                    }
                    return true;
                })
                .orElse(false));
        if (taken) {
            sessions.refresh(address);
        }
    }

    private List<Invitation> withdraw(UserAccount account, long hubId, String to, String by) {
        List<Invitation> open = invitations.findByUserIdAndAcceptedAtIsNull(account.getId());
        List<Invitation> ours = open.stream().filter(i -> i.getHubId() == hubId).toList();
        if (ours.isEmpty()) {
            return ours;
        }
        Set<Role> stillGiven = open.stream()
                .filter(i -> i.getHubId() != hubId)
                .map(Invitation::getRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Set<Role> lost = ours.stream()
                .map(Invitation::getRole)
                .filter(role -> !stillGiven.contains(role))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        invitations.deleteAll(ours);
        account.leaveTeam(lost);
        if (account.getRoles().isEmpty()) {
            users.delete(account);
        }
        events.publishEvent(Audited.of(
                        "access.invitation-readdressed",
                        hubId,
                        account.getEmail(),
                        UserAccount.normaliseEmail(to),
                        ours.stream().map(i -> i.getRole().label()).collect(Collectors.joining(", ")))
                .by(by));
        return ours;
    }

    private void invite(UserAccount account, long hubId, Role role, String reason, String invitedBy) {
        String token = Tokens.newToken();
        Instant now = clock.instant();
        invitations.save(new Invitation(
                hubId, account.getId(), role, reason, Tokens.hash(token), invitedBy, now, now.plus(VALID_FOR)));
        email(account, hubId, role, reason, token);
        events.publishEvent(Audited.of("access.invited", hubId, account.getEmail(), role.label(), reason)
                .by(invitedBy));
    }

    private void email(UserAccount account, long hubId, Role role, String reason, String token) {
        String hubName = hubs.findById(hubId).map(HubSummary::name).orElse("Your Maths Hub");
        outbox.queue(Email.of("access.invitation")
                .to(account.getEmail())
                .hub(hubId)
                .withPrivateLink()
                .subject(hubName)
                .with("name", account.getDisplayName())
                .with("reason", reason)
                .with("token", token)
                .with("days", VALID_DAYS)
                .with("role", role.label()));
    }

    /**
     * The invitations the current user's hub has sent (the national admin: every hub's), newest first.
     * The people are read for the system, in a transaction of their own: a participant's or school
     * contact's account belongs to no hub, yet the hub that invited them lists it.
     */
    public Page<View> list(Pageable pageable) {
        Page<Invitation> page = invitations.findAllByOrderByInvitedAtDescIdDesc(pageable);
        List<Long> ids = page.map(Invitation::getUserId).toList();
        Map<Long, UserAccount> people = system.inTransaction(() ->
                users.findByIdIn(ids).stream().collect(Collectors.toMap(UserAccount::getId, Function.identity())));
        Instant now = clock.instant();
        return page.map(i -> {
            UserAccount u = people.get(i.getUserId());
            return new View(
                    i.getId(),
                    u == null ? "" : u.getDisplayName(),
                    u == null ? "" : u.getEmail(),
                    i.getRole(),
                    i.getReason(),
                    i.getInvitedBy(),
                    i.getInvitedAt(),
                    i.getExpiresAt(),
                    i.getSentCount(),
                    i.state(now));
        });
    }

    /**
     * Sends an invitation again with a new link (the old one stops working); another hub's is not found.
     * Once the current user's hub is seen to own the invitation, the rest runs for the system, as the
     * invited account may belong to no hub.
     */
    public void resend(long invitationId, String by) {
        if (!invitations.existsById(invitationId)) {
            throw new NotFoundException("not-found.invitation");
        }
        system.run(() -> resendForTheHub(invitationId, by));
    }

    private void resendForTheHub(long invitationId, String by) {
        Invitation invitation = invitations.findById(invitationId).orElseThrow();
        UserAccount account =
                users.findById(invitation.getUserId()).orElseThrow(() -> new NotFoundException("not-found.invitation"));
        if (invitation.state(clock.instant()) == Invitation.State.ACCEPTED || account.hasPassword()) {
            throw new Refused(null, "access.invitation.alreadyAccepted", account.getDisplayName());
        }
        String token = Tokens.newToken();
        Instant now = clock.instant();
        invitation.resend(Tokens.hash(token), now, now.plus(VALID_FOR));
        email(account, invitation.getHubId(), invitation.getRole(), invitation.getReason(), token);
        events.publishEvent(Audited.of(
                        "access.invitation-resent",
                        invitation.getHubId(),
                        account.getEmail(),
                        invitation.getRole().label())
                .by(by));
    }

    /** What an invitation's link is for, whether or not it still works; empty for a link that was never sent. */
    public Optional<Link> find(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return system.inTransaction(() -> invitations
                .findByTokenHash(Tokens.hash(token))
                .flatMap(i -> users.findById(i.getUserId())
                        .map(u -> new Link(
                                u.getDisplayName(),
                                u.getEmail(),
                                i.getRole(),
                                hubs.findById(i.getHubId())
                                        .map(HubSummary::name)
                                        .orElse(""),
                                u.hasPassword() ? Invitation.State.ACCEPTED : i.state(clock.instant())))));
    }

    /**
     * Accepts an invitation: the person's chosen password, every pending invitation of theirs marked
     * accepted. Empty when the link does not work (unknown, expired or used).
     */
    public Optional<Accepted> accept(String token, String password) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        String hash = passwords.encode(password);
        return system.inTransaction(() -> invitations
                .findByTokenHash(Tokens.hash(token))
                .filter(i -> i.state(clock.instant()) == Invitation.State.PENDING)
                .flatMap(i -> users.findById(i.getUserId())
                        .filter(u -> !u.hasPassword())
                        .map(u -> {
                            Instant now = clock.instant();
                            u.choosePassword(hash);
                            invitations
                                    .findByUserIdAndAcceptedAtIsNull(u.getId())
                                    .forEach(other -> other.accepted(now));
                            events.publishEvent(Audited.of(
                                            "access.invitation-accepted",
                                            i.getHubId(),
                                            u.getEmail(),
                                            i.getRole().label())
                                    .by(u.getEmail()));
                            String slug = u.getHubId() == null
                                    ? null
                                    : hubs.findById(u.getHubId())
                                            .map(HubSummary::slug)
                                            .orElse(null);
                            return new Accepted(u.getEmail(), Role.landingPage(EnumSet.of(i.getRole()), slug));
                        })));
    }
}
