package org.hubcycle.leadership;

/**
 * An LLME left a hub's register: their entry stays as the hub's record, and the access module takes back the LLME role
 * the entry gave them, and the invitation that came with it. Published inside the transaction that recorded it.
 */
public record LlmeLeft(long hubId, String fullName, String email, String recordedBy) {}
