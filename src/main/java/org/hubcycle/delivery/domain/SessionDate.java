package org.hubcycle.delivery.domain;

import java.time.LocalDate;

/** The date of one of a work group's sessions. */
public record SessionDate(long workGroupId, LocalDate date) {}
