package org.hubcycle.delivery.domain;

/** How many marks a session's register has. */
public record SessionMarkCount(long sessionId, long count) {}
