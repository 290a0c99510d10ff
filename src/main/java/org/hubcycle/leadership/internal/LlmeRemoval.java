package org.hubcycle.leadership.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hubcycle.leadership.LlmeRemoved;
import org.hubcycle.leadership.domain.ExpressionRepository;
import org.hubcycle.leadership.domain.Llme;
import org.hubcycle.leadership.domain.LlmeRepository;
import org.hubcycle.leadership.domain.LlmeRole;
import org.hubcycle.leadership.domain.LlmeRoleRepository;
import org.hubcycle.leadership.domain.NetworkInvitationRepository;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes an entry added by mistake off a hub's LLME register (ADR 0046): the entry and its roles are deleted, as if
 * never added, and the access module takes back the LLME role it gave the person. Once the entry has been used (an
 * expression of interest, an invitation to a network meeting) it is the hub's record of what the LLME did, and is
 * kept: someone who has stopped has their role ended instead.
 */
@Service
public class LlmeRemoval {

    /** An entry as its removal page shows it: the profile, and what keeps it on the register (none: removable). */
    public record Check(LlmeRegister.Profile profile, long expressions, long meetings) {

        public boolean removable() {
            return expressions == 0 && meetings == 0;
        }
    }

    private final LlmeRegister register;
    private final LlmeRepository llmes;
    private final LlmeRoleRepository roles;
    private final ExpressionRepository expressions;
    private final NetworkInvitationRepository meetings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    LlmeRemoval(
            LlmeRegister register,
            LlmeRepository llmes,
            LlmeRoleRepository roles,
            ExpressionRepository expressions,
            NetworkInvitationRepository meetings,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.register = register;
        this.llmes = llmes;
        this.roles = roles;
        this.expressions = expressions;
        this.meetings = meetings;
        this.events = events;
        this.transactions = transactions;
    }

    /** The entry of the current user's hub, with what keeps it; empty for another hub's. */
    @Transactional(readOnly = true)
    public Optional<Check> check(long id) {
        return register.profile(id)
                .map(profile -> new Check(profile, expressions.countByLlmeId(id), meetings.countByLlmeId(id)));
    }

    /**
     * Deletes the entry and its roles, and publishes that the person no longer holds the hub's LLME role.
     *
     * @return the name of the LLME removed
     * @throws Refused when the entry has been used, even a moment ago
     */
    public String remove(long id, String removedBy) {
        try {
            return transactions.execute(status -> {
                Check check = check(id).orElseThrow(() -> new NotFoundException("not-found.llme"));
                String name = check.profile().person().fullName();
                if (!check.removable()) {
                    throw new Refused(null, "llme.remove.used", name);
                }
                Llme llme = llmes.findById(id).orElseThrow(() -> new NotFoundException("not-found.llme"));
                List<LlmeRole> held = roles.findByLlmeId(id);
                roles.deleteAll(held);
                llmes.delete(llme);
                llmes.flush();
                events.publishEvent(Audited.of(
                        "leadership.llme-removed",
                        llme.getHubId(),
                        name,
                        held.stream().map(r -> r.getRole().label()).sorted().collect(Collectors.joining(", "))));
                events.publishEvent(new LlmeRemoved(
                        llme.getHubId(), name, check.profile().person().email(), removedBy));
                return name;
            });
        } catch (DataIntegrityViolationException used) {
            // An expression of interest or a meeting's invitation was saved between the check and the delete.
            throw new Refused(
                    null,
                    "llme.remove.used",
                    check(id).map(c -> c.profile().person().fullName()).orElse(""));
        }
    }
}
