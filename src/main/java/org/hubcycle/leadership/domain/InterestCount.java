package org.hubcycle.leadership.domain;

import org.hubcycle.leadership.internal.LeadershipTerms.EoiStatus;

/** How many expressions of interest in a work group have one status. */
public record InterestCount(long workGroupId, EoiStatus status, long count) {}
