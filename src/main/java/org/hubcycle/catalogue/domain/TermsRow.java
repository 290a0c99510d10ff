package org.hubcycle.catalogue.domain;

import java.time.LocalDate;
import org.hubcycle.catalogue.CatalogueTerms.Allocation;
import org.hubcycle.catalogue.CatalogueTerms.ChargeBasis;
import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;

/**
 * The columns of a work group and its project that make its terms, read as such
 * ({@link WorkGroupRepository#termsOf}): not two whole entities, with the project's long texts, per work group.
 */
public record TermsRow(
        long id,
        long hubId,
        String name,
        int academicYear,
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
        String eligibility,
        Allocation allocation,
        String funding,
        Integer completionSessions,
        ChargeBasis noShowBasis) {}
