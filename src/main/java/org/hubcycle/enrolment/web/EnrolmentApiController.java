package org.hubcycle.enrolment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.enrolment.internal.Eligibility.Decision;
import org.hubcycle.enrolment.internal.SchoolEligibility;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Enrolment as JSON: a work group's applications for its hub, and a school's eligibility for a work group. */
@RestController
class EnrolmentApiController {

    record EnrolmentItem(
            long id,
            int urn,
            String school,
            String status,
            boolean eligible,
            String reasonCode,
            String reason,
            String overrideReason,
            BigDecimal percentFsm,
            Instant appliedAt,
            LocalDate withdrawnOn,
            boolean lateWithdrawal,
            int participants) {}

    record WorkGroupEnrolments(
            long workGroupId, String workGroup, String year, int capacity, List<EnrolmentItem> enrolments) {}

    record EligibilityAnswer(
            int urn, long workGroupId, String workGroup, boolean eligible, String reasonCode, String reason) {}

    private final Applications applications;
    private final SchoolEligibility eligibility;
    private final WorkGroupTerms workGroups;

    EnrolmentApiController(Applications applications, SchoolEligibility eligibility, WorkGroupTerms workGroups) {
        this.applications = applications;
        this.eligibility = eligibility;
        this.workGroups = workGroups;
    }

    @GetMapping("/api/v1/work-groups/{id}/enrolments")
    @PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN')")
    WorkGroupEnrolments enrolments(@PathVariable long id) {
        Terms terms = workGroups.of(id).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        return new WorkGroupEnrolments(
                id,
                terms.name(),
                terms.year().toString(),
                terms.capacitySchools(),
                applications.allForWorkGroup(id).stream()
                        .map(v -> new EnrolmentItem(
                                v.id(),
                                v.urn(),
                                v.schoolName(),
                                v.status().name(),
                                v.eligible(),
                                v.reasonCode(),
                                v.reason(),
                                v.overrideReason(),
                                v.priority(),
                                v.appliedAt(),
                                v.withdrawnOn(),
                                v.lateWithdrawal(),
                                v.participants().size()))
                        .toList());
    }

    /**
     * Whether a school may take part in a work group, and why: for the school's own approved contact (of
     * a published work group), and for the lead and staff of the school's hub or of a hub it applied to
     * (of their own work groups). Anyone else is told the school is not found.
     */
    @GetMapping("/api/v1/schools/{urn}/eligibility")
    @PreAuthorize("hasAnyRole('SCHOOL_CONTACT', 'HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN')")
    EligibilityAnswer eligibility(
            @PathVariable int urn,
            @RequestParam("workGroup") long workGroupId,
            @AuthenticationPrincipal HubMember user,
            Authentication authentication) {
        boolean hubStaff = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_HUB_LEAD")
                        || a.getAuthority().equals("ROLE_HUB_STAFF"));
        Decision decision = eligibility.forAsker(
                new SchoolEligibility.Asker(user.schoolUrn(), hubStaff ? user.hubId() : null, user.seesAllHubs()),
                workGroupId,
                urn);
        Terms terms = workGroups
                .of(workGroupId)
                .or(() -> workGroups.published(workGroupId))
                .orElseThrow(() -> new NotFoundException("not-found.work-group"));
        return new EligibilityAnswer(
                urn, terms.id(), terms.name(), decision.eligible(), decision.code(), decision.reason());
    }
}
