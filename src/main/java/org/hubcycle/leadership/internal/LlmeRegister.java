package org.hubcycle.leadership.internal;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.directory.People;
import org.hubcycle.directory.People.PersonView;
import org.hubcycle.leadership.LlmeAdded;
import org.hubcycle.leadership.domain.Llme;
import org.hubcycle.leadership.domain.LlmeRepository;
import org.hubcycle.leadership.domain.LlmeRole;
import org.hubcycle.leadership.domain.LlmeRoleRepository;
import org.hubcycle.leadership.domain.SpecialistCohort;
import org.hubcycle.leadership.domain.SpecialistCohortRepository;
import org.hubcycle.leadership.internal.LeadershipTerms.RegisterStatus;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.leadership.internal.LeadershipTerms.SpecialistStatus;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.LikePatterns;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hub's register of local leaders of maths education: who they are, the roles they have held
 * year by year, and the hub's Mastery Specialist cohorts. Everything here is hub-owned, so a hub
 * user reaches only their own hub's register.
 */
@Service
public class LlmeRegister {

    /** A role as pages show it. */
    public record RoleView(
            long id,
            RoleType role,
            AcademicYear from,
            AcademicYear to,
            String cohort,
            Long cohortId,
            SpecialistStatus status,
            String detail,
            LocalDate accreditedOn,
            boolean current) {

        public String years() {
            return to == null ? "from " + from : from.equals(to) ? from.toString() : from + " to " + to;
        }
    }

    /**
     * A row of the register: the LLME, the roles (of the type filtered by) they hold in the year shown, or last held,
     * and the day they left the register (null while on it).
     */
    public record Row(long id, String fullName, List<RoleView> roles, boolean current, LocalDate leftOn) {}

    /** One LLME, whole; {@code leftOn} is the day they left the register, null while on it. */
    public record Profile(
            long id, PersonView person, List<RoleView> roles, List<WorkGroupBrief> led, LocalDate leftOn) {}

    /** What the register is filtered by. */
    public record Filter(String query, RoleType role, RegisterStatus status, AcademicYear year) {}

    /** A role to add: cohort and status for a Mastery Specialist, programme and date for a PD Lead. */
    public record RoleInput(
            RoleType role,
            AcademicYear from,
            AcademicYear to,
            Long cohortId,
            SpecialistStatus status,
            String detail,
            LocalDate accreditedOn) {}

    private final LlmeRepository llmes;
    private final LlmeRoleRepository roles;
    private final SpecialistCohortRepository cohorts;
    private final People people;
    private final HubOffers offers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LlmeRegister(
            LlmeRepository llmes,
            LlmeRoleRepository roles,
            SpecialistCohortRepository cohorts,
            People people,
            HubOffers offers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.llmes = llmes;
        this.roles = roles;
        this.cohorts = cohorts;
        this.people = people;
        this.offers = offers;
        this.events = events;
        this.clock = clock;
    }

    /** A page of the register with the filter's year's active count, as the register's page shows them. */
    public record RegisterPage(Page<Row> rows, long active) {}

    /** The register's page, read in one transaction. */
    @Transactional(readOnly = true)
    public RegisterPage page(long hubId, Filter filter, Pageable pageable) {
        return new RegisterPage(register(hubId, filter, pageable), activeCount(hubId, filter.year()));
    }

    @Transactional(readOnly = true)
    public Page<Row> register(long hubId, Filter filter, Pageable pageable) {
        Page<Llme> page = llmes.findAll(
                specification(hubId, filter),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("fullName", "id")));
        Map<Long, List<RoleView>> byLlme =
                roleViews(page.stream().map(Llme::getId).toList(), filter.year());
        return page.map(l -> {
            List<RoleView> relevant = byLlme.getOrDefault(l.getId(), List.of()).stream()
                    .filter(r -> filter.role() == null || r.role() == filter.role())
                    .toList();
            List<RoleView> current = relevant.stream().filter(RoleView::current).toList();
            return new Row(
                    l.getId(),
                    l.getFullName(),
                    current.isEmpty() ? relevant.stream().limit(1).toList() : current,
                    !current.isEmpty(),
                    l.getLeftOn());
        });
    }

    /** LLMEs of the hub who hold any role in the year: the headline figure of an annual report. */
    @Transactional(readOnly = true)
    public long activeCount(long hubId, AcademicYear year) {
        return roles.countActive(hubId, year.startYear());
    }

    /**
     * Every LLME of the hub holding a role in the year, by name, but for those who have left the register: to invite,
     * or to add to a cohort.
     */
    @Transactional(readOnly = true)
    public List<Row> current(long hubId, AcademicYear year) {
        return register(hubId, new Filter(null, null, RegisterStatus.CURRENT, year), PageRequest.of(0, 1000)).stream()
                .filter(row -> row.leftOn() == null)
                .toList();
    }

    /** Adds one of the hub's people, found by email address, to its register with their first role. */
    @Transactional
    public long add(long hubId, String email, RoleInput firstRole) {
        PersonView person = people.findByEmail(email).orElseThrow(() -> new Refused("email", "llme.add.unknownPerson"));
        if (llmes.findByPersonId(person.id()).isPresent()) {
            throw new Refused("email", "llme.add.already", person.fullName());
        }
        Llme llme;
        try {
            llme = llmes.saveAndFlush(new Llme(hubId, person.id(), person.fullName(), clock.instant()));
        } catch (DataIntegrityViolationException race) {
            throw new Refused("email", "llme.add.already", person.fullName());
        }
        addRole(llme, firstRole);
        events.publishEvent(Audited.of(
                "leadership.llme-added",
                hubId,
                person.fullName(),
                firstRole.role().label()));
        events.publishEvent(new LlmeAdded(hubId, llme.getId(), person.fullName(), person.email(), currentUser()));
        return llme.getId();
    }

    @Transactional
    public void addRole(long llmeId, RoleInput input) {
        Llme llme = llmes.findById(llmeId).orElseThrow(() -> new NotFoundException("not-found.llme"));
        if (llme.hasLeft()) {
            throw new Refused("role", "llme.role.left", llme.getFullName());
        }
        addRole(llme, input);
        events.publishEvent(Audited.of(
                "leadership.role-added",
                llme.getHubId(),
                llme.getFullName(),
                input.role().label(),
                yearsOf(input)));
    }

    /** Ends a role with the given year: it was last held then. */
    @Transactional
    public void endRole(long roleId, AcademicYear lastYear) {
        LlmeRole role = roles.findById(roleId).orElseThrow(() -> new NotFoundException("not-found.role"));
        if (lastYear.compareTo(role.getFrom()) < 0) {
            throw new Refused(
                    "lastYear", "llme.role.endBeforeStart", role.getFrom().toString());
        }
        role.endWith(lastYear);
        Llme llme = llmes.findById(role.getLlmeId()).orElseThrow(() -> new NotFoundException("not-found.llme"));
        events.publishEvent(Audited.of(
                "leadership.role-ended",
                role.getHubId(),
                llme.getFullName(),
                role.getRole().label(),
                lastYear));
    }

    @Transactional(readOnly = true)
    public Optional<Profile> profile(long id) {
        return llmes.findById(id).map(l -> {
            AcademicYear year = AcademicYear.containing(LocalDate.now(clock));
            PersonView person = people.views(List.of(l.getPersonId())).get(l.getPersonId());
            return new Profile(
                    l.getId(),
                    person,
                    roleViews(List.of(l.getId()), year).getOrDefault(l.getId(), List.of()),
                    offers.ledBy(List.of(l.getPersonId())),
                    l.getLeftOn());
        });
    }

    /**
     * The register entry of the signed-in person, found by their email address within their hub; empty when they are
     * not on the register, or have left it.
     */
    @Transactional(readOnly = true)
    public Optional<Long> llmeOf(String email) {
        return people.findByEmail(email)
                .flatMap(p -> llmes.findByPersonId(p.id()))
                .filter(l -> !l.hasLeft())
                .map(Llme::getId);
    }

    /** The entry, locked until the transaction ends (see {@link LlmeRepository#findForUpdate}). */
    Llme forUpdate(long llmeId) {
        return llmes.findForUpdate(llmeId).orElseThrow(() -> new NotFoundException("not-found.llme"));
    }

    /** Names and person ids of LLMEs, by LLME id. */
    @Transactional(readOnly = true)
    Map<Long, Llme> byIds(Collection<Long> ids) {
        return llmes.findAllById(ids).stream().collect(Collectors.toMap(Llme::getId, Function.identity()));
    }

    /** Roles of the given LLMEs, newest first, marked current when held in the year. */
    @Transactional(readOnly = true)
    Map<Long, List<RoleView>> roleViews(Collection<Long> llmeIds, AcademicYear year) {
        if (llmeIds.isEmpty()) {
            return Map.of();
        }
        return roles.withCohorts(llmeIds).stream()
                .collect(Collectors.groupingBy(
                        r -> r.role().getLlmeId(),
                        Collectors.mapping(r -> view(r.role(), r.cohort(), year), Collectors.toList())));
    }

    private void addRole(Llme llme, RoleInput in) {
        if (in.to() != null && in.to().compareTo(in.from()) < 0) {
            throw new Refused("toYear", "llme.role.toBeforeFrom");
        }
        Long cohortId = null;
        SpecialistStatus status = null;
        if (in.role().specialist()) {
            if (in.cohortId() == null) {
                throw new Refused("cohortId", "llme.role.cohort.required");
            }
            SpecialistCohort cohort = cohorts.findById(in.cohortId())
                    .orElseThrow(() -> new Refused("cohortId", "llme.role.cohort.unknown"));
            if (cohort.getPhase() != in.role().specialistPhase()) {
                throw new Refused(
                        "cohortId",
                        "llme.role.cohort.phase",
                        in.role().specialistPhase().name().toLowerCase(Locale.ROOT),
                        in.role().label());
            }
            if (in.status() == null) {
                throw new Refused("status", "llme.role.status.required");
            }
            cohortId = cohort.getId();
            status = in.status();
        }
        roles.save(new LlmeRole(
                llme.getHubId(),
                llme.getId(),
                in.role(),
                in.from(),
                in.to(),
                cohortId,
                status,
                in.detail(),
                in.role() == RoleType.PD_LEAD ? in.accreditedOn() : null));
    }

    static RoleView view(LlmeRole r, SpecialistCohort cohort, AcademicYear year) {
        String cohortName = cohort == null ? null : "cohort " + cohort.getNumber();
        return new RoleView(
                r.getId(),
                r.getRole(),
                r.getFrom(),
                r.getTo(),
                cohortName,
                r.getCohortId(),
                r.getStatus(),
                r.getDetail(),
                r.getAccreditedOn(),
                r.heldIn(year));
    }

    private static String yearsOf(RoleInput in) {
        return in.to() == null ? "from " + in.from() : in.from() + " to " + in.to();
    }

    private static Specification<Llme> specification(long hubId, Filter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("hubId"), hubId));
            if (filter.query() != null && !filter.query().isBlank()) {
                where.add(cb.like(
                        cb.lower(root.get("fullName")), LikePatterns.containing(filter.query()), LikePatterns.ESCAPE));
            }
            int year = filter.year().startYear();
            switch (filter.status()) {
                case ALL -> {
                    if (filter.role() != null) {
                        where.add(cb.exists(roleQuery(root, query, cb, filter.role(), r -> cb.conjunction())));
                    }
                }
                case CURRENT ->
                    where.add(cb.exists(roleQuery(root, query, cb, filter.role(), r -> heldIn(cb, r, year))));
                case TRAINEE ->
                    where.add(cb.exists(roleQuery(
                            root,
                            query,
                            cb,
                            filter.role(),
                            r -> cb.and(heldIn(cb, r, year), cb.equal(r.get("status"), SpecialistStatus.TRAINEE)))));
                case FORMER -> {
                    where.add(cb.exists(
                            roleQuery(root, query, cb, filter.role(), r -> cb.lessThan(r.get("toYear"), year))));
                    where.add(cb.not(cb.exists(roleQuery(root, query, cb, filter.role(), r -> heldIn(cb, r, year)))));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Subquery<Long> roleQuery(
            Root<Llme> llme,
            CriteriaQuery<?> query,
            CriteriaBuilder cb,
            RoleType type,
            Function<Root<LlmeRole>, Predicate> condition) {
        Subquery<Long> sub = query.subquery(Long.class);
        Root<LlmeRole> r = sub.from(LlmeRole.class);
        List<Predicate> where = new ArrayList<>(List.of(cb.equal(r.get("llmeId"), llme.get("id")), condition.apply(r)));
        if (type != null) {
            where.add(cb.equal(r.get("role"), type));
        }
        return sub.select(r.get("id")).where(where.toArray(Predicate[]::new));
    }

    private static Predicate heldIn(CriteriaBuilder cb, Root<LlmeRole> r, int year) {
        return cb.and(
                cb.lessThanOrEqualTo(r.get("fromYear"), year),
                cb.or(cb.isNull(r.get("toYear")), cb.greaterThanOrEqualTo(r.get("toYear"), year)));
    }

    private static String currentUser() {
        org.springframework.security.core.Authentication who =
                org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication();
        return who == null ? "system" : who.getName();
    }
}
