package org.hubcycle.leadership;

/**
 * A hub commissioned a person to lead (or co-lead) one of its work groups. Published inside the
 * transaction of the decision; the access module gives the person's account the work group lead role.
 */
public record LeadCommissioned(
        long hubId,
        long workGroupId,
        String workGroupName,
        long personId,
        String fullName,
        String email,
        boolean coLead) {}
