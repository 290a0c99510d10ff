package org.hubcycle.delivery.domain;

import java.time.LocalDate;

/** How many visits one person recorded, and the latest's work group and day. */
public record VisitsBy(long count, long latestWorkGroupId, LocalDate latestDate) {}
