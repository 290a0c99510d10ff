package org.hubcycle.access.domain;

/**
 * A school contact's standing with their school. Claiming a school makes a pending contact, who sees
 * nothing of the school's until an approved contact of the school, or the lead of its hub, approves.
 */
public enum SchoolContactStatus {
    PENDING,
    APPROVED,
    REFUSED,
    REMOVED
}
