package org.hubcycle.enrolment.domain;

/** A hub's claims of one status in a year: how many, and the pence asked for and approved. */
public record ClaimTotal(long hubId, ClaimStatus status, long count, long claimedPence, long approvedPence) {}
