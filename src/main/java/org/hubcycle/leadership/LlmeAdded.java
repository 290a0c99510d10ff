package org.hubcycle.leadership;

/**
 * A hub added one of its people to its LLME register, or brought back one who had left it. Published inside the
 * transaction that added them; the access module gives the person's account the LLME role, or invites them to
 * Hubcycle.
 */
public record LlmeAdded(long hubId, long llmeId, String fullName, String email, String addedBy) {}
