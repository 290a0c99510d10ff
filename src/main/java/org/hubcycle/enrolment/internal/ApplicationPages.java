package org.hubcycle.enrolment.internal;

import java.util.Collection;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.enrolment.EnrolmentFigures;
import org.hubcycle.enrolment.EnrolmentFigures.StatusCounts;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.hubcycle.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A work group's applications as its hub sees them, read in one transaction of the reader's hub: the group (another
 * hub's is not found, as an unknown one is), a page of its applications and its counts by status.
 */
@Component
public class ApplicationPages {

    public record WorkGroupApplications(Terms group, Page<Applications.View> applications, StatusCounts counts) {}

    private final WorkGroupTerms workGroups;
    private final Applications applications;
    private final EnrolmentFigures figures;

    ApplicationPages(WorkGroupTerms workGroups, Applications applications, EnrolmentFigures figures) {
        this.workGroups = workGroups;
        this.applications = applications;
        this.figures = figures;
    }

    /** The applications with the given statuses (every status when none is given), in the order they came. */
    @Transactional(readOnly = true)
    public WorkGroupApplications ofWorkGroup(long id, Collection<EnrolmentStatus> statuses, Pageable pageable) {
        Terms group = workGroups.of(id).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        return new WorkGroupApplications(
                group, applications.forWorkGroup(group, statuses, pageable), figures.counts(group.id()));
    }
}
