package org.hubcycle.leadership;

/**
 * A hub took an entry it added by mistake off its LLME register. Published inside the transaction that removed it;
 * the access module takes back the LLME role the entry gave the person, and the invitation that came with it.
 */
public record LlmeRemoved(long hubId, String fullName, String email, String removedBy) {}
