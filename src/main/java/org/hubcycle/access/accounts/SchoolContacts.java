package org.hubcycle.access.accounts;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hubcycle.access.domain.SchoolContactStatus;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.access.internal.Role;
import org.hubcycle.access.security.SignedInSessions;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who acts for a school. Claiming a school makes a pending contact; an approved contact of the school,
 * or the lead of the school's hub (the national admin where the school has no hub), approves or
 * refuses the claim, and an approved contact can remove another. Approvers are emailed when a claim
 * is confirmed; each decision is audited in the school's hub and emailed to the contact.
 *
 * <p>School contacts belong to no hub, so this runs for the system and checks the approver itself.
 */
@Service
public class SchoolContacts {

    /** A school's contact as an approver sees them. */
    public record Contact(
            long userId,
            String name,
            String email,
            int urn,
            String schoolName,
            SchoolContactStatus status,
            Instant createdAt,
            boolean confirmed) {}

    /**
     * Who is deciding: an approved contact of a school ({@code schoolUrn}), a hub lead ({@code hubId}),
     * or the national admin.
     */
    public record Approver(String email, Integer schoolUrn, Long hubId, boolean national) {}

    /** What a decision does to the contact. */
    public enum Decision {
        APPROVE(SchoolContactStatus.APPROVED),
        REFUSE(SchoolContactStatus.REFUSED),
        REMOVE(SchoolContactStatus.REMOVED);

        private final SchoolContactStatus becomes;

        Decision(SchoolContactStatus becomes) {
            this.becomes = becomes;
        }
    }

    private final UserAccountRepository users;
    private final Schools schools;
    private final Outbox outbox;
    private final SignedInSessions sessions;
    private final ApplicationEventPublisher events;
    private final SystemWork system;

    SchoolContacts(
            UserAccountRepository users,
            Schools schools,
            Outbox outbox,
            SignedInSessions sessions,
            ApplicationEventPublisher events,
            SystemWork system) {
        this.users = users;
        this.schools = schools;
        this.outbox = outbox;
        this.sessions = sessions;
        this.events = events;
        this.system = system;
    }

    /** Emails everyone who may approve a confirmed contact's claim. */
    @Transactional(propagation = Propagation.MANDATORY)
    void askApprovers(UserAccount claimant) {
        int urn = claimant.getSchoolUrn();
        String school = schools.find(urn).map(SchoolSummary::name).orElse("URN " + urn);
        Optional<Long> hub = schools.hubOf(urn);
        Set<String> approvers = new LinkedHashSet<>();
        users.findBySchoolUrnAndSchoolContactStatus(urn, SchoolContactStatus.APPROVED)
                .forEach(u -> approvers.add(u.getEmail()));
        (hub.isPresent() ? users.findByHubIdAndRole(hub.get(), Role.HUB_LEAD) : users.findByRole(Role.NATIONAL_ADMIN))
                .stream().filter(UserAccount::isEnabled).forEach(u -> approvers.add(u.getEmail()));
        for (String approver : approvers) {
            outbox.queue(Email.of("access.school-contact-request")
                    .to(approver)
                    .hub(hub.orElse(null))
                    .subject(school)
                    .with("claimant", claimant.getDisplayName())
                    .with("email", claimant.getEmail())
                    .with("school", school)
                    .with("urn", urn));
        }
        events.publishEvent(Audited.of(
                        "access.school-contact-requested",
                        hub.orElse(null),
                        claimant.getEmail(),
                        school,
                        approvers.size())
                .by(claimant.getEmail()));
    }

    /**
     * The contacts an approver deals with: for a school's approved contact, their school's; for a hub
     * lead, claims pending for schools of their hub; for the national admin, every pending claim.
     */
    public List<Contact> forApprover(Approver me) {
        return system.inTransaction(() -> {
            List<UserAccount> found;
            if (me.schoolUrn() != null) {
                found = users.findBySchoolUrnAndSchoolContactStatusIn(
                        me.schoolUrn(), List.of(SchoolContactStatus.PENDING, SchoolContactStatus.APPROVED));
            } else if (me.national() || me.hubId() != null) {
                found = users.findBySchoolContactStatusIn(List.of(SchoolContactStatus.PENDING));
            } else {
                return List.<Contact>of();
            }
            Map<Integer, SchoolSummary> bySchool = schools.summaries(
                    found.stream().map(UserAccount::getSchoolUrn).distinct().toList());
            return found.stream()
                    .filter(u -> u.isEnabled() || u.getSchoolContactStatus() != SchoolContactStatus.PENDING)
                    .filter(u -> me.schoolUrn() != null
                            || me.national()
                            || Objects.equals(schools.hubOf(u.getSchoolUrn()).orElse(null), me.hubId()))
                    .map(u -> contact(u, bySchool.get(u.getSchoolUrn())))
                    .sorted(Comparator.comparing(Contact::status).thenComparing(Contact::createdAt))
                    .toList();
        });
    }

    /** Approves, refuses or removes a contact; another school's or another hub's contact is not found. */
    public void decide(Approver me, long userId, Decision decision) {
        String email = system.inTransaction(() -> {
            UserAccount contact = users.findById(userId)
                    .filter(u -> u.getSchoolUrn() != null && u.getSchoolContactStatus() != null)
                    .orElseThrow(() -> new NotFoundException("not-found.school-contact"));
            Optional<Long> hub = schools.hubOf(contact.getSchoolUrn());
            if (!mayDecide(me, contact, hub)) {
                throw new NotFoundException("not-found.school-contact");
            }
            if (contact.getEmail().equals(me.email())) {
                throw new Refused(null, "access.contacts.notYourself");
            }
            try {
                contact.decideSchoolContact(decision.becomes);
            } catch (IllegalStateException changed) {
                throw new Refused(null, "access.contacts.changed", contact.getDisplayName());
            }
            String school = schools.find(contact.getSchoolUrn())
                    .map(SchoolSummary::name)
                    .orElse("URN " + contact.getSchoolUrn());
            outbox.queue(Email.of("access.school-contact-" + decision.name().toLowerCase(java.util.Locale.ROOT))
                    .to(contact.getEmail())
                    .hub(hub.orElse(null))
                    .subject(school)
                    .with("name", contact.getDisplayName())
                    .with("school", school));
            events.publishEvent(Audited.of(
                            "access.school-contact-" + decision.becomes.name().toLowerCase(java.util.Locale.ROOT),
                            hub.orElse(null),
                            contact.getEmail(),
                            school)
                    .worded("audit.detail.access.school-contact-decided"));
            return contact.getEmail();
        });
        sessions.refresh(email);
    }

    private static boolean mayDecide(Approver me, UserAccount contact, Optional<Long> hub) {
        if (me.national()) {
            return true;
        }
        if (me.schoolUrn() != null) {
            return me.schoolUrn().equals(contact.getSchoolUrn());
        }
        return me.hubId() != null && hub.isPresent() && hub.get().equals(me.hubId());
    }

    private static Contact contact(UserAccount u, SchoolSummary school) {
        return new Contact(
                u.getId(),
                u.getDisplayName(),
                u.getEmail(),
                u.getSchoolUrn(),
                school == null ? "URN " + u.getSchoolUrn() : school.name(),
                u.getSchoolContactStatus(),
                u.getCreatedAt(),
                u.isEnabled());
    }
}
