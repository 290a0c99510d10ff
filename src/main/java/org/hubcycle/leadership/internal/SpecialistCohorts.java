package org.hubcycle.leadership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.leadership.domain.Llme;
import org.hubcycle.leadership.domain.LlmeRepository;
import org.hubcycle.leadership.domain.LlmeRole;
import org.hubcycle.leadership.domain.LlmeRoleRepository;
import org.hubcycle.leadership.domain.SpecialistCohort;
import org.hubcycle.leadership.domain.SpecialistCohortRepository;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.leadership.internal.LeadershipTerms.SpecialistStatus;
import org.hubcycle.leadership.internal.LlmeRegister.RoleView;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hub's Mastery Specialist cohorts: created per phase and number, specialists added as trainees
 * (or active), trainees made active together, and what each specialist leads this year.
 */
@Service
public class SpecialistCohorts {

    /** A cohort with its specialists and what each leads in the year. */
    public record Cohort(long id, Phase phase, int number, AcademicYear start, List<Specialist> specialists) {

        public String name() {
            return (phase == Phase.SECONDARY ? "Secondary" : "Primary") + " cohort " + number;
        }

        public long trainees() {
            return specialists.stream()
                    .filter(s -> s.role().status() == SpecialistStatus.TRAINEE)
                    .count();
        }
    }

    public record Specialist(long llmeId, String fullName, RoleView role, List<WorkGroupBrief> leading) {

        public int schools() {
            return leading.stream().mapToInt(WorkGroupBrief::capacitySchools).sum();
        }
    }

    private final SpecialistCohortRepository cohorts;
    private final LlmeRoleRepository roles;
    private final LlmeRepository llmes;
    private final LlmeRegister register;
    private final HubOffers offers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SpecialistCohorts(
            SpecialistCohortRepository cohorts,
            LlmeRoleRepository roles,
            LlmeRepository llmes,
            LlmeRegister register,
            HubOffers offers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cohorts = cohorts;
        this.roles = roles;
        this.llmes = llmes;
        this.register = register;
        this.offers = offers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Cohort> cohorts(long hubId) {
        AcademicYear year = AcademicYear.containing(LocalDate.now(clock));
        return cohorts.findByHubIdOrderByPhaseAscNumberDesc(hubId).stream()
                .map(c -> cohort(c, year, false))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Cohort> cohort(long id) {
        AcademicYear year = AcademicYear.containing(LocalDate.now(clock));
        return cohorts.findById(id).map(c -> cohort(c, year, true));
    }

    @Transactional
    public long createCohort(long hubId, Phase phase, int number, AcademicYear start) {
        if (phase != Phase.PRIMARY && phase != Phase.SECONDARY) {
            throw new Refused("phase", "llme.cohort.phase.invalid");
        }
        if (cohorts.existsByHubIdAndPhaseAndNumber(hubId, phase, number)) {
            throw new Refused(
                    "number",
                    "llme.cohort.number.exists",
                    phase.name().toLowerCase(Locale.ROOT),
                    String.valueOf(number));
        }
        SpecialistCohort cohort = cohorts.save(new SpecialistCohort(hubId, phase, number, start));
        events.publishEvent(Audited.of(
                "leadership.cohort-created", hubId, cohort(cohort, start, false).name(), start));
        return cohort.getId();
    }

    /** Adds an LLME to a cohort as a trainee (or active) specialist, from the cohort's start year. */
    @Transactional
    public void addSpecialist(long cohortId, long llmeId, SpecialistStatus status) {
        SpecialistCohort cohort =
                cohorts.findById(cohortId).orElseThrow(() -> new NotFoundException("not-found.cohort"));
        Llme llme = llmes.findById(llmeId).orElseThrow(() -> new Refused("llmeId", "llme.cohort.specialist.invalid"));
        RoleType type = RoleType.specialistOf(cohort.getPhase());
        if (roles.existsByLlmeIdAndRoleAndToYearIsNull(llmeId, type)) {
            throw new Refused("llmeId", "llme.cohort.specialist.already", llme.getFullName(), type.label());
        }
        roles.save(
                new LlmeRole(cohort.getHubId(), llmeId, type, cohort.getStart(), null, cohortId, status, null, null));
        events.publishEvent(Audited.of(
                "leadership.specialist-added",
                cohort.getHubId(),
                llme.getFullName(),
                type.label(),
                cohort.getNumber(),
                status.label()));
    }

    /** Every trainee of the cohort becomes an active specialist; returns how many did. */
    @Transactional
    public int activateTrainees(long cohortId) {
        SpecialistCohort cohort =
                cohorts.findById(cohortId).orElseThrow(() -> new NotFoundException("not-found.cohort"));
        List<LlmeRole> trainees = roles.findByCohortIdAndStatus(cohortId, SpecialistStatus.TRAINEE);
        trainees.forEach(LlmeRole::activate);
        Map<Long, Llme> names =
                register.byIds(trainees.stream().map(LlmeRole::getLlmeId).toList());
        trainees.forEach(t -> events.publishEvent(Audited.of(
                "leadership.specialist-activated",
                cohort.getHubId(),
                names.get(t.getLlmeId()).getFullName(),
                cohort.getNumber())));
        return trainees.size();
    }

    private Cohort cohort(SpecialistCohort c, AcademicYear year, boolean withSpecialists) {
        if (!withSpecialists) {
            return new Cohort(c.getId(), c.getPhase(), c.getNumber(), c.getStart(), List.of());
        }
        List<LlmeRole> members = roles.findByCohortIdOrderByIdAsc(c.getId());
        Map<Long, Llme> byId =
                register.byIds(members.stream().map(LlmeRole::getLlmeId).toList());
        List<WorkGroupBrief> led =
                offers.ledBy(byId.values().stream().map(Llme::getPersonId).toList());
        List<Specialist> specialists = members.stream()
                .map(r -> {
                    Llme l = byId.get(r.getLlmeId());
                    return new Specialist(
                            l.getId(),
                            l.getFullName(),
                            LlmeRegister.view(r, c, year),
                            led.stream()
                                    .filter(g -> g.year().equals(year) && g.ledBy(l.getPersonId()))
                                    .toList());
                })
                .sorted(Comparator.comparing(Specialist::fullName))
                .toList();
        return new Cohort(c.getId(), c.getPhase(), c.getNumber(), c.getStart(), specialists);
    }
}
