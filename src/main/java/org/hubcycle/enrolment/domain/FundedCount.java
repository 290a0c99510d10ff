package org.hubcycle.enrolment.domain;

/** A work group's places held and late withdrawals: what its funding and charges are counted from. */
public record FundedCount(long workGroupId, long placesHeld, long lateWithdrawals) {}
