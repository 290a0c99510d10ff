package org.hubcycle.leadership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hubcycle.directory.People;
import org.hubcycle.leadership.LlmeAdded;
import org.hubcycle.leadership.LlmeLeft;
import org.hubcycle.leadership.domain.Expression;
import org.hubcycle.leadership.domain.ExpressionRepository;
import org.hubcycle.leadership.domain.Llme;
import org.hubcycle.leadership.domain.LlmeRole;
import org.hubcycle.leadership.domain.LlmeRoleRepository;
import org.hubcycle.leadership.domain.NetworkInvitation;
import org.hubcycle.leadership.domain.NetworkInvitationRepository;
import org.hubcycle.leadership.internal.LlmeRegister.RoleView;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An LLME leaving a hub's register, and coming back (ADR 0047). The entry stays, with the years its roles were held,
 * as the hub's record of them; what looked ahead goes: roles end with this year (one not yet begun is deleted), open
 * expressions of interest are withdrawn, invitations to meetings still to come are taken back, and the access module
 * takes back the LLME role. Coming back, they are invited to sign in as the hub's LLME again.
 */
@Service
public class LlmeDepartures {

    /** What leaving would change, as the confirmation page lists it. */
    public record Departure(
            LlmeRegister.Profile profile,
            AcademicYear lastYear,
            List<RoleView> ending,
            List<RoleView> notBegun,
            long openExpressions,
            long meetings) {}

    private final LlmeRegister register;
    private final People people;
    private final LlmeRoleRepository roles;
    private final ExpressionRepository expressions;
    private final NetworkInvitationRepository meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LlmeDepartures(
            LlmeRegister register,
            People people,
            LlmeRoleRepository roles,
            ExpressionRepository expressions,
            NetworkInvitationRepository meetings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.register = register;
        this.people = people;
        this.roles = roles;
        this.expressions = expressions;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    /** What leaving would change for an entry of the current user's hub; empty for another hub's. */
    @Transactional(readOnly = true)
    public Optional<Departure> check(long id) {
        AcademicYear year = thisYear();
        return register.profile(id)
                .map(profile -> new Departure(
                        profile,
                        year,
                        profile.roles().stream()
                                .filter(r -> endsLater(r.from(), r.to(), year))
                                .toList(),
                        profile.roles().stream()
                                .filter(r -> begunAfter(r.from(), year))
                                .toList(),
                        open(id).size(),
                        meetings.unansweredAfter(id, today()).size()));
    }

    /**
     * Records that the LLME left the register today.
     *
     * @return their name
     * @throws Refused when they have already left
     */
    @Transactional
    public String leave(long id, String by) {
        Llme llme = register.forUpdate(id);
        if (llme.hasLeft()) {
            throw new Refused(null, "llme.leave.already", llme.getFullName());
        }
        AcademicYear year = thisYear();
        List<LlmeRole> held = roles.findByLlmeId(id);
        List<LlmeRole> notBegun =
                held.stream().filter(r -> begunAfter(r.getFrom(), year)).toList();
        held.stream().filter(r -> endsLater(r.getFrom(), r.getTo(), year)).forEach(r -> r.endWith(year));
        roles.deleteAll(notBegun);
        List<Expression> open = open(id);
        open.forEach(Expression::withdraw);
        List<NetworkInvitation> invited = meetings.unansweredAfter(id, today());
        meetings.deleteAll(invited);
        llme.leave(today(), by);
        String email = emailOf(llme);
        events.publishEvent(Audited.of(
                "leadership.llme-left", llme.getHubId(), llme.getFullName(), year, open.size(), invited.size()));
        events.publishEvent(new LlmeLeft(llme.getHubId(), llme.getFullName(), email, by));
        return llme.getFullName();
    }

    /**
     * Puts an LLME who left back on the register, and invites them to sign in as one of its LLMEs again. Their roles
     * are as they were when they left: the hub adds the one they take up.
     *
     * @return their name
     * @throws Refused when they are on the register
     */
    @Transactional
    public String bringBack(long id, String by) {
        Llme llme = register.forUpdate(id);
        if (!llme.hasLeft()) {
            throw new Refused(null, "llme.return.notLeft", llme.getFullName());
        }
        String email = emailOf(llme);
        if (email == null) {
            throw new Refused(null, "llme.return.noEmail", llme.getFullName());
        }
        llme.returnToRegister();
        events.publishEvent(Audited.of("leadership.llme-returned", llme.getHubId(), llme.getFullName()));
        events.publishEvent(new LlmeAdded(llme.getHubId(), id, llme.getFullName(), email, by));
        return llme.getFullName();
    }

    private String emailOf(Llme llme) {
        return people.views(List.of(llme.getPersonId())).get(llme.getPersonId()).email();
    }

    private List<Expression> open(long llmeId) {
        return expressions.findByLlmeIdOrderBySubmittedAtDescIdDesc(llmeId).stream()
                .filter(e -> !e.getStatus().closed())
                .toList();
    }

    private static boolean begunAfter(AcademicYear from, AcademicYear year) {
        return from.compareTo(year) > 0;
    }

    /** A role held by the year that would run on past it: leaving ends it with the year. */
    private static boolean endsLater(AcademicYear from, AcademicYear to, AcademicYear year) {
        return !begunAfter(from, year) && (to == null || to.compareTo(year) > 0);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private AcademicYear thisYear() {
        return AcademicYear.containing(today());
    }
}
