package org.hubcycle.enrolment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.domain.Enrolment;
import org.hubcycle.enrolment.domain.EnrolmentRepository;
import org.hubcycle.enrolment.internal.Eligibility.Decision;
import org.hubcycle.enrolment.internal.Eligibility.Participation;
import org.hubcycle.leadership.MasterySpecialists;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.SystemWork;
import org.springframework.stereotype.Service;

/**
 * Whether a school may take part in a work group, and why: the project's rule ({@link Eligibility})
 * applied to the school's GIAS facts and its history in every hub, its predecessors' included.
 */
@Service
public class SchoolEligibility {

    /**
     * Who asks about a school: its approved contact ({@code schoolUrn}), the lead or staff of a hub
     * ({@code hubId}), or the national admin.
     */
    public record Asker(Integer schoolUrn, Long hubId, boolean national) {}

    private final EnrolmentRepository enrolments;
    private final WorkGroupTerms workGroups;
    private final Schools schools;
    private final MasterySpecialists specialists;
    private final SystemWork system;
    private final Clock clock;

    SchoolEligibility(
            EnrolmentRepository enrolments,
            WorkGroupTerms workGroups,
            Schools schools,
            MasterySpecialists specialists,
            SystemWork system,
            Clock clock) {
        this.enrolments = enrolments;
        this.workGroups = workGroups;
        this.schools = schools;
        this.specialists = specialists;
        this.system = system;
        this.clock = clock;
    }

    /** A school's eligibility for a work group. Runs for the system (a school's history is national); call it outside a transaction. */
    public Decision of(long workGroupId, int urn) {
        return system.inTransaction(() -> {
            Terms terms = workGroups.of(workGroupId).orElseThrow(() -> new NotFoundException("not-found.work-group"));
            SchoolSummary school = schools.find(urn).orElseThrow(() -> new NotFoundException("not-found.school"));
            return decide(terms, school);
        });
    }

    /**
     * A school's eligibility for a work group, for someone entitled to it: the school's own contact (a
     * published work group), the lead or staff of the school's hub or of the hub it applied to (their
     * hub's work group), or the national admin. Anyone else is told the school is not found.
     */
    public Decision forAsker(Asker asker, long workGroupId, int urn) {
        boolean allowed = system.inTransaction(() -> {
            if (asker.national()) {
                return workGroups.of(workGroupId).isPresent();
            }
            if (asker.schoolUrn() != null) {
                return asker.schoolUrn() == urn
                        && workGroups.published(workGroupId).isPresent();
            }
            if (asker.hubId() == null) {
                return false;
            }
            Optional<Terms> group = workGroups.of(workGroupId).filter(t -> t.hubId() == asker.hubId());
            return group.isPresent()
                    && (asker.hubId().equals(schools.hubOf(urn).orElse(null))
                            || enrolments.existsByWorkGroupIdAndSchoolUrn(workGroupId, urn));
        });
        if (!allowed) {
            throw new NotFoundException("not-found.school");
        }
        return of(workGroupId, urn);
    }

    /**
     * The hub's other work groups of the same year, open for applications now, for which the school is
     * eligible: what to suggest when it is not eligible for the one it looked at, or that one is full.
     */
    public List<Terms> alternatives(long workGroupId, int urn) {
        return system.inTransaction(() -> {
            Terms terms = workGroups.of(workGroupId).orElseThrow(() -> new NotFoundException("not-found.work-group"));
            SchoolSummary school = schools.find(urn).orElseThrow(() -> new NotFoundException("not-found.school"));
            LocalDate today = LocalDate.now(clock);
            List<Terms> open = workGroups.published(terms.hubId(), terms.year()).stream()
                    .filter(t -> t.id() != workGroupId && t.acceptsApplications(today))
                    .toList();
            List<Decision> decisions = decideAll(open, school);
            List<Terms> eligible = new ArrayList<>();
            for (int i = 0; i < open.size(); i++) {
                if (decisions.get(i).eligible()) {
                    eligible.add(open.get(i));
                }
            }
            return eligible;
        });
    }

    /** Decides inside the caller's (system) transaction. */
    public Decision decide(Terms terms, SchoolSummary school) {
        return decideAll(List.of(terms), school).get(0);
    }

    /** Decides a school's eligibility for several work groups, reading its history and hub once. */
    private List<Decision> decideAll(List<Terms> groups, SchoolSummary school) {
        Set<Integer> lineage = schools.lineage(school.urn());
        List<Enrolment> past = enrolments.findBySchoolUrnInOrderByAcademicYearDescAppliedAtDesc(lineage);
        Long hub = schools.hubOf(school.urn()).orElse(null);
        return groups.stream()
                .map(terms -> {
                    List<Participation> history = past.stream()
                            .filter(e -> e.getWorkGroupId() != terms.id())
                            .map(e -> new Participation(
                                    e.getProjectFamily(), e.getAcademicYear(), e.getStatus(), e.getSchoolUrn()))
                            .toList();
                    Eligibility.School facts = new Eligibility.School(
                            school.urn(),
                            school.name(),
                            school.phase(),
                            school.typeGroup(),
                            school.ofstedRating(),
                            hub,
                            history,
                            () -> specialists.activeAt(lineage, terms.year()));
                    return Eligibility.decide(terms.rule(), facts, terms.hubId(), terms.year());
                })
                .toList();
    }
}
