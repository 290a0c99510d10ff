package org.hubcycle.enrolment.domain;

import org.hubcycle.enrolment.EnrolmentStatus;

/** How many of a work group's applications have one status. */
public record StatusCount(long workGroupId, EnrolmentStatus status, long count) {}
