package org.hubcycle.catalogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.CatalogueTerms.Allocation;
import org.hubcycle.catalogue.CatalogueTerms.ChargeBasis;
import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;
import org.hubcycle.catalogue.domain.TermsRow;
import org.hubcycle.catalogue.domain.WorkGroupRepository;
import org.hubcycle.catalogue.internal.EligibilityRules;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.SystemWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a school signs up to when it applies to a work group: places, required roles, deadline,
 * cost, and the project's eligibility rule, allocation and funding. The enrolment module applies
 * these; the catalogue owns them.
 */
@Service
public class WorkGroupTerms {

    public record Terms(
            long id,
            long hubId,
            String name,
            AcademicYear year,
            WorkGroupStatus status,
            int capacitySchools,
            int placesPerSchool,
            String rolesRequired,
            LocalDate applicationDeadline,
            LocalDate startMonth,
            int costPence,
            int noShowChargePence,
            long projectId,
            String projectCode,
            String projectTitle,
            String family,
            EligibilityRule rule,
            Allocation allocation,
            Funding funding,
            Integer completionSessions,
            ChargeBasis noShowBasis) {

        /** Schools may apply while the work group is open and its deadline (if any) has not passed. */
        public boolean acceptsApplications(LocalDate today) {
            return status == WorkGroupStatus.OPEN
                    && (applicationDeadline == null || !today.isAfter(applicationDeadline));
        }

        /** The roles each school must nominate (none when the work group sets none). */
        public RequiredRoles requiredRoles() {
            return RequiredRoles.of(rolesRequired);
        }
    }

    private final WorkGroupRepository workGroups;
    private final SystemWork system;

    WorkGroupTerms(WorkGroupRepository workGroups, SystemWork system) {
        this.workGroups = workGroups;
        this.system = system;
    }

    /** A work group of the current scope. */
    @Transactional(readOnly = true)
    public Optional<Terms> of(long workGroupId) {
        return of(List.of(workGroupId)).stream().findFirst();
    }

    /** Work groups of the current scope, by id; ids the scope does not see are left out. */
    @Transactional(readOnly = true)
    public List<Terms> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return workGroups.termsOf(ids).stream().map(WorkGroupTerms::terms).toList();
    }

    /** A hub's published work groups in a year, by name, as schools see them. */
    public List<Terms> published(long hubId, AcademicYear year) {
        return system.inTransaction(() -> {
            List<Long> ids = workGroups.idsOf(hubId, year.startYear(), WorkGroupStatus.PUBLISHED);
            Map<Long, Terms> byId = of(ids).stream().collect(Collectors.toMap(Terms::id, Function.identity()));
            return ids.stream().map(byId::get).toList();
        });
    }

    /** A published work group of any hub, as a school applying to it sees it; never a draft. */
    public Optional<Terms> published(long workGroupId) {
        return system.inTransaction(() -> of(workGroupId))
                .filter(t -> t.status().published());
    }

    private static Terms terms(TermsRow row) {
        return new Terms(
                row.id(),
                row.hubId(),
                row.name(),
                new AcademicYear(row.academicYear()),
                row.status(),
                row.capacitySchools(),
                row.placesPerSchool(),
                row.rolesRequired(),
                row.applicationDeadline(),
                row.startMonth(),
                row.costPence(),
                row.noShowChargePence(),
                row.projectId(),
                row.projectCode(),
                row.projectTitle(),
                row.family(),
                EligibilityRules.fromJson(row.eligibility()),
                row.allocation(),
                Funding.parse(row.funding()),
                row.completionSessions(),
                row.noShowBasis());
    }
}
